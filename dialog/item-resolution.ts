import { familyMembers, intersectSorted } from '../catalog/catalog-index.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Distinction, MatchResult, Resolution } from '../catalog/matcher.js';
import type { Analysis } from '../catalog/mention-scan.js';
import type { Product } from '../catalog/product.js';
import { scanSpecs, valueKeysOf } from '../catalog/spec-values.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { ConversationState, ProductRequest } from './conversation-state.js';
import { withNumeralWords } from './numeral-words.js';
import { withFullWords, withHeadEnding } from './shortened-words.js';
import { productAtEnd, withoutPackNoun, withoutSizeWord } from './size-end.js';
import { sizeEndOfItem, sizeTaken } from './size-word-beside-name.js';
import { narrowByWordBesideName } from './word-beside-name.js';
import type { Action } from './draft-changes.js';
import { hasIdentity } from './item-text.js';
import type { ItemText } from './item-text.js';
import { keepItemOfMissingValue, keepLostItem, keepNamedProductItem } from './lost-items.js';
import { openMissingSpec } from './missing-specs.js';
import { productsNamingAll } from './named-whole.js';
import { productsByWholePart } from './whole-part-value.js';
import { keepsApartFrom } from './other-brand.js';
import { productsNearUnknown, readingByNearWords } from './near-products.js';
import { productsBesideUnread } from './unread-words.js';
import { MAX_CLOSE_PRODUCTS, productsOfEveryWord, productsOfValueAndHead } from './close-products.js';
import { unknownCounterAfter } from './unknown-counters.js';
import type { BesideUnread } from './unread-words.js';
import { STOCK_QUESTION } from './order-phrases.js';
import { placeProduct, saidOf } from './product-placement.js';
import { askWhichProduct, requestOf } from './product-questions.js';
import { idOf } from './turn-world.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

type NotFound = Extract<MatchResult, { kind: 'not_found' }>;

/** 消火栓用的 / 空调上用的 / 配水枪的: said of what a product is for. */
const PURPOSE = /(?:用的|上用的|配的|专用的?|接的)(?:那种|那个)?$|^配\S+的$/;

/**
 * A product not on the draft yet: places it, asks which one, offers the closest, or says the shop does not sell
 * it. `leansOn` is a product the item leans on (蓝的也10卷): ties are broken towards it, and an item that names
 * only specs is looked for among its family first.
 */
export function resolveNewItem(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
  leansOn?: string,
): Action[] {
  const retried = retryRefused(world, state, item, earlier);
  if (retried) return retried;
  // 尤克里里包 for 尤克里里琴包: the bag, never the ukulele its first word names
  const whole = withHeadEnding(world.matcher, item);
  if (whole) return resolveNewItem(world, state, whole, earlier, leansOn);
  const a = item.analysis;
  // a word the catalog lacks beside other items is chatter (老板 辛苦), and so is one said while a question is open
  // (随便哪个 / 家里用的那种: the question is asked again), unless it is asked about (有没有X)
  if (
    !item.quantity &&
    !a.mentions.length &&
    a.unknown.length &&
    (earlier.itemCount > 1 || state.questions.some((q) => !q.parked)) &&
    !STOCK_QUESTION.test(item.text)
  )
    return [];
  // 室内消火栓用的 to "水带要哪一种？": what the asked product is for, no item of its own
  if (!item.quantity && PURPOSE.test(item.text) && state.questions.some((q) => !q.parked)) return [];
  let r = resolveItem(world, item, a, leansOn);
  // 琵琶腿 小的5件 大的3件 / 花菇大的10斤: 小的 / 大的 said with the item picks that end of the sizes the candidates
  // differ by — before any leaning on the product just ordered, whose own size would otherwise win; so does a size
  // word with its pack noun said of an item leaning on a line (再拿3层小包的 after 4层 100抽: the line's 100抽 never
  // outweighs the 小包 said) — a bare 厚的 / 大的 there may be said of the line's own measure (13厚的也来100根)
  const end = sizeEndOfItem(item.text, a);
  const unleaned =
    end && end.word.length > 1 && leansOn && r.result.kind === 'matched' ? resolveItem(world, item, a) : r;
  const atEnd =
    end && unleaned.result.kind === 'ambiguous' ? productAtEnd(world, unleaned.ids, end) : undefined;
  if (atEnd)
    return placeProduct(world, state, atEnd, item.quantity && saidOf(item.quantity), { fresh: true });
  if (r.result.kind === 'ambiguous' && !leansOn && state.focus) {
    // 红牛 2箱 东鹏 2箱: words several families share are taken in the family of the product just ordered, when
    // that leaves one product
    const focus = idOf(world, state.focus);
    // (花王拉拉裤L 2箱 帮宝适 3箱, 万新1.56 after 明月1.56绿膜: a brand alone, or another brand, is looked for in that
    // family, never given the other line's specs, and never taken for that very line: 光威 50根 after 光威鱼竿 36的
    // 30根 is asked about)
    const apart = keepsApartFrom(world.matcher.index, a, focus);
    const leaning =
      focus !== undefined && apart
        ? resolveWithin(world, item, a, focus)
        : resolveItem(world, item, a, state.focus);
    if (leaning.result.kind === 'matched' && focus !== undefined && !(apart && leaning.ids[0] === focus)) {
      const m = world.matcher;
      if (m.index.family[leaning.ids[0]!] === m.index.family[focus]) r = leaning;
    }
  }
  r = apartFromPlacedSiblings(world, item, a, r, earlier);
  const unreadValue = askUnreadValue(world, item, a, r, leansOn);
  if (unreadValue) return unreadValue;
  if (r.result.kind === 'not_found') {
    // 室内栓 for 室内消火栓: a product word said shortened; 18子 for 十八子: its numeral in digits
    const respelled = [
      r.result.reason === 'unknown' ? withFullWords(world.matcher, item) : undefined,
      withNumeralWords(world.matcher, item),
      withoutPackNoun(world.matcher, item),
      withoutSizeWord(world.matcher, item),
    ];
    for (const full of respelled)
      if (full && resolveItem(world, full, full.analysis, leansOn).result.kind !== 'not_found')
        return resolveNewItem(world, state, full, earlier, leansOn);
  }
  const res = r.result;
  if (res.kind === 'not_found' && !item.quantity) {
    const counted = loneNumberAsQuantity(world, state, item, earlier, leansOn);
    if (counted) return counted;
  }
  if (res.kind === 'matched') {
    const placed = placeProduct(world, state, res.product, item.quantity && saidOf(item.quantity), {
      fresh: true,
    });
    // 有打包带吗 → 要多少卷？ is no order yet: the question is let go when the customer goes past it
    if (item.quantity || !STOCK_QUESTION.test(item.text)) return placed;
    return placed.map((a) =>
      a.kind === 'ask' && a.question.kind === 'quantity' && !a.question.problem
        ? { ...a, question: { ...a.question, inquiry: true } }
        : a,
    );
  }
  // 525的我问问工地再说 先别下单: with the order held off, unknown words name nothing to say 没有 about
  if (res.kind === 'not_found' && res.reason === 'unknown' && earlier.hold && !item.quantity) return [];
  if (res.kind === 'ambiguous') {
    // 普通衣架要500个: a word beside the product word that one option holds settles it
    const besideName = narrowByWordBesideName(world.matcher.index, r.ids, a);
    if (besideName.length === 1) {
      const product = world.matcher.index.products[besideName[0]!]!;
      return placeProduct(world, state, product, item.quantity && saidOf(item.quantity), { fresh: true });
    }
    // (after leaning on the product just ordered: the end among what is left)
    const later = sizeEndOfItem(item.text, a);
    const picked = later ? productAtEnd(world, r.ids, later) : undefined;
    if (picked)
      return placeProduct(world, state, picked, item.quantity && saidOf(item.quantity), { fresh: true });
    // 吧台椅高的 4把 in two colours: the size is taken, the rest asked about
    const atSize = later && sizeTaken(world, r.ids, later);
    if (atSize) return askWhichProduct(requestOf(item, leansOn), atSize.ids, undefined, [atSize.choice]);
    return askWhichProduct(requestOf(item, leansOn), r.ids);
  }
  const quantity = item.quantity && !item.quantity.invalid ? saidOf(item.quantity) : undefined;
  const request = requestOf(item);
  const refusal = notFoundActions(world, res, r.ids, request);
  const missingSpec = openMissingSpec(world.matcher, item, refusal, r.ids, quantity);
  // 黑色母ABS的 2包 → 没有: an item given with a quantity is kept open when catalog words are in it
  const noSuchSpec = refusal.find((a) => a.kind === 'note' && a.note.kind === 'no_such_spec');
  const said = `${item.text} ${item.quantity?.raw ?? ''}`;
  const lost =
    !quantity || missingSpec.length
      ? []
      : refusal.some((a) => a.kind === 'note' && a.note.kind === 'not_sold')
        ? keepLostOrNamed(world, request, said, quantity)
        : // 38*1.2 304拉丝管 40支 → 没有38*1.2的: a value not found never drops an item given with an amount
          noSuchSpec?.kind === 'note' && noSuchSpec.note.kind === 'no_such_spec'
          ? keepItemOfMissingValue(world, request, said, quantity, noSuchSpec.note.what, r.ids)
          : [];
  return [
    {
      kind: 'refuse',
      refused: { text: item.text, missing: res.what, ...(quantity && { quantity }) },
    },
    ...refusal,
    ...missingSpec,
    ...lost,
  ];
}

/**
 * 夏凉被 150的 200的各30条: an item that comes to the very product another item of the same message just placed
 * (200 of 150*200, which 150的 took, by leaning on it) while its words alone fit several products of that family
 * names another of them: the one no item of the message placed, or the question which — never the sibling's line
 * again, which would drop the item. Items said the same way (红的10个 红的5个) fit one product alone and stay as
 * they are.
 */
function apartFromPlacedSiblings(
  world: TurnWorld,
  item: ItemText,
  a: Analysis,
  r: Resolution,
  earlier: EarlierInTurn,
): Resolution {
  if (r.result.kind !== 'matched') return r;
  const sku = r.result.product.sku;
  if (!earlier.changes.some((c) => c.kind === 'added' && c.fresh && c.sku === sku)) return r;
  const m = world.matcher;
  const own = idOf(world, sku);
  if (own === undefined) return r;
  const unit = item.quantity?.unit;
  const family = [...familyMembers(m.index, m.index.family[own]!)];
  const plain = m.resolve(a, { ...(unit && { unit }), within: family });
  if (plain.result.kind !== 'ambiguous') return r;
  // (雨伞 迷彩 beside 雨伞 黑色: a word not read names no sibling either — which one is asked)
  if (a.unknown.length) return plain;
  const placed = new Set(earlier.changes.flatMap((c) => (c.kind === 'added' && c.fresh ? [c.sku] : [])));
  const others = plain.ids.filter((id) => !placed.has(m.index.products[id]!.sku));
  if (!others.length) return r;
  return m.resolve(a, { ...(unit && { unit }), within: others });
}

/**
 * 保温杯 紫色 粉色 2个 with no purple flask: a word the catalog cannot read, said beside a value read and shaped like
 * it (the same last character: 紫色 / 粉色, 男款 / 女款), is another value of that attribute — the product the read
 * value names is never confirmed alone for it: 没有紫色的…, and which one of the family is asked.
 */
function askUnreadValue(
  world: TurnWorld,
  item: ItemText,
  a: Analysis,
  r: Resolution,
  leansOn?: string,
): Action[] | undefined {
  if (r.result.kind !== 'matched' || !a.unknown.length) return undefined;
  const endings = new Set(
    a.mentions.flatMap((x) => (x.kind === 'spec' && !x.bare && x.text.length >= 2 ? [x.text.slice(-1)] : [])),
  );
  const unread = a.unknown.find((w) => w.length >= 2 && endings.has(w.slice(-1)) && !/\d/.test(w));
  if (!unread) return undefined;
  const m = world.matcher;
  const product = r.result.product;
  const own = idOf(world, product.sku);
  if (own === undefined) return undefined;
  const family = [...familyMembers(m.index, m.index.family[own]!)];
  if (family.length < 2) return undefined;
  // (the question is asked of the item's words without the values, which would name the one product again)
  const request = requestOf(item, leansOn);
  let text = request.text;
  for (const x of a.mentions)
    if (x.kind === 'spec' && endings.has(x.text.slice(-1))) text = text.replace(x.text, ' ');
  return [
    { kind: 'note', note: { kind: 'not_together', what: unread, head: product.name } },
    ...askWhichProduct({ ...request, text: text.replace(unread, ' ').replace(/\s+/g, ' ').trim() }, family),
  ];
}

/** A lost item (all its words the catalog's), else one naming a product word with a value its products hold. */
function keepLostOrNamed(
  world: TurnWorld,
  request: ProductRequest,
  said: string,
  quantity: NonNullable<ProductRequest['quantity']>,
): Action[] {
  const lost = keepLostItem(world, request, said, quantity);
  return lost.length ? lost : keepNamedProductItem(world, request, said, quantity);
}

/** Resolves an item, looking first among the family of the product it leans on when it names only specs. */
export function resolveItem(world: TurnWorld, item: ItemText, a: Analysis, leansOn?: string): Resolution {
  const m = world.matcher;
  const context = leansOn ? idOf(world, leansOn) : undefined;
  const unit = item.quantity?.unit;
  const options = { ...(unit && { unit }), ...(context !== undefined && { context }) };
  if (context !== undefined && !hasIdentity(a)) {
    const family = m.index.family[context]!;
    const within = [...familyMembers(m.index, family)];
    const inFamily = m.resolve(a, { ...options, within });
    if (inFamily.result.kind !== 'not_found') return inFamily;
  }
  return m.resolve(a, options);
}

/** Resolves an item among the family of one product only, without leaning towards that product's specs. */
function resolveWithin(world: TurnWorld, item: ItemText, a: Analysis, product: number): Resolution {
  const m = world.matcher;
  const unit = item.quantity?.unit;
  const within = [...familyMembers(m.index, m.index.family[product]!)];
  return m.resolve(a, { ...(unit && { unit }), within });
}

/** A count word alone (几支, 多少个, 几): asks or says an amount, never names a product. */
const COUNT_WORD = /^(?:几|多少)\p{Script=Han}?$/u;

/** What closes a description or orders: a number right after it is an amount (1000的来100, 干磨80的 300). */
const BEFORE_AMOUNT = /(?:的|[来要拿搞整买订])\s*$/;

/**
 * 红牛 10 / 1000的来100 / 干磨80的 300: a lone whole number no spec has is the quantity, in the sale unit — said with a
 * product word or brand, or right after a 的 or a verb of ordering.
 */
function loneNumberAsQuantity(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
  leansOn?: string,
): Action[] | undefined {
  const m = world.matcher;
  const a = item.analysis;
  const bare = a.mentions.filter((x) => x.kind === 'spec' && x.bare);
  const last = bare[bare.length - 1];
  if (!last || !/^\d+$/.test(last.text)) return undefined;
  const alone = new RegExp(`(^|[^\\d.])${last.text}(?![\\d.])`);
  const at = alone.exec(item.text);
  const named = a.mentions.some((x) => x.kind === 'head' || x.kind === 'brand');
  if (!at || (!named && !BEFORE_AMOUNT.test(item.text.slice(0, at.index + at[1]!.length)))) return undefined;
  const rest = m.analyze(item.text.replace(alone, '$1 '));
  if (resolveItem(world, item, rest, leansOn).result.kind === 'not_found') return undefined;
  // (来20卡 where 卡 is no unit the catalog knows: a counter after the number is the unit said, asked about, never
  // dropped for the sale unit)
  const counter = unknownCounterAfter(m.index, item.text, at.index + at[0].length);
  const quantity = {
    start: 0,
    end: 0,
    raw: `${last.text}${counter ?? ''}`,
    value: Number(last.text),
    ...(counter && { unit: counter }),
  };
  return resolveNewItem(
    world,
    state,
    { ...item, text: rest.text, analysis: rest, quantity },
    earlier,
    leansOn,
  );
}

/** 那就德力西的吧 after 正泰1P20A没有: the refused item with its brand or missing spec replaced. */
function retryRefused(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const refused = earlier.refusedBefore;
  const a = item.analysis;
  if (!refused || !a.mentions.length || a.mentions.some((x) => x.kind === 'barcode')) return undefined;
  const m = world.matcher;
  const newBrand = a.mentions.some((x) => x.kind === 'brand');
  const newHead = a.mentions.some((x) => x.kind === 'head');
  const newSpec = a.mentions.some((x) => x.kind === 'spec' || x.kind === 'partial');
  const said = m.analyze(refused.text);
  // a new product word replaces the refused one; the refused item's specs still hold where they fit; a new value
  // replaces a missing value, never the product word or brand of the missing words (南极人连裤袜 没有 → 那浪莎的黑色:
  // 浪莎 连裤袜 黑色)
  const kept = said.mentions
    .filter(
      (x) =>
        !(newBrand && x.kind === 'brand') &&
        !(newHead && (x.kind === 'head' || x.kind === 'partial' || x.kind === 'brand')) &&
        !(newSpec && (x.kind === 'spec' || x.kind === 'partial') && refused.missing.includes(x.text)),
    )
    .map((x) => x.text);
  const merged = m.analyze(`${kept.join(' ')} ${item.text}`);
  const quantity = item.quantity ? saidOf(item.quantity) : refused.quantity;
  const r = m.resolve(merged, quantity?.unit ? { unit: quantity.unit } : {});
  if (r.result.kind === 'not_found') return undefined;
  if (newHead && r.result.kind === 'ambiguous' && m.resolve(a, {}).result.kind === 'matched')
    return undefined;
  const request: ProductRequest = { text: merged.text, ...(quantity && { quantity }) };
  if (r.result.kind === 'matched')
    return placeProduct(world, state, r.result.product, quantity, { fresh: true });
  return askWhichProduct(request, r.ids);
}

/**
 * Why an item could not be placed. "没有" only when nothing in the catalog is close: a spec the product lacks
 * names what there is; when the family has one product, or the specs alone fit one product of a kindred family
 * (插座 4位 3米 → the 4-way strip), that product is offered instead.
 */
export function notFoundActions(
  world: TurnWorld,
  res: NotFound,
  pool: number[],
  request: ProductRequest,
): Action[] {
  const m = world.matcher;
  if (res.reason === 'unknown_barcode')
    return [
      {
        kind: 'note',
        note: {
          kind: 'unknown_barcode',
          code: res.what,
          ...(request.quantity && { quantity: request.quantity }),
        },
      },
    ];
  const offer = (ids: number[], specsFit: boolean): Action[] => [
    {
      kind: 'ask',
      question: {
        kind: 'offer',
        skus: ids.map((id) => m.index.products[id]!.sku),
        said: res.what,
        ...(request.quantity && { quantity: request.quantity }),
        ...(specsFit && { specsFit: true }),
        asked: 0,
      },
    },
  ];
  // 丝印版费 beside 丝印 (one product's alias) and 版费 (another's): one product's name holds both words — offered;
  // 丝印logo 版费 where no name holds both: the few products the words name are offered, never "没有"
  if (res.reason === 'conflict' && !pool.length) {
    const said = m.analyze(request.text);
    const namingAll = productsNamingAll(world, said);
    if (namingAll) return offer(namingAll, true);
    const named = productsOfEveryWord(m.index, said);
    if (named) return offer(named, false);
  }
  if (res.reason === 'conflict' && pool.length) {
    const kindred = kindredBySpecs(world, request);
    if (kindred !== undefined) return offer([kindred], true);
    // 13寸 beside 13.3寸 / 15.6寸: the one value the number is the whole part of, offered, never "没有13寸的"
    const byWholePart = productsByWholePart(world, request, pool);
    if (byWholePart) return offer(byWholePart, true);
    // 19*0.8 said of a tube of 外径 19mm and 壁厚 0.8mm: a size each of whose numbers one product carries is no size
    // the shop lacks — those products are offered, never "没有"
    const carrying = carryingEveryNumber(m.index, res.what, pool);
    if (carrying.length && carrying.length <= MAX_CARRYING) return offer(carrying, false);
    if (pool.length === 1) return offerFitting(world, request, pool[0]!) ?? offer(pool, false);
    // 20mm钢带 of watch straps made of 钢 (钢带 a value of watches): a value and the character of the product's own
    // word after it (钢 + 带 of 表带) is that product, offered — never "没有钢带的表带"
    const valueAndHead = productsOfValueAndHead(m.index, pool, normalizeTerm(res.what));
    if (valueAndHead.length && valueAndHead.length <= MAX_CLOSE_PRODUCTS) return offer(valueAndHead, true);
    const products = pool.map((id) => m.index.products[id]!);
    // 男士中筒袜 黑色 beside 浪莎男士纯棉中筒袜: every product word said is in a name — offered, never "没有"
    const namingAll = productsNamingAll(world, m.analyze(request.text));
    if (namingAll) return offer(namingAll, true);
    // 不锈钢角阀 (a kind, no spec or brand): the closest products, not a list of values
    const saidWhat = m.analyze(res.what).mentions;
    if (!saidWhat.some((x) => x.kind === 'spec' || x.kind === 'brand'))
      return [
        {
          kind: 'note',
          note: {
            kind: 'not_sold',
            what: res.what,
            suggestions: pool.slice(0, 3).map((id) => m.index.products[id]!.sku),
          },
        },
      ];
    const d = m.distinctions(pool, true);
    return [
      {
        kind: 'note',
        note: {
          kind: 'no_such_spec',
          what: res.what,
          head: commonHead(products),
          ...conflictValues(res.what, d, products),
        },
      },
    ];
  }
  // 圣子 for 蛏子, 铝箔胶布 for 铝箔胶带: a word near a catalog word by sound or shape is asked about, never "没有";
  // 确认 takes the one product the item so read fits (its specs and brand fit it)
  const nearWords = res.reason === 'unknown' ? readingByNearWords(world, request, res.what) : undefined;
  if (nearWords && (nearWords.ids.length <= 3 || nearWords.text !== undefined)) {
    if (nearWords.ids.length === 1) return offer(nearWords.ids, true);
    if (nearWords.text !== undefined)
      return askWhichProduct({ ...request, text: nearWords.text }, nearWords.ids).map((a) =>
        a.kind === 'ask' && a.question.kind === 'which_product'
          ? { ...a, question: { ...a.question, saidAs: normalizeTerm(request.text) } }
          : a,
      );
    return offer(nearWords.ids, false);
  }
  // 壁虎 M12*100: a word the catalog lacks, with sizes that fit a product or two, is asked about, never "没有"
  const bySizes = res.reason === 'unknown' ? productsBySizes(world, request) : undefined;
  if (bySizes) return offer(bySizes, true);
  // 焊工手套 牛皮的: a word the catalog lacks beside words that fit products close to it asks, never says 没有
  const near = res.reason === 'unknown' ? productsNearUnknown(world, request, res.what) : [];
  if (near.length) return offer(near, false);
  // 三六的墙砖 / 康师傅桶面 / 4800毫安的: words not read beside words the catalog knows ask among what those fit
  const beside = res.reason === 'unknown' ? productsBesideUnread(world, request, res.what) : undefined;
  if (beside) return askBesideUnread(res.what, request, beside, offer);
  // 几支 / 多少个 left of a message: a count word is never a product name, nothing the shop could lack
  if (COUNT_WORD.test(res.what)) return [];
  return [
    {
      kind: 'note',
      note: {
        kind: 'not_sold',
        what: kindSaidWhole(world, request, res.what),
        suggestions: res.suggestions.slice(0, 3).map((p) => p.sku),
      },
    },
  ];
}

/**
 * The question about an item with words not read: the one to three products closest to them offered, or which of
 * the products its known words fit, the unread words said back first. Never "没有".
 */
function askBesideUnread(
  what: string,
  request: ProductRequest,
  beside: BesideUnread,
  offer: (ids: number[], specsFit: boolean) => Action[],
): Action[] {
  const { pool, closest } = beside;
  if (closest.length === 1 || (closest.length <= 3 && closest.length < pool.length))
    return offer(closest, false);
  return [
    { kind: 'note', note: { kind: 'unread', what } },
    ...askWhichProduct({ ...request, text: beside.text }, pool).map((a) =>
      a.kind === 'ask' && a.question.kind === 'which_product'
        ? { ...a, question: { ...a.question, unread: what } }
        : a,
    ),
  ];
}

/**
 * The one to three products that the sizes said (numbers with a unit or a form: M12*100, 4寸, 2.5平方) fit,
 * every one of them, when nothing but sizes was read (the product word is the unknown one); else undefined.
 */
function productsBySizes(world: TurnWorld, request: ProductRequest): number[] | undefined {
  const m = world.matcher;
  const a = m.analyze(request.text);
  const sizes = a.mentions.filter((x) => x.kind === 'spec' && !x.bare && x.keys?.length);
  // (施耐德的空开 1P C16: a brand or kind said of a product word the catalog has is not sold, rightly 没有)
  if (!sizes.length || a.mentions.some((x) => x.kind !== 'spec')) return undefined;
  const r = m.resolve(
    { ...a, text: `${a.text} (sizes)`, mentions: sizes, unknown: [], qualifiers: [] },
    { quick: true },
  );
  if (r.result.kind === 'not_found' || !r.ids.length || r.ids.length > 3) return undefined;
  return r.ids;
}

/** The one product the specs alone fit, when its name shares a character with the product word said. */
function kindredBySpecs(world: TurnWorld, request: ProductRequest): number | undefined {
  const m = world.matcher;
  const a = m.analyze(request.text);
  const heads = a.mentions.filter((x) => x.kind === 'head' || x.kind === 'partial');
  const specs = a.mentions.filter((x) => x.kind === 'spec');
  if (!heads.length || !specs.length) return undefined;
  const r = m.resolve(
    { ...a, text: `${a.text} (specs)`, mentions: specs, unknown: [], qualifiers: [] },
    { quick: true },
  );
  if (r.result.kind !== 'matched') return undefined;
  // (佛山照明球泡 5瓦 when only 欧普 has 5W: a brand said that the product lacks is no kindred product)
  const brands = a.mentions.filter((x) => x.kind === 'brand');
  if (brands.some((x) => !x.ids.includes(r.ids[0]!))) return undefined;
  const name = `${r.result.product.name}${r.result.product.aliases.join('')}`;
  const id = r.ids[0]!;
  return heads.some((h) => [...h.text].some((ch) => name.includes(ch))) ? id : undefined;
}

/**
 * The closest product offered instead of a "没有" holds every value the customer said that its family holds
 * (华美保温管 6分的 9mm: a tube of 25 mm wall is no offer while the family has 9 mm walls); a value no product of
 * the family holds (美纹纸 48mm when all is 24mm) is the one the offer is instead of. When the one product close
 * lacks such a value, the values said fit no product together: the reply says so, and the customer is asked among
 * the products holding the values it lacks (with the product words and brand said); undefined
 * when the product fits (the offer is made) or no question can be put that way.
 */
function offerFitting(world: TurnWorld, request: ProductRequest, id: number): Action[] | undefined {
  const m = world.matcher;
  const family = m.index.family[id];
  const a = m.analyze(request.text);
  const specs = a.mentions.filter((x) => x.kind === 'spec');
  // (a bare number, 1.67, is too loose to say the offer unfit; it still says what the one product close holds)
  const unfit = specs.filter(
    (x) => !x.bare && !x.ids.includes(id) && x.ids.some((other) => m.index.family[other] === family),
  );
  if (!unfit.length) return undefined;
  const held = specs.filter((x) => x.ids.includes(id));
  let pool: number[] | undefined;
  for (const x of [...a.mentions.filter((y) => y.kind === 'head' || y.kind === 'brand'), ...unfit])
    pool = pool ? intersectSorted(pool, x.ids) : x.ids;
  if (!held.length || !pool || pool.length < 2) return undefined;
  let text = a.text;
  for (const x of held) text = text.replace(x.text, ' ');
  return [
    {
      kind: 'note',
      note: {
        kind: 'not_together',
        what: [...held, ...unfit].map((x) => x.text).join(' '),
        head: m.index.products[id]!.name,
      },
    },
    ...askWhichProduct({ ...request, text: text.replace(/\s+/g, ' ').trim() }, pool),
  ];
}

/** What the candidates have in common, to head a question: 电线要哪个截面？ */
export function commonHead(candidates: Product[]): string {
  const first = candidates[0];
  if (!first) return '';
  if (candidates.every((p) => p.name === first.name)) return first.name;
  if (first.category && candidates.every((p) => p.category === first.category)) return first.category;
  return '';
}

/**
 * 没有16平方的，电线有：1.5平方 / 2.5平方 … — the values of the attribute the missing spec belongs to (of 1P20A
 * when 1P exists, the currents).
 */
function conflictValues(
  what: string,
  distinctions: Distinction[],
  products: Product[],
): { attribute?: string; values: string[] } {
  const groups = scanSpecs(normalizeTerm(what)).flatMap((t) => t.reqs);
  // which of the keys said some product's values carry (the reading stops once every one is found)
  const said = new Set(groups.flat());
  const had = new Set<string>();
  // (each value once: the products of a family share most of theirs, and a key no product carries reads them all)
  const read = new Set<string>();
  search: for (const p of products)
    for (const v of Object.values(p.specs)) {
      if (read.has(v)) continue;
      read.add(v);
      for (const k of valueKeysOf(v)) {
        if (!said.has(k) || had.has(k)) continue;
        had.add(k);
        if (had.size === said.size) break search;
      }
    }
  const missing = groups.filter((g) => !g.some((k) => had.has(k)));
  const wanted = new Set((missing.length ? missing : groups).flat().map((k) => k.split(':')[0]!));
  wanted.delete('bare');
  const d =
    distinctions.find(
      (x) =>
        !x.attr.startsWith('$') &&
        x.values.some((v) => valueKeysOf(v).some((k) => wanted.has(k.split(':')[0]!))),
    ) ?? distinctions.find((x) => x.attr === '$brand');
  return d ? { attribute: d.attr, values: d.values } : { values: [] };
}

/** Most products offered for a size whose every number they carry; more are asked about as before. */
const MAX_CARRYING = 3;
const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * The products that carry every number of a size said (two or more numbers, each a value of the product: 19*0.8 of
 * 外径 19mm and 壁厚 0.8mm), those of `pool` first when some of them do.
 */
function carryingEveryNumber(index: CatalogIndex, said: string, pool: number[]): number[] {
  const numbers = said.match(NUMBER);
  if (!numbers || numbers.length < 2) return [];
  let ids: number[] | undefined;
  for (const n of new Set(numbers.map(Number))) {
    const carrying = index.keys.get(`num:${n}`);
    if (!carrying) return [];
    ids = ids ? intersectSorted(ids, carrying) : carrying;
    if (!ids.length) return [];
  }
  const inPool = intersectSorted(
    ids!,
    [...pool].sort((a, b) => a - b),
  );
  return inPool.length ? inPool : ids!;
}

/** 鳗 of 鳗鱼料: a kind the shop does not hold, said of the product word right after it, is named with that word. */
function kindSaidWhole(world: TurnWorld, request: ProductRequest, what: string): string {
  if (what.length !== 1) return what;
  const a = world.matcher.analyze(request.text);
  const head = a.mentions.find((x) => x.kind === 'head' && a.text[x.start - 1] === what);
  return head ? what + head.text : what;
}
