import type { Analysis } from '../catalog/mention-scan.js';
import { valueKeysOf } from '../catalog/spec-values.js';
import { tradeReadings } from '../catalog/unit-readings.js';
import { STOP_CHARS } from '../catalog/stop-words.js';
import { isHan } from '../catalog/text-normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { LineTarget } from './message-intents.js';
import { SIZE_END_NOUN, SIZE_END_WORDS } from './order-phrases.js';
import { productAtEnd, sizeEndSaid } from './size-end.js';
import { bareName } from './size-order.js';
import { idOf, productOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

/**
 * The lines whose product every product word or brand of `a` names (笔 of 不对 笔要0.38的 names the pen line and not the
 * paper line the conversation was on); none when `a` has no such word. A word that no line has (a part of a name,
 * a brand, another product word) is left out: it is the value the line changes to.
 */
export function linesOfProductWords(world: TurnWorld, state: ConversationState, a: Analysis): string[] {
  const lineIds = state.lines.map((l) => idOf(world, l.sku));
  // 不对 钻头要含钴的: a part of a name that no line has (含钴) is the value the line changes to, not a word naming it
  // 不对 T30S要镇海的: a brand or product word that no line has (镇海) is the new value too; the words some line has
  // (T30S) name the line
  const onSomeLine = (ids: number[]) => lineIds.some((id) => id !== undefined && ids.includes(id));
  const identity = a.mentions.filter(
    (m) =>
      (m.kind === 'head' || m.kind === 'brand' || m.kind === 'barcode' || m.kind === 'partial') &&
      onSomeLine(m.ids),
  );
  if (!identity.length) return [];
  return state.lines
    .map((l) => l.sku)
    .filter((sku) => {
      const id = idOf(world, sku);
      return id !== undefined && identity.every((m) => m.ids.includes(id));
    });
}

/**
 * 不对 278要天威的 with a 天威 12A line and a 格之格 278 line: what is said before the verb of a correction (要, 改成,
 * 换成) is the line's, what follows is the change — the one line the words before it name, although a word after
 * it (天威) is on another line. None when nothing is said before the verb, or those words name no line or several.
 */
export function lineOfSubject(world: TurnWorld, state: ConversationState, a: Analysis): string[] {
  if (state.lines.length < 2) return [];
  const verb = SUBJECT_VERB.exec(a.text);
  if (!verb || !verb.index) return [];
  const subject = a.mentions.filter((m) => m.start + m.text.length <= verb.index);
  if (!subject.length || subject.length === a.mentions.length) return [];
  const named = linesNamed(world, state, world.matcher.analyze(a.text.slice(0, verb.index)));
  return named.length === 1 ? named : [];
}

/** The verb that parts a correction's subject from its change (278要天威的, 红的改成蓝的). */
const SUBJECT_VERB = /也要|要|改成|换成|改为/;

/**
 * 不对 胡桃的是4樘 with a walnut and a white door on the draft: the one line whose product holds every value of `a`
 * that some line holds (胡桃), when the correction also says what changes — a quantity, or a value no line has
 * (红的是4平方). None when no line or several lines hold them, or when nothing else is said.
 */
export function lineOfOwnValues(
  world: TurnWorld,
  state: ConversationState,
  a: Analysis,
  withQuantity: boolean,
): string[] {
  if (state.lines.length < 2) return [];
  const lines = state.lines.map((l) => ({ sku: l.sku, id: idOf(world, l.sku) }));
  const values = a.mentions.filter((m) => m.kind === 'spec');
  const naming = values.filter((m) => lines.some((l) => l.id !== undefined && m.ids.includes(l.id)));
  if (!naming.length || a.mentions.some((m) => m.kind !== 'spec')) return [];
  if (!withQuantity && naming.length === values.length) return [];
  const held = lines.filter((l) => l.id !== undefined && naming.every((m) => m.ids.includes(l.id!)));
  return held.length === 1 ? [held[0]!.sku] : [];
}

/**
 * 不对 32支也要紧密纺的 with a 40支 紧密纺 line and a 32支 环锭纺 line: values of a correction (values only) that no line
 * holds all of, while different lines hold some of them: the one line holding what is said before 要, or else
 * the lines it could mean (asked which). None otherwise.
 */
export function linesOfSplitValues(world: TurnWorld, state: ConversationState, a: Analysis): string[] {
  if (state.lines.length < 2) return [];
  // (a product word that is also some product's value, 紧密纺, counts as the value)
  const terms = world.matcher.index.terms;
  const isValue = (m: Analysis['mentions'][number]) =>
    m.kind === 'spec' || (m.kind === 'head' && !!terms.get(m.text)?.spec.size);
  const values = a.mentions.filter(isValue);
  if (values.length < 2 || values.length < a.mentions.length) return [];
  const holding = state.lines
    .map((l) => ({ sku: l.sku, id: idOf(world, l.sku) }))
    .filter((l) => l.id !== undefined && values.some((m) => m.ids.includes(l.id!)));
  if (holding.some((l) => values.every((m) => m.ids.includes(l.id!)))) return [];
  if (holding.length < 2) return [];
  // 雪山要A级的 / 32支也要紧密纺的: what is said before 要 (改, 换) is the line's, what follows is the change — the one
  // line holding every value said before it is meant
  const verb = /要|改|换/.exec(a.text);
  const before = verb ? values.filter((m) => m.start < verb.index) : [];
  const subject = before.length ? holding.filter((l) => before.every((m) => m.ids.includes(l.id!))) : [];
  return subject.length === 1 ? [subject[0]!.sku] : holding.map((l) => l.sku);
}

/**
 * 不对 一层的要25米 with two hose lines that both hold what was read (1): the lines a correction of values only, said
 * with a new amount, could mean when more than one holds every value said — the correction asks which of them,
 * never changes the line talked about by default. None when fewer than two lines hold them, or the correction
 * names a product word, a brand, or no amount.
 */
export function linesOfSharedValues(
  world: TurnWorld,
  state: ConversationState,
  a: Analysis,
  withQuantity: boolean,
): string[] {
  if (!withQuantity || state.lines.length < 2) return [];
  const values = a.mentions.filter((m) => m.kind === 'spec');
  if (!values.length || a.mentions.some((m) => m.kind !== 'spec')) return [];
  const held = state.lines.filter((l) => {
    const id = idOf(world, l.sku);
    return id !== undefined && values.every((m) => m.ids.includes(id));
  });
  return held.length > 1 ? held.map((l) => l.sku) : [];
}

/**
 * Draft lines the words of an item point at (水泥改成60袋 → the cement line; 红的不要了 → the red one). Every word
 * must fit the lines found, or the words name something else.
 */
export function linesNamed(world: TurnWorld, state: ConversationState, a: Analysis): string[] {
  const m = world.matcher;
  const ids = state.lines.map((l) => idOf(world, l.sku)).filter((x): x is number => x !== undefined);
  if (!ids.length) return [];
  if (!a.mentions.length) {
    const atEnd = lineAtSizeEnd(world, ids, a.text);
    if (atEnd) return [atEnd];
  }
  if (a.mentions.length) {
    const narrowed = m.narrow(ids, a);
    // (a size said the trade's way, 6分 of a sleeve written Φ28, fits the line it reads as)
    const fits = (mention: Analysis['mentions'][number], lines: number[]) =>
      mention.ids.some((id) => lines.includes(id)) ||
      (mention.kind === 'spec' && tradeReadings(m.index, lines, mention.text).length > 0);
    if (narrowed && a.mentions.every((mention) => fits(mention, narrowed)))
      return linesOfAllWords(world, state, a, distinguishing(world, narrowed, a));
    if (narrowed) return [];
  }
  // 77速的少2筒 with only a 76速 line: a catalog word or value said that no line's product holds names a line by
  // characters only when that line's name holds it whole (弯头 of 排水弯头), never by a character it shares (速)
  const unheld = a.mentions
    .filter(
      (x) => (x.kind === 'head' || x.kind === 'brand' || (x.kind === 'spec' && !x.bare)) && x.ids.length,
    )
    .filter((x) => !x.ids.some((id) => ids.includes(id)))
    .map((x) => x.text);
  const byChars = lineByChars(world, state, a.text, unheld);
  return byChars ? [byChars] : [];
}

/**
 * 尤克里里包多拿5个 with a ukulele line and a 尤克里里琴包 line: a character no catalog word took (包) that the name of
 * the one line holding every word said also holds points at that line, not at the line the rest of the words name;
 * words the analysis could not read after the words it did (古典吉他 of 雅马哈的古典吉他 beside a 雅马哈 FG800 line) that
 * none of the lines found holds name no line at all. A word read as part of several names (龙井罐 of 西湖龙井 and 龙井铁罐) is the line whose name holds each of
 * its characters. Otherwise the lines found (`found`, product ids).
 */
function linesOfAllWords(world: TurnWorld, state: ConversationState, a: Analysis, found: number[]): string[] {
  const products = world.matcher.index.products;
  let skus = found.map((id) => products[id]!.sku);
  // (龙井罐 read as part of both 西湖龙井 and 龙井铁罐: the line whose name holds every character of it)
  const partial = a.mentions.filter((x) => x.kind === 'partial').flatMap((x) => [...x.text].filter(isHan));
  const whole = skus.filter((sku) => partial.every((c) => wordsOfProduct(world, sku).includes(c)));
  if (partial.length && whole.length) skus = whole;
  const left = unreadCharacters(a);
  if (!left.length) return skus;
  const words = a.mentions.map((x) => x.text.toLowerCase());
  const holding = state.lines
    .map((l) => l.sku)
    .filter((sku) => {
      const hay = wordsOfProduct(world, sku);
      return words.every((w) => hay.includes(w)) && left.every((c) => hay.includes(c));
    });
  if (holding.length === 1) return holding;
  const unreadHeld = skus.some((sku) => left.every((c) => wordsOfProduct(world, sku).includes(c)));
  // (only a word after the words read names the product: 只留 of 只留面粉 is the verb before it)
  const first = Math.min(...a.mentions.map((x) => x.start));
  const named = a.unknown.some((word) => a.text.indexOf(word) > first);
  return named && !unreadHeld ? [] : skus;
}

/** Han characters of `a` that no mention covers, leaving out filler (的, 再, 多) and numerals (两, 几). */
function unreadCharacters(a: Analysis): string[] {
  const covered = new Uint8Array(a.text.length);
  for (const x of a.mentions) covered.fill(1, x.start, x.start + x.text.length);
  const left: string[] = [];
  for (let at = 0; at < a.text.length; at++) {
    const ch = a.text[at]!;
    if (!covered[at] && isHan(ch) && !STOP_CHARS.has(ch) && !NUMERAL_CHARS.includes(ch)) left.push(ch);
  }
  return left;
}

const NUMERAL_CHARS = '零一二两三四五六七八九十百千半几';

/** A product's name, category, brand, aliases and values as one lower-case text, to look characters up in. */
function wordsOfProduct(world: TurnWorld, sku: string): string {
  const p = productOf(world, sku);
  if (!p) return '';
  return [p.name, p.category ?? '', p.brand ?? '', ...p.aliases, ...Object.values(p.specs)]
    .join(' ')
    .toLowerCase();
}

/**
 * 不对 大的要40条 / 小的不要了 with a 200*230 and a 150*200 blanket on the draft: a size word alone names the line at
 * that end of the one measure the lines of one product differ by (size-order.ts); undefined when the words are no
 * size word, or no one line is at that end (lines of different products, sizes that cross).
 */
function lineAtSizeEnd(world: TurnWorld, ids: number[], text: string): string | undefined {
  const words = text.replace(/\s+/g, '');
  if (!SIZE_WORD_ONLY.test(words)) return undefined;
  const end = sizeEndSaid(words.endsWith('的') ? words : `${words}的`);
  if (!end || ids.length < 2) return undefined;
  const products = world.matcher.index.products;
  // the lines of one product (names that carry the size count as one product's); only one such group may have two
  const groups = new Map<string, number[]>();
  for (const id of ids) {
    const name = bareName(products[id]!);
    groups.set(name, [...(groups.get(name) ?? []), id]);
  }
  const several = [...groups.values()].filter((g) => g.length > 1);
  if (several.length !== 1) return undefined;
  return productAtEnd(world, several[0]!, end)?.sku;
}

const SIZE_WORD_ONLY = new RegExp(
  `^(?:最|比较)?[${SIZE_END_WORDS}](?:一点|点|些)?(?:${SIZE_END_NOUN})?的?(?:那个|那种)?$`,
);

/**
 * 63的 between a 2P 32A and a 2P 63A breaker (both of model NXB-63): the lines where a number is the value that
 * tells them apart (63A), not a value they share (NXB-63).
 */
function distinguishing(world: TurnWorld, ids: number[], a: Analysis): number[] {
  if (ids.length < 2) return ids;
  const products = ids.map((id) => world.matcher.index.products[id]!);
  const attributes = Object.keys(products[0]!.specs).filter(
    (attr) => new Set(products.map((p) => p.specs[attr])).size > 1,
  );
  let out = ids;
  for (const mention of a.mentions) {
    if (mention.kind !== 'spec' || !mention.keys) continue;
    const keys = new Set(mention.keys);
    const told = out.filter((id) => {
      const p = world.matcher.index.products[id]!;
      return attributes.some((attr) => valueKeysOf(p.specs[attr] ?? '').some((k) => keys.has(k)));
    });
    if (told.length && told.length < out.length) out = told;
  }
  return out;
}

/** 水再多拿10件: single characters of one line's name when no catalog word names a line. */
function lineByChars(
  world: TurnWorld,
  state: ConversationState,
  text: string,
  whole: readonly string[],
): string | undefined {
  const chars = [...text].filter((c) => isHan(c) && !/[再多拿来要加少减改成换就够了吧那先的个也还]/.test(c));
  if (!chars.length || chars.length > 3) return undefined;
  const hits = state.lines.filter((l) => {
    const p = productOf(world, l.sku);
    const hay = p ? [p.name, p.category ?? '', ...p.aliases].join(' ') : '';
    return chars.every((c) => hay.includes(c)) && whole.every((w) => hay.toLowerCase().includes(w));
  });
  return hits.length === 1 ? hits[0]!.sku : undefined;
}

/** The lines a target names: by words, or by its number in the summary (第一个); none for no target. */
export function linesOfTarget(
  world: TurnWorld,
  state: ConversationState,
  target: LineTarget | undefined,
): string[] {
  if (!target) return [];
  if (target.kind === 'all') {
    const open = state.questions.find((q) => q.kind === 'which_line');
    return open?.kind === 'which_line' ? open.skus : state.lines.map((l) => l.sku);
  }
  if (target.kind === 'number') {
    const line = state.lines[target.number - 1];
    return line ? [line.sku] : [];
  }
  if (target.parts) return [...new Set(target.parts.flatMap((p) => linesNamed(world, state, p.analysis)))];
  return linesNamed(world, state, target.item.analysis);
}
