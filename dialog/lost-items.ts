/**
 * The safety net for an item the engine lost. An item the customer gave with a quantity (黑色母ABS的 2包), or a
 * change of a line they named (茄子改成圆的), that ends as "没有" although words of the catalog are in it is an
 * item the engine most likely misread, not one the shop lacks. It stays open, as an unplaced item with the
 * products closest to it, so that a confirmation asks about it (the customer's words said back, the closest
 * products listed) instead of confirming an order without it. The customer answers by naming one (or only its
 * spec: ABS的), or lets it go (不要了). An item that holds no catalog word at all (茅台两瓶 in a hardware shop) is
 * honestly not sold and opens nothing. Pure.
 */
import { intersectSorted, unionOfIds } from '../catalog/catalog-index.js';
import type { Analysis, Mention } from '../catalog/analysis-types.js';
import { STOP_CHARS } from '../catalog/stop-words.js';
import { canonicalUnit } from '../catalog/units.js';
import type { ConversationState, OpenQuestion, ProductRequest, SaidQuantity } from './conversation-state.js';
import { placeProduct } from './product-placement.js';
import { productOf } from './turn-world.js';
import type { Action, DraftChange } from './draft-changes.js';
import type { Intent } from './message-intents.js';
import type { TurnWorld } from './turn-world.js';

/** More products than this close to a lost item are listed by none: the question asks for the product's name. */
const MAX_CLOSE = 5;

/**
 * The question to keep open beside a "没有" for an item the customer gave: when the item's words hold catalog
 * words (a product word, a brand, a spec value), the products closest to it; none when nothing of the catalog
 * is in it. `said` is the item as the customer wrote it, with its quantity.
 */
export function keepLostItem(
  world: TurnWorld,
  request: ProductRequest,
  said: string,
  quantity: SaidQuantity | undefined,
): Action[] {
  const analysis = world.matcher.analyze(request.text);
  // 竹地板 / 冠能猫粮: a word the catalog lacks says what the shop does not have, and "没有" is honest
  if (!allWordsKnown(analysis)) return [];
  const known = analysis.mentions.filter(
    (x) => x.ids.length > 0 && !(x.kind === 'spec' && x.bare) && x.kind !== 'barcode',
  );
  if (!known.length) return [];
  return [lostItemQuestion(said, quantity, closestTo(world, known))];
}

/**
 * The products closest to an item's known words (none listed when more than {@link MAX_CLOSE}) and the words that
 * name all of them, to read an answer of specs only with (ABS的 → 黑色母 ABS的).
 */
function closestTo(world: TurnWorld, known: Mention[]): { words: string; skus: string[] } {
  const size = world.matcher.index.products.length;
  const pool = known.length ? closestPool(known, size) : [];
  const skus = pool.length <= MAX_CLOSE ? pool.map((id) => world.matcher.index.products[id]!.sku) : [];
  const words = known
    .filter((x) => (x.kind === 'head' || x.kind === 'brand') && holdsAll(x.ids, pool, size))
    .map((x) => x.text)
    .join(' ');
  return { words, skus };
}

/**
 * Whether `ids` holds every id of `pool`: the ids marked once and the pool's looked up (thousands of close products,
 * each sought through a word's thousands of ids, were tens of milliseconds of one message).
 */
function holdsAll(ids: readonly number[], pool: readonly number[], size: number): boolean {
  if (!pool.length) return true;
  if (holdMarks.length < size) holdMarks = new Uint8Array(size);
  const marks = holdMarks;
  for (const id of ids) marks[id] = 1;
  const all = pool.every((id) => marks[id] === 1);
  for (const id of ids) marks[id] = 0;
  return all;
}

/** One mark per product, kept between calls and cleared after each (see unionOfIds). */
let holdMarks = new Uint8Array(0);

/** The open question for an item kept: the customer's words said back, the products close to it. */
function lostItemQuestion(
  said: string,
  quantity: SaidQuantity | undefined,
  close: { words: string; skus: string[] },
): Action {
  return {
    kind: 'ask',
    question: {
      kind: 'unplaced',
      said: said.replace(/\s+/g, ' ').trim(),
      ...(quantity && { quantity }),
      sold: { ...close, values: [] },
      lost: true,
      asked: 0,
    },
  };
}

/**
 * "没有38*1.2的，有：…" said of an item that named its product by a word the catalog does not hold whole (38*1.2
 * 304拉丝管 40支: 管 ends the names of the pipes the other words fit): the note claims the shop lacks one value, but
 * the engine may only have failed to read it. Such an item, given with an amount, is never dropped: it stays open,
 * its closest products those its other known words fit, until the customer names one or lets it go. An item of
 * values alone (R404A 3瓶, PS 525 10吨) names no product and is honestly refused. `pool` is what the item's
 * words fit apart from the value not found; `missing` is that value.
 */
export function keepItemOfMissingValue(
  world: TurnWorld,
  request: ProductRequest,
  said: string,
  quantity: SaidQuantity,
  missing: string,
  pool: readonly number[],
): Action[] {
  const analysis = world.matcher.analyze(request.text);
  if (!namesProductShort(world, analysis, pool) && !cutFromValue(world, missing, pool)) return [];
  const known = analysis.mentions.filter(
    (x) => x.ids.length > 0 && !(x.kind === 'spec' && x.bare) && x.kind !== 'barcode' && x.text !== missing,
  );
  return [lostItemQuestion(said, quantity, closestTo(world, known))];
}

/**
 * 2035米白50米 → "没有白的": the value not found is a part of a value the products of the item's other words hold (白
 * of 米白, the 米 read as a unit): the engine cut the value, the shop has it. A value no product holds any of
 * (R404A beside R22 / R410A) is honestly not sold.
 */
function cutFromValue(world: TurnWorld, missing: string, pool: readonly number[]): boolean {
  const said = missing.replace(/\s+/g, '').toLowerCase();
  if (!said || pool.length > MAX_CUT_POOL) return false;
  const products = world.matcher.index.products;
  return pool.some((id) =>
    Object.values(products[id]!.specs).some((value) => {
      const v = value.replace(/\s+/g, '').toLowerCase();
      return v !== said && v.includes(said);
    }),
  );
}

/** Products read for {@link cutFromValue} at most: the item's other words must have said which product it is. */
const MAX_CUT_POOL = 50;

/**
 * A character no catalog word took that ends the name, an alias or the category of one of `pool`'s products (管
 * of 拉丝管 beside 不锈钢圆管): the item said its product's word short.
 */
function namesProductShort(world: TurnWorld, analysis: Analysis, pool: readonly number[]): boolean {
  const covered = new Uint8Array(analysis.text.length);
  for (const x of analysis.mentions) covered.fill(1, x.start, x.start + x.text.length);
  const left = new Set<string>();
  for (let at = 0; at < analysis.text.length; at++) {
    const ch = analysis.text[at]!;
    if (!covered[at] && HAN.test(ch) && !STOP_CHARS.has(ch)) left.add(ch);
  }
  if (!left.size) return false;
  const products = world.matcher.index.products;
  return pool.some((id) => {
    const p = products[id]!;
    // (the name's first word: 亚狮龙羽毛球 76速 ends in its value, not its product word)
    const words = [p.name.trim().split(/\s+/)[0]!, p.category ?? '', ...p.aliases];
    return words.some((word) => left.has(word.trim().slice(-1)));
  });
}

const HAN = /\p{Script=Han}/u;

/**
 * 照上次的来 半斤的加到20箱 → "订单里没有0.5斤的", 茄子改成圆的 → "这个我们店里没有": an edit that was not made — its
 * words named no line, or what the line was to become was not found — is one the customer may confirm right past.
 * It stays open as an unplaced item (`edit`), so that a confirmation asks about it; a later edit of a line, or
 * 算了 / 不要了, settles it. A removal naming nothing changes nothing and opens nothing.
 */
export function keepEditOfNoLine(intent: Intent, actions: readonly Action[]): Action[] {
  if (intent.kind !== 'change' && intent.kind !== 'adjust') return [];
  if (actions.some((a) => a.kind === 'put' || a.kind === 'remove' || a.kind === 'ask')) return [];
  const noLine = actions.some((a) => a.kind === 'note' && a.note.kind === 'not_on_draft');
  const refused =
    intent.kind === 'change' &&
    intent.target?.kind === 'words' &&
    actions.some((a) => a.kind === 'note' && (a.note.kind === 'not_sold' || a.note.kind === 'no_such_spec'));
  if (!noLine && !refused) return [];
  const target = intent.target?.kind === 'words' ? intent.target.item.text : '';
  const amount =
    intent.kind === 'change'
      ? [refused ? `改成${intent.to.text}` : intent.to.text, intent.to.quantity?.raw]
      : [`${intent.sign > 0 ? '加' : '减'}${intent.quantity.raw}`];
  const said = [target, ...amount].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  // (水泥改成 with nothing after it says nothing to keep)
  if (!said || (intent.kind === 'change' && !intent.to.quantity && !refused)) return [];
  return [{ kind: 'ask', question: { kind: 'unplaced', said, edit: true, asked: 0 } }];
}

/** The edits kept open by {@link keepEditOfNoLine} that a line edited since settles. */
export function editsSettled(
  questions: readonly OpenQuestion[],
  before: readonly OpenQuestion[],
  changes: readonly DraftChange[],
): Action[] {
  const edited = changes.some(
    (c) => c.kind === 'quantity_changed' || c.kind === 'replaced' || c.kind === 'removed',
  );
  if (!edited) return [];
  return questions
    .filter((q) => q.kind === 'unplaced' && q.edit && before.includes(q))
    .map((question) => ({ kind: 'close', question }));
}

/**
 * An offer of the closest product (没有完全对得上…要这个吗？) that the customer went past by ordering on: an item they
 * gave an amount for is not let go by silence. It stays open as a lost item, its offered products the closest, so
 * that a confirmation asks about it; a product of the offered ones' family placed in the same message answers it
 * (那要多乐士的 3桶), unless it was asked for "too" (黑色的也来一箱): then the one product offered is taken at its amount.
 * An offer of no amount (有X吗) is let go as before.
 */
export function keepOfferGonePast(
  world: TurnWorld,
  state: ConversationState,
  offer: Extract<OpenQuestion, { kind: 'offer' }>,
  changes: readonly DraftChange[],
  alsoSaid: boolean,
): Action[] {
  const close: Action = { kind: 'close', question: offer };
  if (!offer.quantity) return [close];
  const index = world.matcher.index;
  const familyOf = (sku: string) => {
    const id = index.bySku.get(sku);
    return id === undefined ? undefined : index.family[id];
  };
  const families = new Set(offer.skus.map(familyOf));
  const placed = changes.flatMap((c) =>
    c.kind === 'added'
      ? [{ sku: c.sku, quantity: c.quantity }]
      : c.kind === 'replaced'
        ? [{ sku: c.to, quantity: c.quantity }]
        : [],
  );
  // (全棉平纹 200米 offered 涤棉平纹; 40的 places 全棉 40支 at the 200米 the offer waited with: its answer)
  const said = offer.quantity;
  const atItsAmount = (sku: string, quantity: number) => {
    const id = index.bySku.get(sku);
    const unit = id === undefined ? undefined : index.products[id]!.unit;
    return !!unit && quantity === said.value && canonicalUnit(said.unit ?? unit) === canonicalUnit(unit);
  };
  const kindred = placed.filter((p) => families.has(familyOf(p.sku)));
  // 黑色的也来一箱 after 38寸练习琴 原木色 was offered as 38寸入门民谣吉他 原木色: the sibling "too" takes the offer
  const only = offer.skus.length === 1 ? offer.skus[0]! : undefined;
  const offered = only === undefined ? undefined : productOf(world, only);
  if (alsoSaid && offered && kindred.length && kindred.every((p) => p.sku !== only))
    return [close, ...placeProduct(world, state, offered, offer.quantity, { fresh: true })];
  if (kindred.length || placed.some((p) => atItsAmount(p.sku, p.quantity))) return [close];
  return [
    {
      kind: 'ask',
      replacing: offer,
      question: {
        kind: 'unplaced',
        said: `${offer.said} ${offer.quantity.text}`.replace(/\s+/g, ' ').trim(),
        quantity: offer.quantity,
        sold: { words: '', skus: offer.skus, values: [] },
        lost: true,
        asked: 0,
      },
    },
  ];
}

/**
 * 我养鸡的 想围个鸡圈 荷兰网一米八的拿4卷 → "养鸡荷兰网我们店里没有": words around the item (chatter the catalog lacks,
 * or part of another catalog word) stood in the way, but the item named a whole product word of the catalog with a
 * value its products hold. The shop sells that; "没有" is a misreading, so the item stays open, its closest products
 * those the product word and the values fit together (up to {@link MAX_CLOSE}). None when the item said no value
 * those products hold (竹地板 beside 实木地板 is honestly another product).
 */
export function keepNamedProductItem(
  world: TurnWorld,
  request: ProductRequest,
  said: string,
  quantity: SaidQuantity,
): Action[] {
  const analysis = world.matcher.analyze(request.text);
  const heads = analysis.mentions.filter((x) => x.kind === 'head' && x.ids.length > 0);
  const values = analysis.mentions.filter((x) => x.kind === 'spec' && !x.bare && x.ids.length > 0);
  if (!heads.length || !values.length) return [];
  // the product word and the values alone, without the words that stood in the way
  const mentions = [...heads, ...values].sort((a, b) => a.start - b.start);
  const text = mentions.map((x) => x.text).join(' ');
  const alone = world.matcher.resolve(
    { text, mentions, quantities: [], unknown: [], qualifiers: [] },
    { quick: true },
  );
  if (alone.result.kind === 'not_found') return [];
  const pool = alone.ids;
  if (!pool.length || pool.length > MAX_CLOSE) return [];
  const index = world.matcher.index;
  return [
    lostItemQuestion(said, quantity, {
      words: heads.map((x) => x.text).join(' '),
      skus: pool.map((id) => index.products[id]!.sku),
    }),
  ];
}

/**
 * Every word of the item is one the catalog knows: no unknown word, and no letter or Han character outside the
 * mentions read but the little words said around them (的, 要, 也).
 */
function allWordsKnown(analysis: Analysis): boolean {
  if (analysis.unknown.length) return false;
  const covered = new Uint8Array(analysis.text.length);
  for (const x of analysis.mentions) covered.fill(1, x.start, x.start + x.text.length);
  for (let at = 0; at < analysis.text.length; at++) {
    const ch = analysis.text[at]!;
    if (!covered[at] && WORD_CHAR.test(ch) && !STOP_CHARS.has(ch)) return false;
  }
  return true;
}

const WORD_CHAR = /[\p{Script=Han}a-z]/u;

/**
 * The products an item's known words come closest to: all of them together fit nothing (else the item would
 * have been placed), so each word is left out in turn and what the others fit is gathered (建大内胎 26寸: 建大外胎
 * 26寸 and 正新内胎 26寸); a lone word's own products when it is the only one.
 */
function closestPool(known: Mention[], size: number): number[] {
  if (known.length === 1) return known[0]!.ids;
  const pools: number[][] = [];
  for (let left = 0; left < known.length; left++) {
    let pool: number[] | undefined;
    for (const [at, x] of known.entries()) {
      if (at === left) continue;
      pool = pool ? intersectSorted(pool, x.ids) : x.ids;
      if (!pool.length) break;
    }
    if (pool) pools.push(pool);
  }
  // (each id once, ascending)
  return unionOfIds(pools, size);
}
