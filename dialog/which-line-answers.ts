import { isHan, normalizeTerm } from '../catalog/text-normalize.js';
import type { Product } from '../catalog/product.js';
import type { OpenQuestion, PendingLineChange } from './conversation-state.js';
import type { Action, DraftChange } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { narrowByMeasures } from './said-measures.js';
import type { TurnWorld } from './turn-world.js';

/** Words around an answer that say nothing about which line (那就 / 是 / 要 / 的 / 那个). */
const AROUND = /^(?:那就|就|那|是|要|改|去掉|删掉)+|(?:的|吧|呢|那个|那条|那行|这个|啊)+$/g;

/**
 * 1米5的 / 啡网的 to "改哪一个？1. 电焊网 1.2米*30米 2. 电焊网 1.5米*30米": the one line among those asked about that the
 * answer names — by the catalog's reading of its words, by a measure that fits only that line's values
 * (1米5 within 1.5米*30米), or by the answer's words written in only that line's name or values (啡网 in 深啡网门槛石,
 * though the catalog reads 啡网 as the slab's name). Undefined when the words name none or more than one.
 */
export function lineNamedByAnswer(world: TurnWorld, skus: string[], item: ItemText): string | undefined {
  const m = world.matcher;
  const ids = skus.map((sku) => m.index.bySku.get(sku)).filter((id) => id !== undefined);
  if (ids.length !== skus.length || ids.length < 2) return undefined;
  const narrowed = m.narrow(ids, item.analysis);
  if (narrowed?.length === 1) return m.index.products[narrowed[0]!]!.sku;
  const measured = narrowByMeasures(m.index, ids, ids, item.text);
  if (measured.length === 1) return m.index.products[measured[0]!]!.sku;
  const core = normalizeTerm(item.text).replace(/\s+/g, '').replace(AROUND, '');
  // (two characters at least, Chinese or a measure: 啡网, 1.5米; 白 alone is no name)
  if (core.length < 2 || ![...core].every((ch) => isHan(ch) || /[\d.a-z]/.test(ch))) return undefined;
  const written = ids.filter((id) => writtenIn(wordsOf(m.index.products[id]!), core));
  return written.length === 1 ? m.index.products[written[0]!]!.sku : undefined;
}

/** `core` is in `words`, a number in it never the end or start of a longer one (1.5米 is not in 11.5米). */
function writtenIn(words: string, core: string): boolean {
  for (let at = words.indexOf(core); at >= 0; at = words.indexOf(core, at + 1)) {
    const before = words[at - 1] ?? '';
    const after = words[at + core.length] ?? '';
    if (/\d/.test(core[0]!) && /[\d.]/.test(before)) continue;
    if (/\d/.test(core[core.length - 1]!) && /[\d.]/.test(after)) continue;
    return true;
  }
  return false;
}

/** A product's name, aliases and spec values, as one normalised text. */
function wordsOf(p: Product): string {
  return normalizeTerm([p.name, ...p.aliases, ...Object.values(p.specs)].join(' '));
}

/** The kind of draft change each pending line change comes to. */
const CHANGE_OF: Record<PendingLineChange['kind'], DraftChange['kind']> = {
  remove: 'removed',
  set_quantity: 'quantity_changed',
  add_quantity: 'quantity_changed',
  replace: 'replaced',
  keep: 'removed',
};

/**
 * 改成35平 → "改哪一个？" → 300*600的改成35: an edit said in full in the answer, of the kind of change asked about and of
 * one of the lines asked about, answers the question — it is closed, never asked a fourth time over a draft that
 * already holds the change.
 */
export function whichLineSettledByEdit(
  questions: readonly OpenQuestion[],
  before: readonly OpenQuestion[],
  changes: readonly DraftChange[],
): Action[] {
  return questions
    .filter((q) => q.kind === 'which_line' && before.includes(q))
    .filter(
      (q) =>
        q.kind === 'which_line' && changes.some((c) => changesLineOf(q.skus, CHANGE_OF[q.change.kind], c)),
    )
    .map((question) => ({ kind: 'close', question }));
}

function changesLineOf(skus: string[], kind: DraftChange['kind'], change: DraftChange): boolean {
  if (change.kind !== kind) return false;
  if (change.kind === 'replaced') return skus.includes(change.from);
  return (change.kind === 'removed' || change.kind === 'quantity_changed') && skus.includes(change.sku);
}
