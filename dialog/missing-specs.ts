/**
 * "没有3*4的樟子松木方，有：30*40 / 40*60 / 50*70": the shop sells the product the customer named, only not in the
 * spec said. That reply is a question, not a refusal: the item stays open as an unplaced one (see
 * `unplaced-items.ts`) until the customer picks one of what there is or lets it go, and a bare confirmation
 * meanwhile asks about it instead of confirming the order without it. A product the shop does not sell at all
 * ("X我们店里没有"), or one read only through part of a catalog word (玻璃 of 玻璃胶), opens nothing here: the
 * customer was told plainly, and a confirmation confirms the rest, unless every word of it is the catalog's (then
 * the engine misread it, and `lost-items.ts` keeps it open). Pure.
 */
import type { Matcher } from '../catalog/matcher.js';
import { scanSpecs } from '../catalog/spec-values.js';
import { canonicalUnit } from '../catalog/units.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { ConversationState, OpenQuestion, SaidQuantity } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { hasContent, hasIdentity } from './item-text.js';
import type { ItemText } from './item-text.js';
import type { Intent } from './message-intents.js';
import { tokenOf } from './unplaced-items.js';

export type MissingSpecQuestion = Extract<OpenQuestion, { kind: 'unplaced' }> & {
  sold: NonNullable<Extract<OpenQuestion, { kind: 'unplaced' }>['sold']>;
};

export function missingSpecQuestions(state: ConversationState): MissingSpecQuestion[] {
  return state.questions.filter((q): q is MissingSpecQuestion => q.kind === 'unplaced' && !!q.sold);
}

/**
 * The question to keep open beside a "没有这个规格" note of a new item: when the item named the product by a whole
 * product word of the catalog, and `pool` (the products of that word) is what the note offered instead.
 */
export function openMissingSpec(
  matcher: Matcher,
  item: ItemText,
  refusal: Action[],
  pool: number[],
  quantity: SaidQuantity | undefined,
): Action[] {
  if (!pool.length) return [];
  const skus = pool.map((id) => matcher.index.products[id]!.sku);
  // 没有6.3米的，有：… or 6.3米我们店里没有，相近的有：(products of the word said; 白板(笔) is another product)
  const values = refusal.flatMap((a) =>
    a.kind !== 'note'
      ? []
      : a.note.kind === 'no_such_spec'
        ? [a.note.values]
        : a.note.kind === 'not_sold' &&
            saysSize(a.note.what) &&
            a.note.suggestions.every((sku) => skus.includes(sku))
          ? [[]]
          : [],
  )[0];
  if (!values) return [];
  // a whole product word said, or (0603 104 风华 → 没有104的贴片电容，有：…) a brand with the spec the product lacks;
  // never part of a catalog word (玻璃 of 玻璃胶)
  const noSuchSpec = refusal.some((a) => a.kind === 'note' && a.note.kind === 'no_such_spec');
  const mentions = item.analysis.mentions;
  const byBrand =
    noSuchSpec && mentions.some((x) => x.kind === 'brand') && !mentions.some((x) => x.kind === 'partial');
  if (!byBrand && !mentions.some((x) => x.kind === 'head')) return [];
  // the product words and the brand said, to read a later answer of specs only with (正泰 空开 + 1P16A的)
  const words = item.analysis.mentions.filter((x) => x.kind === 'head' || x.kind === 'brand');
  const said = [item.text.replace(/的$/, ''), item.quantity?.raw]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ');
  return [
    {
      kind: 'ask',
      question: {
        kind: 'unplaced',
        said,
        ...(quantity && { quantity }),
        sold: {
          words: words.map((x) => x.text).join(' '),
          skus,
          values,
        },
        asked: 0,
      },
    },
  ];
}

/**
 * 30*40的 / 要40*60的吧 after "没有3*4的木方，有：…": an item that names only specs, said while such a question is open
 * and no other question waits, is read with the product words of that question (木方 30*40的) and takes its
 * quantity when it says none. Returns the intents with the answer rewritten, and which intent answers which
 * question; undefined when nothing here answers one.
 */
export function answerMissingSpec(
  matcher: Matcher,
  state: ConversationState,
  intents: Intent[],
): { intents: Intent[]; answer: { at: number; question: MissingSpecQuestion } } | undefined {
  const open = missingSpecQuestions(state);
  const question = open[open.length - 1];
  // right after the refusal the refused words themselves are read again with the answer (item-resolution.ts)
  if (!question || state.refused || state.questions.some((q) => q.kind !== 'unplaced' && !q.parked))
    return undefined;
  const adds = intents.filter((i) => i.kind === 'add');
  const at = intents.findIndex((i) => i.kind === 'add');
  const intent = intents[at];
  // one item, naming specs only (several items, or one naming a product, are ordered as they are)
  if (adds.length !== 1 || intent?.kind !== 'add') return undefined;
  const item = intent.item;
  if (hasIdentity(item.analysis) || !hasContent(item.analysis)) return undefined;
  const text = `${question.sold.words} ${item.text}`;
  const quantity = item.quantity ?? (question.quantity && tokenOf(question.quantity));
  const next = [...intents];
  next[at] = {
    kind: 'add',
    item: { ...item, text, analysis: matcher.analyze(text), ...(quantity && { quantity }) },
  };
  return { intents: next, answer: { at, question } };
}

/**
 * A line placed later of the product word said (那就1.5升的 来2箱, 不对 14寸的, 那就德力西的吧) settles it. Only
 * questions open before this message count: an item of the same message is no answer; nor is an edit of a line
 * already on the draft (`linesBefore`, the lines before the intent).
 */
export function settledByLine(
  matcher: Matcher,
  state: ConversationState,
  before: readonly OpenQuestion[],
  actions: Action[],
  linesBefore: readonly string[],
  also = false,
): Action[] {
  // (不对 全棉的改成蓝色: a line already on the draft edited — another product in its place, or its amount — is
  // about that line, never the item still open beside it)
  const held = new Set(linesBefore);
  const placed = actions.flatMap((a) =>
    a.kind === 'put' && !(a.replaces && a.replaces !== a.sku) && !held.has(a.sku) ? [a.sku] : [],
  );
  if (!placed.length) return [];
  const ids = placed.flatMap((sku) => matcher.index.bySku.get(sku) ?? []);
  return missingSpecQuestions(state)
    .filter((q) => {
      if (!before.includes(q)) return false;
      // a lost item (lost-items.ts) is settled by one of its closest products placed at its own quantity (那换TP的
      // 5口千兆 10台 after 华为5口交换机 10台); 奶茶杯 2箱 after 方形奶茶杯 3箱 is one more line
      if (q.lost) return sameItemPlaced(matcher, q, actions);
      if (q.sold.skus.some((sku) => placed.includes(sku))) return true;
      // 金隅42.5R → 没有42.5R的; 那就冀东的吧: a line of the same family in its place settles it (再来朝阳的 is one more)
      if (also) return false;
      const families = new Set(
        q.sold.skus.flatMap((sku) => {
          const id = matcher.index.bySku.get(sku);
          return id === undefined ? [] : [matcher.index.family[id]];
        }),
      );
      if (ids.some((id) => families.has(matcher.index.family[id]))) return true;
      const heads = matcher.analyze(q.sold.words).mentions.filter((x) => x.kind === 'head');
      return heads.some((x) => x.ids.some((id) => ids.includes(id)));
    })
    .map((question) => ({ kind: 'close', question }));
}

function sameItemPlaced(matcher: Matcher, q: MissingSpecQuestion, actions: Action[]): boolean {
  return actions.some((a) => {
    if (a.kind !== 'put' || !q.sold.skus.includes(a.sku)) return false;
    const id = matcher.index.bySku.get(a.sku);
    const unit = id === undefined ? undefined : matcher.index.products[id]!.unit;
    const said = q.quantity;
    return (
      !said ||
      (said.value === a.quantity && !!unit && canonicalUnit(said.unit ?? unit) === canonicalUnit(unit))
    );
  });
}

/** 没有就算了 / 没货的话就不要了: lets every such item go. */
export function missingLetGo(state: ConversationState, letsMissingGo: boolean, text: string): Action[] {
  if (!letsMissingGo) return [];
  // PVC的没有就不要了 to "扣板要哪一种？" asked of PVC扣板: the product question whose request said those words goes too
  const named = NAMED_MISSING.exec(text)?.[1];
  const asked = named
    ? state.questions.filter(
        (q) =>
          q.kind === 'which_product' &&
          !q.parked &&
          // (氢氧化钾没有就算了 to the question about 氢氧化钠, the catalog word near what was said)
          (normalizeTerm(q.request.text).includes(named) || (q.saidAs ?? '').includes(named)),
      )
    : [];
  return [...missingSpecQuestions(state), ...asked].map((question) => ({
    kind: 'close',
    question,
    dropped: true,
  }));
}

/** The words said right before 没有 (PVC of PVC的没有就不要了). */
const NAMED_MISSING =
  /([^\s,，。的]{2,})的?(?:如果|要是)?(?:没有|没货|没得|缺货)(?:的话)?(?:就|那就)?(?:算了|不要了)/;

/** The words refused are a size (6.3米, 3*4), not a word for another product. */
function saysSize(what: string): boolean {
  return scanSpecs(normalizeTerm(what)).length > 0;
}
