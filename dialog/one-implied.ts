import type { Matcher } from '../catalog/matcher.js';

const ONE_IMPLIED =
  /(?<=(?:^|[^多少几这那每整])(?:来|要|拿|买|加))([个只台把条根支块张套件])(?=[^\s.,，。、零〇一二两三四五六七八九十百千万几多半价数人样吧啊呢呀吗么了的])/g;

/**
 * 再要个汉鼎26升的钓箱, 再来个硕日3kw离网机器 两只理士胶体12v100: an ordering verb followed straight by a measure word,
 * with no numeral between, says one — written out (再要一个…) before the message is split into items, so the item
 * has its own amount and a quantity later in the message stays with the item it is said of. Not when the item's
 * own amount follows it (再来个容量2升的小喷壶 5个: the first quantity after it names nothing after itself, and
 * only one product is named before it). 整个
 * (whole) is no verb here, and a measure word followed by what is not a product (要个价, 来个人) is left as it is.
 * Pure; reads the rest of the message only where a verb and a measure word meet.
 */
export function writeImpliedOne(matcher: Matcher, text: string): string {
  return text.replace(ONE_IMPLIED, (measure: string, _group: string, at: number) => {
    const rest = matcher.analyze(text.slice(at + 1));
    const own = rest.quantities[0];
    const heads = rest.mentions.filter(
      (m) => (m.kind === 'head' || m.kind === 'partial') && m.start < (own?.start ?? 0),
    );
    // (要根1.5米的罗马杆 挂钩要3包: a second product word before it makes the quantity that product's)
    const oneProduct = heads.every((h) => h.ids.some((id) => heads[0]!.ids.includes(id)));
    if (own && oneProduct && !rest.mentions.some((m) => m.start >= own.end)) return measure;
    return `一${measure}`;
  });
}
