import type { Distinction } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { scanSpecs, specKeysOf } from '../catalog/spec-values.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { OrderView } from './dialog-types.js';
import { productLabel, yuan } from './draft-view.js';

/** Most options a question lists. */
const MAX_OPTIONS = 8;

/** What the candidates have in common, to head a question: 电线要哪个截面？ */
export function commonHead(candidates: Product[]): string {
  const first = candidates[0];
  if (!first) return '';
  if (candidates.every((p) => p.name === first.name)) return first.name;
  if (first.category && candidates.every((p) => p.category === first.category)) return first.category;
  return '';
}

export function attrQuestion(d: Distinction): string {
  if (d.attr === '$brand') return '要哪个牌子';
  if (d.attr === '$name') return '要哪一种';
  if (d.attr === '颜色' || d.attr.endsWith('色')) return '要什么颜色';
  return `要哪个${d.attr}`;
}

/** One short question naming the options: 电线要哪个截面？1.5平方 / 2.5平方 / 4平方 */
export function pickQuestion(candidates: Product[], d: Distinction, qtyText: string): string {
  const shown = (d.labels ?? d.values).slice(0, MAX_OPTIONS);
  const more = d.values.length > MAX_OPTIONS ? ' …' : '';
  const head = commonHead(candidates);
  return `${head}${qtyText ? `（${qtyText}）` : ''}${attrQuestion(d)}？${shown.join(' / ')}${more}`;
}

/** 没有16平方的，电线有：1.5平方 / 2.5平方 … — the values of the attribute the missing spec belongs to. */
export function conflictReply(what: string, pool: Product[], distinctions: Distinction[]): string {
  const wanted = new Set(
    scanSpecs(normalizeTerm(what)).flatMap((t) => t.reqs.flat().map((k) => k.split(':')[0]!)),
  );
  const d =
    distinctions.find(
      (x) =>
        !x.attr.startsWith('$') &&
        x.values.some((v) => specKeysOf(normalizeTerm(v)).some((k) => wanted.has(k.split(':')[0]!))),
    ) ?? distinctions.find((x) => x.attr === '$brand');
  const head = commonHead(pool);
  if (!d) {
    const one = pool[0];
    return `不好意思，没有${what}的${head}。${one ? `有${productLabel(one)}，需要吗？` : ''}`;
  }
  return `不好意思，没有${what}的${head}，有：${d.values.slice(0, MAX_OPTIONS).join(' / ')}`;
}

export function notSoldReply(what: string, suggestions: Product[]): string {
  const near = suggestions.slice(0, 3).map(productLabel);
  return `不好意思，${what || '这个'}我们店里没有${near.length ? `，相近的有：${near.join('、')}` : ''}。`;
}

export function draftSummary(
  view: OrderView,
  label: (sku: string) => string,
  units: (sku: string) => string,
): string {
  const lines = view.lines.slice(0, 12).map((l, i) => {
    const total = yuan(l.qty * l.unitPriceFen);
    return `${i + 1}. ${label(l.sku)} ${l.qty}${units(l.sku)} ×${yuan(l.unitPriceFen)} = ${total}元`;
  });
  const more = view.lines.length > 12 ? `\n…共${view.lines.length}项` : '';
  return `${lines.join('\n')}${more}\n合计${yuan(view.totalFen)}元`;
}

/**
 * Fits a reply into the channel's limit. Whole lines go from the middle, marked by a line "…", so that the
 * first line and the last two (in a draft: the total and what to say next) always stay; a reply that still does
 * not fit is cut at a character, never inside a character pair.
 */
export function capReply(text: string, max: number): string {
  const length = (s: string) => [...s].length;
  if (length(text) <= max) return text;
  const lines = text.split('\n');
  if (lines.length > 3) {
    const head = lines.slice(0, 1);
    const fitted = (extra: string[]) => [...head, ...extra, '…', ...lines.slice(-2)].join('\n');
    if (length(fitted([])) <= max) {
      for (const line of lines.slice(1, -2)) {
        if (length(fitted([line])) > max) break;
        head.push(line);
      }
      return fitted([]);
    }
  }
  return `${[...text].slice(0, max - 1).join('')}…`;
}
