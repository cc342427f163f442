import { parseChineseNumber } from '../catalog/numerals.js';
import type { Matcher } from '../catalog/matcher.js';
import type { Analysis, Mention, QuantityToken } from '../catalog/mention-scan.js';
import { ATTRIBUTE_WORDS, STOP_CHARS } from '../catalog/stop-words.js';
import { scanSpecs } from '../catalog/spec-values.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import { termAt } from '../catalog/word-lookups.js';
import { withoutChatClauses } from './chat-clauses.js';
import { apartAtIfNotSold, opensIfNotSold } from './if-not-sold.js';
import { withoutNoneSaidBack } from './none-said-back.js';
import { withoutShippingRemarks } from './shipping-remarks.js';
import { hasContent } from './item-text.js';
import { inCatalogGrades } from './grade-ordinals.js';
import { writeImpliedOne } from './one-implied.js';
import { splitItems } from './message-items.js';
import type { ItemText } from './item-text.js';
import { readOrderInquiry } from './order-inquiry.js';
import { withoutUnsaidAmounts } from './unsaid-amounts.js';
import { sizeEndOf } from './size-order.js';
import type { Choice } from './option-meaning.js';
import type { SizeEnd } from './size-order.js';
import type { OrderInquiry } from './order-inquiry.js';
import {
  ALL_OF,
  UNCHANGED,
  EACH_LINE,
  CANCEL_ORDER,
  CONFIRM_STRONG,
  CONFIRM_WEAK,
  DELIVERY_QUESTION,
  GREETING,
  HOLD,
  LET_GO,
  LET_MISSING_GO,
  LINE_NUMBER,
  OPTION_PICK,
  ATTRIBUTE_END_PICK,
  EXTREME_PICK,
  FILLED_UP,
  FOR_NOW,
  PRICE_QUESTION,
  REORDER,
  REORDER_FILLER,
  SECOND_CHOICE,
  SET_QUANTITY,
  SHOW_ORDER,
  SIZE_END_NOUN,
  STOCK_QUESTION,
  TAKE_ALL,
  THANKS,
  THIS_ONE,
  TIME_WISH,
  REST_FROM,
} from './order-phrases.js';

/**
 * Which draft lines an edit is about: words naming them (one part per product said: 三通和弯头), their number in the
 * summary (第一个), or all of them (两个都).
 */
export type LineTarget =
  /** `every`: the words said every line they name (电线都 / 水泥全部), not one of them. */
  | {
      kind: 'words';
      item: ItemText;
      parts?: ItemText[];
      every?: true;
      /** The words as said, before they were read into an item (100的, which the item may spell 100*50的). */
      said?: string;
    }
  | { kind: 'number'; number: number }
  | { kind: 'all' };

/**
 * What one part of a message asks for. A message is read once into a list of intents, in the order said; each is
 * then resolved against the catalog and the draft as it stands after the ones before it.
 */
export type Intent =
  /** A question about a placed order (订单2发货了吗): handed to the channel. */
  | { kind: 'order_question'; inquiry: OrderInquiry }
  /** The whole order is off (取消 / 都不要了). */
  | { kind: 'cancel_order' }
  /** 算了 / 不要了 on its own: lets go of what is being asked about, or of the order when nothing is. */
  | { kind: 'let_go' }
  /**
   * The customer's last confirmed order again (跟上次一样); with `item`, only what the item names of it (上次的辣椒再来
   * 50斤, 8806的3号色 再补2卷 要跟上次同一批次的), in the item's quantity when it says one.
   */
  | { kind: 'reorder'; item?: ItemText }
  /**
   * 第二个 / 2: an option of the last question by number, or 最大的 / 小的 by size (`end`), or a value named by its
   * number (`choice`: 一号 for 料号 1号, set at stage 2, where the candidates are known); `otherwise` is the message
   * read as anything else.
   */
  | { kind: 'option'; number?: number; end?: SizeEnd; choice?: Choice; otherwise: Intent[] }
  /** Names a product or specs, maybe with a quantity: a new line, or an answer to an open question. */
  | { kind: 'add'; item: ItemText }
  /**
   * A quantity that names nothing (改成20个 / 那就15捆 / 来50个): answers a question or sets a line. `unread` holds
   * words beside it the catalog does not know (紫的 2筒): then it is no edit of the line talked about.
   */
  | { kind: 'quantity'; quantity: QuantityToken; setsTotal: boolean; unread?: string }
  /**
   * 不对 是4平方的 / 蓝的改成黄绿双色 / 单开换成双控的: a line replaced by what `to` says (or its quantity set);
   * `portion` (其中4箱换成1000ml的) replaces only that much of the line, which keeps the rest.
   */
  | { kind: 'change'; target?: LineTarget; to: ItemText; portion?: QuantityToken }
  /** 弯头不要了 / 这个不要了 (no target: the line talked about, or a question which one). */
  | { kind: 'remove'; target?: LineTarget }
  /** 红的加5卷 / 少拿3卷 / 再加两卷黄绿的. */
  | { kind: 'adjust'; target?: LineTarget; quantity: QuantityToken; sign: 1 | -1 }
  /** 有多少拿多少: all there is of a short-stocked product. */
  | { kind: 'take_all' }
  /**
   * 不要屏蔽 / 不带POE的: what the customer does not want: the products asked about that have it are left out; a line
   * it names is removed.
   */
  | { kind: 'exclude'; item: ItemText };

export type { SizeEnd };

/** What chat a message holds; `talk` is small talk that names nothing (最近生意好不好, 今天忙不忙). */
export type ChatTopic = 'greeting' | 'thanks' | 'price' | 'delivery' | 'show_order' | 'stock' | 'talk';

/** A message read once: its intents and what it says about the whole conversation. */
export interface ParsedMessage {
  /** Normalised text. */
  text: string;
  /** Without spaces and punctuation: empty for a message that says nothing. */
  bare: string;
  intents: Intent[];
  /** 确认 / 下单 (strong) or 好的 / 可以 (weak). */
  confirm?: 'strong' | 'weak';
  /** 先别下单 / 等下: keep the draft open. */
  hold: boolean;
  /** 没有就算了: a refused item is let go. */
  letsMissingGo: boolean;
  chat: ChatTopic[];
}

/** The order itself said to be off: 这单先取消, 订单不要了, 单子作废. */
const ORDER_OFF =
  /(?:这单|这个单子?|这张单子?|订单|单子|整单)(?:先|就|还是|都|全|也)?(?:取消|作废|不要了|不下了|不做了|撤了)/;
/** 多少钱一箱 / 一箱多少钱 / 什么价一个 / 价多少一米: the unit a price is asked in, no quantity ordered. */
const PRICE_UNIT =
  /(多少钱|多少|什么价|啥价|几块钱?)\s*一\s*\p{Script=Han}(?![0-9])|(?<![来要拿搞整订买])一\s*\p{Script=Han}\s*(?=多少钱|什么价|啥价|几块钱)/gu;
/** 不要了 就这些: nothing more is wanted, the order stands. */
const ENOUGH = /就这些|就这么多|就这样|够了/;
/** The person called at a clause's start or end (不要了老板, 美女 算了): no part of what is said. */
const CALLING =
  /^(?:老板娘?|美女|帅哥|师傅|老哥|大哥|大姐|亲)|(?:老板娘?|美女|帅哥|师傅|老哥|大哥|大姐|亲)$/g;
const NOT_TEXT = /[\s,.:~～…!?'"()（）【】[\]]+/g;
const FILLER_BEFORE = /^(?:那就|那|就|把|先|也|都|算了|还是|老板|然后|再|要|给我|帮我)+/;
const FILLER_AFTER = /(?:也|都|先|就|了|的话|吧|啦|哈|再|还)+$/;
const CLAUSE_VERBS =
  /(?<remove>(?:也)?(?:(?<!要)不要了?|去掉|删掉|删了|删除|拿掉|别要了?|取消掉?|退掉)了?)|(?<change>改成|换成|改为|换为|改到|变成|换个|调成|调到|改要|加到|增加到|减到|减少到|换(?=[^\s成为个]))|(?<correction>(?:不对|哦不|不不|呃不|写错了?|搞错了?|弄错了?|说错了?|打错了?|发错了?|看错了?|错了)(?:了|啊|呀)?[,\s]*(?:应该是|应该要|是要|是|要)?)|(?<adjust>再多拿|再多来|再加|再来|再要|再拿|多拿|多来|多要|加上|追加|另加|再多|加|少拿|少来|少要|减去|减掉|减少|减|(?<!多)少|(?<![不差很太好许\d十百千万几])多(?=\s*[\d两二三四五六七八九十一]))/g;

/** 不对， / 写错了， : a correction word closed by a comma, the words meant after it. */
const CORRECTION_THEN_COMMA =
  /((?:不对|哦不|不不|呃不|写错了?|搞错了?|弄错了?|说错了?|打错了?|发错了?|看错了?|错了)(?:了|啊|呀)?)\s*[,;、]+/g;

/**
 * Stage 1 of a turn: reads a normalised message into intents, in the order said, and the message-wide signals
 * (confirm, hold, chit-chat). Reads the catalog (to find product words and quantities) but not the draft.
 */
export function parseMessage(matcher: Matcher, said: string): ParsedMessage {
  // (一级 to roses graded A级 / B级: the rank written the catalog's way before anything is read)
  const text = inCatalogGrades(matcher.index, said);
  const bare = text.replace(NOT_TEXT, '');
  const base = {
    text,
    bare,
    hold: HOLD.test(text) || (FOR_NOW.test(text) && !CONFIRM_STRONG.test(text)),
    letsMissingGo: new RegExp(LET_MISSING_GO.source).test(text),
    chat: chatTopics(text, bare),
    ...confirmOf(text, bare),
  };
  const inquiry = readOrderInquiry(text);
  if (inquiry) return { ...base, intents: [{ kind: 'order_question', inquiry }] };
  const pick = OPTION_PICK.exec(bare);
  if (pick) {
    const number = /\d/.test(pick[1]!) ? Number(pick[1]) : (parseChineseNumber(pick[1]!) ?? 0);
    return { ...base, intents: [{ kind: 'option', number, otherwise: readIntents(matcher, text) }] };
  }
  const extreme = EXTREME_PICK.exec(bare);
  if (extreme) {
    const end = sizeEndOf(extreme[1], extreme[2]!, extreme[3], extreme[4]);
    return { ...base, intents: [{ kind: 'option', end, otherwise: readIntents(matcher, text) }] };
  }
  const attributeEnd = attributeEndOf(matcher, bare);
  if (attributeEnd)
    return {
      ...base,
      intents: [{ kind: 'option', end: attributeEnd, otherwise: readIntents(matcher, text) }],
    };
  // 发德邦 好的就这样: the way the goods go, said while confirming, is no product to look for
  const read = withoutShippingRemarks(matcher, text, base.confirm !== undefined);
  const intents = readIntents(matcher, writeImpliedOne(matcher, read.replace(PRICE_UNIT, '$1 ')));
  // 老板在不在 今天忙不忙: a message of small talk alone is answered as such
  const talk = !intents.length && !base.chat.length && withoutChatClauses(matcher, text) !== text;
  return { ...base, intents, ...(talk && { chat: ['talk'] }) };
}

/** 剩下的换成奇美757补上: the verb of filling up says nothing more than 换成 does. */
function fillingUpRead(text: string): string {
  return text.includes('换成') ? text.replace(FILLED_UP, ' ') : text;
}

const PACK_NOUN = new RegExp(`^${SIZE_END_NOUN}$`);

/** 大容量的 / 密度高的那个 / 宽的那个: a size end said of one attribute of the catalog (or 宽 / 窄 of a width). */
function attributeEndOf(matcher: Matcher, bare: string): SizeEnd | undefined {
  const m = ATTRIBUTE_END_PICK.exec(bare);
  if (!m) return undefined;
  if (m[7]) return sizeEndOf(m[1], m[7], m[8], undefined);
  const [word, named, degree] = m[2] ? [m[2], m[3]!, m[1]] : [m[6]!, m[4]!, m[5] ?? m[1]];
  // (one character is a name only when it is no counter or pack noun: 3个厚的 is 3mm thick, not 个 of 个数)
  if (named.length === 1 && PACK_NOUN.test(named)) return undefined;
  const index = matcher.index;
  const isName =
    index.attributeWords.includes(named) ||
    index.attributeOrder.some((a) => normalizeTerm(a).includes(named));
  return isName ? sizeEndOf(degree, word, m[8], undefined, named) : undefined;
}

function confirmOf(text: string, bare: string): { confirm?: 'strong' | 'weak' } {
  if (CONFIRM_STRONG.test(text)) return { confirm: 'strong' };
  if (CONFIRM_WEAK.test(bare.replace(/谢谢|老板|啦|了$/g, ''))) return { confirm: 'weak' };
  return {};
}

function chatTopics(text: string, bare: string): ChatTopic[] {
  const topics: ChatTopic[] = [];
  if (GREETING.test(text)) topics.push('greeting');
  if (THANKS.test(text)) topics.push('thanks');
  if (PRICE_QUESTION.test(text)) topics.push('price');
  if (DELIVERY_QUESTION.test(text)) topics.push('delivery');
  if (SHOW_ORDER.test(text) || /^我的订单$/.test(bare)) topics.push('show_order');
  if (STOCK_QUESTION.test(text)) topics.push('stock');
  return topics;
}

function readIntents(matcher: Matcher, text: string): Intent[] {
  const intents: Intent[] = [];
  // 上次的风扇再来 台扇照旧: beside a reorder said elsewhere, 照旧 / 不变 after a line's words keeps that line (it is
  // no second reorder phrase, and its words are never what another line is changed into)
  const kept = text.replace(UNCHANGED, ' ');
  const said = kept !== text && new RegExp(REORDER.source).test(kept) ? kept : text;
  let rest = said;
  const reorderSaid = new RegExp(REORDER.source).test(said);
  const scoped = reorderSaid && reorderOfItem(matcher, said);
  if (reorderSaid && !scoped) {
    intents.push({ kind: 'reorder' });
    rest = rest.replace(REORDER, ' ').replace(REORDER_FILLER, ' ');
  }
  // (8806的3号色 再补2卷 要跟上次同一批次的: the words that go on from the phrase say the wish, not an item)
  if (scoped === 'after') rest = rest.replace(REORDER_WISH, ' ');
  if (scoped) rest = rest.replace(REORDER, ' ').replace(REORDER_FILLER, ' ');
  // 红的不变 / 其他照旧: a line said to stay as it is asks for nothing
  rest = quantityNamedFirst(matcher, rest.replace(UNCHANGED, ' '));
  rest = notThisButThat(
    matcher,
    fillingUpRead(withoutTimes(matcher, rest).replace(REST_FROM, '$1的换成')),
  ).replace(MEASURE_THEN_COUNT, '$1的 ');
  const bareRest = rest.replace(LET_MISSING_GO, ' ').replace(NOT_TEXT, '');
  // (安慕希原味临期的还有多少 全要了: said after an item, it is read after it — all there is of that item)
  const takeAll = TAKE_ALL.exec(bareRest);
  const takeAllLast = takeAll !== null && takeAll.index > 0;
  if (takeAll) {
    if (!takeAllLast) intents.push({ kind: 'take_all' });
    // (那小的有多少拿多少 剩下的换中号的: read where it is said, after the words it follows, before what comes next)
    if (takeAllLast) rest = rest.replace(TAKE_ALL_ENDING, TAKE_ALL_HERE);
    rest = rest.replace(new RegExp(TAKE_ALL.source, 'g'), ' ');
  }
  if (LET_GO.test(bareRest)) return [...intents, { kind: 'let_go' }];
  rest = withoutUnsaidAmounts(matcher.index, rest)
    .replace(LONE_NUMBER_THEN_MORE, '$1\n')
    .replace(SOME_THEN_AMOUNT, '改成');
  const clauses: Intent[] = [];
  const exclusions: Intent[] = [];
  let plain: string[] = [];
  const flush = () => {
    clauses.push(...addIntents(matcher, plain.join('\n')));
    plain = [];
  };
  // (写错了，是黄香5捆: a correction closed by a comma corrects with what follows the comma)
  rest = rest.replace(CORRECTION_THEN_COMMA, '$1 ');
  const chunks = apartAtIfNotSold(rest)
    .split(TAKE_ALL_HERE)
    .flatMap((part, at) => [...(at ? [TAKE_ALL_HERE] : []), ...part.split(/[\n,;、]+/)]);
  for (const chunk of chunks) {
    if (chunk === TAKE_ALL_HERE) {
      flush();
      clauses.push({ kind: 'take_all' });
      continue;
    }
    // 马桶没有就不要了 灯管照拿: what is let go is not ordered; what has a quantity beside it is
    const letsGo = new RegExp(LET_MISSING_GO.source).test(chunk);
    // 没有的话荞麦枕来20个: the items of this part are the alternative to the one before
    const alternative = opensIfNotSold(chunk) && clauses.length + plain.length > 0;
    if (alternative) flush();
    const from = clauses.length;
    const said = exclusionsOf(matcher, chunk);
    exclusions.push(...said.exclusions);
    // (没有变频器那 单相电机来1台: what is lacked, said back, is no part of what comes after it)
    const cleaned = withoutNoneSaidBack(said.rest)
      .replace(LET_MISSING_GO, ' ')
      .trim()
      .replace(SECOND_CHOICE, ' ')
      .trim();
    for (const piece of readClauses(matcher, cleaned)) {
      if (typeof piece !== 'string') {
        flush();
        clauses.push(piece);
      } else if (letsGo) {
        flush();
        clauses.push(...addIntents(matcher, piece).filter((i) => i.kind !== 'add' || i.item.quantity));
      } else plain.push(piece);
    }
    if (!alternative) continue;
    flush();
    for (let k = from; k < clauses.length; k++) {
      const clause = clauses[k]!;
      if (clause.kind === 'add') clauses[k] = { ...clause, item: { ...clause.item, ifNotSold: true } };
    }
  }
  flush();
  if (CANCEL_ORDER.test(text) && !clauses.some(namesAProduct)) {
    return [...intents.filter((i) => i.kind === 'reorder'), { kind: 'cancel_order' }];
  }
  const whole = lettingWholeGo(text, clauses);
  if (whole) return [...intents.filter((i) => i.kind === 'reorder'), { kind: whole }];
  // 上次的辣椒再来50斤: the first item naming a product is the part of the last order meant
  if (scoped) {
    const at = clauses.findIndex((i) => i.kind === 'add' && hasContent(i.item.analysis));
    const first = clauses[at];
    const narrowed =
      first?.kind === 'add' ? reorderNarrowed(matcher, rest, first.item, clauses[at + 1]) : undefined;
    if (narrowed) clauses.splice(at, 2, { kind: 'reorder', item: narrowed });
    else if (first?.kind === 'add') clauses[at] = { kind: 'reorder', item: first.item };
    else intents.unshift({ kind: 'reorder' });
  }
  // what is not wanted is read after what is (秋叶原的 不要屏蔽: the answer first, then the exclusion)
  // (said with a space inside, 有多少 拿多少: read after all)
  const takenLast = takeAllLast && !rest.includes(TAKE_ALL_HERE);
  return [...intents, ...clauses, ...exclusions, ...(takenLast ? [{ kind: 'take_all' } as const] : [])];
}

/**
 * 上次的奶粉 1段的再拿一箱: a reorder of an item said with no amount, then values alone (no product word) ordered
 * again with an amount (再拿 / 再来 / 再要, or the amount alone), is the one item the values narrow it to, in that
 * amount — never the whole item again and more of one line. (台扇再加2台 names a product: an adjust of its line.)
 */
function reorderNarrowed(
  matcher: Matcher,
  text: string,
  item: ItemText,
  next: Intent | undefined,
): ItemText | undefined {
  if (item.quantity || !next) return undefined;
  const target =
    next.kind === 'adjust' && next.sign === 1 && next.target?.kind === 'words' && next.target.item;
  const said =
    target && AGAIN.some((verb) => text.includes(`${target.text}${verb}`))
      ? { words: target, quantity: next.kind === 'adjust' ? next.quantity : undefined }
      : next.kind === 'add' && next.item.quantity
        ? { words: next.item, quantity: next.item.quantity }
        : undefined;
  const mentions = said?.words.analysis.mentions ?? [];
  if (!said || !mentions.length || !mentions.every((m) => isValueWord(matcher, m))) return undefined;
  const merged = `${item.text} ${said.words.text}`;
  return { text: merged, analysis: matcher.analyze(merged), quantity: said.quantity, also: false };
}

/**
 * 那就20 再补10箱草莓的: a number said alone to open a message, then 再 and more, is an amount of its own (the
 * answer to how many of what is asked), never a value of what follows.
 */
const LONE_NUMBER_THEN_MORE = /^(\s*(?:那就|就|那|来|要|拿)?\s*\d+)\s+(?=再)/;

/**
 * 卷纸少要点 10提就行: less of a line, then the amount it comes to — a change into it. (多要点 N is left as said: it
 * may be N more as well as N in all.)
 */
const SOME_THEN_AMOUNT = /少(?:要|拿|来|订)?一?点儿?[,\s]*(?=[\d两二三四五六七八九十])/g;

/** Where a take-all phrase said after words of its own stood (the intents are read in the order said). */
const TAKE_ALL_HERE = '\u0001';

/** A take-all phrase that ends its clause (小的有多少拿多少 剩下的…), never 都要 of 都要50的. */
const TAKE_ALL_ENDING = new RegExp(`(?:${TAKE_ALL.source})(?=$|[\\s,，;；。!！])`);

/** The verbs of ordering a thing again. */
const AGAIN = ['再拿', '再来', '再要', '再订'];

/** A spec value, or a word that is a spec value of every product it names (1段 in 金领冠奶粉 1段). */
function isValueWord(matcher: Matcher, m: Mention): boolean {
  if (m.kind === 'spec') return true;
  if (m.kind !== 'head' || !m.ids.length) return false;
  return m.ids.every((id) =>
    Object.values(matcher.index.products[id]!.specs).some((v) => normalizeTerm(v) === m.text),
  );
}

/**
 * Whether a reorder phrase is said of one item rather than of the whole order: glued to a product word after it
 * (上次的辣椒再来50斤), or after an item given with its own amount (8806的3号色 再补2卷 要跟上次同一批次的) — unless it
 * says the rest of the order (水泥10包 其他跟上次一样).
 */
function reorderOfItem(matcher: Matcher, text: string): 'glued' | 'after' | undefined {
  const said = new RegExp(REORDER.source).exec(text);
  if (!said) return undefined;
  const end = said.index + said[0].length;
  const after = /^[^\s\d,，。]+/.exec(text.slice(end))?.[0];
  if (after && namesCatalogWord(matcher.analyze(after))) return 'glued';
  const before = text.slice(0, said.index);
  if (!before.trim() || REST_OF_ORDER.test(before)) return undefined;
  const a = matcher.analyze(before);
  return a.quantities.length > 0 && namesCatalogWord(a) ? 'after' : undefined;
}

/** A word of the catalog is said (a product word, brand or value; not a bare number, not a word it lacks). */
function namesCatalogWord(a: Analysis): boolean {
  return a.mentions.some((m) => m.kind !== 'spec' || !m.bare);
}

/** A reorder phrase with the words that go on from it to the next space (跟上次同一批次的). */
const REORDER_WISH = new RegExp(`(?:${REORDER.source})[^\\s,，。]*`, 'g');

/** 其他 / 其余 / 剩下的 right before a reorder phrase: the rest of the order is as last time. */
const REST_OF_ORDER = /(?:其他|其它|其余|别的|剩下的?|另外的?)(?:都|就|的)?(?:要|是)?\s*$/;

/** 五斤的是六堡 / 那3箱是要白色的: an amount said first, then what it is (never 1.5米的要蓝色: a value's answer). */
const AMOUNT_IS = /^\s*(?:那|那个|还有)?\s*([0-9.]+\s*[^\s0-9.的是要]{1,2}?)的?(?:是要|是)(?=\S)/;

/**
 * 五斤的是六堡 一级 (to "五斤是要哪个商品？"): an amount with its unit said first and then what it is, read as that item
 * with the amount (六堡 一级 5斤); the text as it was when the words before 是 are no quantity with a unit alone.
 */
function quantityNamedFirst(matcher: Matcher, text: string): string {
  // (no 是 in the message nor in the catalog: none in its reading either, and the whole message is not analysed for
  // the one pattern; its pieces are, later)
  if (!text.includes('是') && !matcher.index.chars.has('是')) return text;
  const normalised = matcher.analyze(text).text;
  const said = AMOUNT_IS.exec(normalised);
  if (!said) return text;
  const amount = matcher.analyze(said[1]!.trim());
  if (amount.mentions.length || amount.quantities.length !== 1 || !amount.quantities[0]!.unit) return text;
  return `${normalised.slice(said[0].length)} ${said[1]!.trim()}`;
}

/** 不要屏蔽 / 不带POE的交换机 / 不用加厚的: a negated word after a space or at the start, never 不要了 / 不要灯泡了. */
const NOT_WANTED = /(?<=^|[\s的])(?:不要|不带|不含|别要|不需要|不用)(?![了的])([^\s了的]+)(?:的|(?=\s)|$)/g;

/**
 * The words a chunk says are not wanted, each read as an exclusion when the catalog knows every word of it (no
 * quantity, nothing unknown), and the chunk without them.
 */
function exclusionsOf(matcher: Matcher, chunk: string): { exclusions: Intent[]; rest: string } {
  if (!/不要|不带|不含|别要|不需要|不用/.test(chunk)) return { exclusions: [], rest: chunk };
  const exclusions: Intent[] = [];
  const rest = chunk.replace(NOT_WANTED, (whole: string, words: string) => {
    const analysis = matcher.analyze(words);
    if (!analysis.mentions.length || analysis.unknown.length || analysis.quantities.length) return whole;
    exclusions.push({ kind: 'exclude', item: { text: words, analysis, also: false } });
    return ' ';
  });
  return { exclusions, rest };
}

/**
 * 明早6点前送到 / 今天不要了: a time or delivery wish is no item and no quantity; it goes, unless a catalog word
 * starts where it does.
 */
function withoutTimes(matcher: Matcher, text: string): string {
  return text.replace(TIME_WISH, (said, at: number) =>
    (termAt(matcher.index, text, at)?.length ?? 0) > 1 ? said : ' ',
  );
}

/**
 * 算了 工地暂停了 先不要了 / 算了 先不要了 下次再说 / 算了 甲方改用挤塑板了 这单先取消: a letting go or a cancel said
 * with its reason. The reason's words name nothing the shop sells, or the message says the order itself is off
 * (这单 / 订单 / 单子), and no quantity is said: the whole order goes (`let_go`: the line asked about, when a question
 * is open). A letting go beside a line named (算了 水泥不要了) is that line's removal, read as such.
 */
function lettingWholeGo(text: string, clauses: Intent[]): 'cancel_order' | 'let_go' | undefined {
  const saysQuantity = clauses.some(
    (i) =>
      (i.kind === 'add' && i.item.quantity) ||
      i.kind === 'quantity' ||
      i.kind === 'adjust' ||
      (i.kind === 'change' && i.to.quantity),
  );
  if (saysQuantity || ENOUGH.test(text)) return undefined;
  if (ORDER_OFF.test(text)) return 'cancel_order';
  const cancels = CANCEL_ORDER.test(text);
  const lets = text
    .split(/[\s,，。.;；!！~～]+/)
    .some((clause) => clause && LET_GO.test(clause.replace(CALLING, '')));
  if (!cancels && !lets) return undefined;
  // the reason's words are unknown to the catalog (工地暂停, 店里还有): no item; anything else (a line named, a
  // change, a pick) is read as itself
  const onlyReasons = clauses.every(
    (i) => (i.kind === 'add' && !i.item.analysis.mentions.length) || (i.kind === 'remove' && !i.target),
  );
  if (!onlyReasons) return undefined;
  return cancels ? 'cancel_order' : 'let_go';
}

function namesAProduct(intent: Intent): boolean {
  if (intent.kind === 'add') return hasContent(intent.item.analysis);
  if (intent.kind === 'remove' || intent.kind === 'adjust' || intent.kind === 'change')
    return intent.target?.kind === 'words' && hasContent(intent.target.item.analysis);
  return false;
}

interface VerbHit {
  kind: 'remove' | 'change' | 'correction' | 'adjust';
  start: number;
  end: number;
}

/** The edit verbs of a chunk that are not inside a catalog word, in order. */
function verbsOf(matcher: Matcher, text: string): VerbHit[] {
  const a = matcher.analyze(text);
  const inWord = (at: number) =>
    a.quantities.some((q) => q.start <= at && at < q.end) ||
    a.mentions.some((m) => m.kind !== 'spec' && m.start <= at && at < m.start + m.text.length) ||
    a.mentions.some((m) => m.kind === 'spec' && !m.bare && m.start < at && at < m.start + m.text.length);
  const hits: VerbHit[] = [];
  const sticky = new RegExp(CLAUSE_VERBS.source, 'y');
  for (let at = 0; at < text.length; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m || inWord(at)) continue;
    const kind = (Object.keys(m.groups!) as VerbHit['kind'][]).find((k) => m.groups![k] !== undefined)!;
    const end = at + m[0].length;
    if (kind === 'adjust' && !quantityAt(matcher, text, end)) continue;
    // 换亮光的 / 剩下的换300的: 换 alone is a change only when what follows names something (never 换货, 能换吗)
    if (m[0] === '换' && !hasContent(matcher.analyze(text.slice(end).split(/\s/)[0]!))) continue;
    if (kind === 'correction' && !/^[\u4e00-\u9fff]{0,3}$/.test(text.slice(lastBoundary(text, at), at)))
      continue;
    hits.push({ kind, start: at, end });
    at = end - 1;
  }
  return hits;
}

/** The words of `text` before the amount `raw`, without the verb or 的 that ends them (大的要 → 大的). */
function wordsBeforeAmount(text: string, raw: string): string {
  const at = text.indexOf(raw);
  if (at <= 0) return '';
  return text
    .slice(0, at)
    .trim()
    .replace(/(?:也要|要|是|改成|换成|拿|来)$/, '')
    .trim();
}

function lastBoundary(text: string, at: number): number {
  const i = text.lastIndexOf(' ', at - 1);
  return i < 0 ? 0 : i + 1;
}

function quantityAt(matcher: Matcher, text: string, at: number): QuantityToken | undefined {
  const from = text.slice(at).replace(/^\s+/, '');
  const shift = text.length - at - from.length;
  const q = matcher.analyze(from).quantities.find((x) => x.start === 0);
  return q && { ...q, start: q.start + at + shift, end: q.end + at + shift };
}

/**
 * Reads one chunk (between separators) into edit intents at its verbs, and plain text between them (returned as
 * strings, read into items later so that items can lean on each other across separators). A verb's target is
 * the words right before it (after the last space), or after it (不要灯泡了); what follows 改成 runs to the next
 * verb's target.
 */
function readClauses(matcher: Matcher, chunk: string): (Intent | string)[] {
  if (!chunk) return [];
  // most chunks have no edit verb: they are read once, as items, later
  if (!new RegExp(CLAUSE_VERBS.source).test(chunk)) return [chunk];
  const text = matcher.analyze(chunk).text;
  const verbs = verbsOf(matcher, text);
  const out: (Intent | string)[] = [];
  let cursor = 0;
  const plain = (from: number, to: number) => {
    if (text.slice(from, to).trim()) out.push(text.slice(from, to));
  };
  const targetStart = (v: VerbHit, floor: number) => Math.max(floor, lastBoundary(text, v.start));
  for (let k = 0; k < verbs.length; k++) {
    const v = verbs[k]!;
    if (v.start < cursor) continue;
    const next = verbs.slice(k + 1).find((x) => x.start >= v.end);
    const contentEnd = next ? targetStart(next, v.end) : text.length;
    const from = targetStart(v, cursor);
    const before = text.slice(from, v.start);
    if (v.kind === 'remove') {
      const after = text.slice(v.end, next?.start ?? text.length);
      // 不要灯泡了: the target follows the verb and ends at 了
      const trailing = /^([^\s了]+)了/.exec(after);
      if (!before.trim() && trailing && !/了$/.test(text.slice(v.start, v.end))) {
        plain(cursor, from);
        out.push({ kind: 'remove', ...targetOf(matcher, trailing[1]!) });
        cursor = v.end + trailing[0].length;
      } else {
        plain(cursor, from);
        out.push({
          kind: 'remove',
          ...withSaidWords(targetOf(matcher, before), chunk, text.slice(v.start, v.end)),
        });
        cursor = v.end;
      }
    } else if (v.kind === 'change' || v.kind === 'correction') {
      plain(cursor, from);
      const items = splitItems(matcher, text.slice(v.end, contentEnd).trim());
      const part = v.kind === 'change' && items[0] ? portionOf(matcher, before) : undefined;
      // 不对 大的要40条: a correction whose item is an amount alone, with words said before the amount, is `大的改成40条`
      // — those words name the line
      const named =
        v.kind === 'correction' &&
        !before.trim() &&
        items.length === 1 &&
        !items[0]!.text &&
        items[0]!.quantity
          ? wordsBeforeAmount(text.slice(v.end, contentEnd), items[0]!.quantity.raw)
          : '';
      const words = part ? part.words : named || before;
      const target = words.trim() ? targetOf(matcher, words) : {};
      if (items.length)
        out.push({ kind: 'change', ...target, to: items[0]!, ...(part && { portion: part.quantity }) });
      for (const extra of items.slice(1)) out.push({ kind: 'add', item: extra });
      cursor = contentEnd;
    } else {
      const quantity = quantityAt(matcher, text, v.end)!;
      const sign = /^(?:少|减)/.test(text.slice(v.start, v.end)) ? -1 : 1;
      // 再来6个蹲坑 和6个盖板: a second quantity starts items of their own
      const second = matcher
        .analyze(text)
        .quantities.find((q) => q.start >= quantity.end && q.end <= contentEnd);
      const wordsEnd = second ? Math.max(quantity.end, lastBoundary(text, second.start)) : contentEnd;
      const words = `${before} ${text.slice(quantity.end, wordsEnd)}`.trim();
      plain(cursor, from);
      out.push({ kind: 'adjust', ...(words ? targetOf(matcher, words) : {}), quantity, sign });
      plain(wordsEnd, contentEnd);
      cursor = contentEnd;
    }
  }
  plain(cursor, text.length);
  return out;
}

/**
 * 1公斤10袋 / 500ml2箱: a weight, volume or length said right before a count in digits in a unit of pieces or packs
 * is the size of what is counted (1公斤的 10袋), never a quantity of its own (25公斤一袋的 says what a bag holds; in 1.8m 60支 30条 the 60支 is a spec too).
 */
const COUNT_UNIT = '(?:袋|箱|桶|瓶|包|盒|件|个|支|根|卷|张|块|条|套|把|只|罐|听|提|扎|捆)';
const MEASURE_THEN_COUNT = new RegExp(
  `(?<![\\d.*×xX/-])(\\d+(?:\\.\\d+)?\\s*(?:公斤|千克|kg|克|g|毫升|ml|升|l|米|m|cm|mm|公分|厘米|寸))` +
    `(?=\\s*\\d+\\s*${COUNT_UNIT}(?!的|\\s*\\d+\\s*${COUNT_UNIT}))`,
  'giu',
);

/** 不是5升的 是4升的 / 不对 不是红的 要白的: what was said, then what is meant instead. */
const NOT_THIS_BUT_THAT =
  /(?:(?:不对|错了)[,\s]*)?(?<!是)不是(?:要)?\s*([^\s,。]+?)的?[,\s]*(?:而是|应该是|是要|是|要|换成|改成)\s*(?=\S)/g;

/**
 * 不是5升的 是4升的 is 5升的改成4升的: a correction of the line the first words name (they keep the line's other
 * values and its quantity), when those words name something the catalog knows; 不是2箱 是3箱 is 改成3箱; other 不是
 * (不是很急) stay as said.
 */
function notThisButThat(matcher: Matcher, text: string): string {
  return text.replace(NOT_THIS_BUT_THAT, (all, said: string) => {
    const a = matcher.analyze(said);
    // 不是2箱 是3箱: the amount of the line talked about
    if (!a.mentions.length && a.quantities.length === 1 && a.quantities[0]!.unit) return ' 改成';
    return a.mentions.length || scanSpecs(said).some((x) => !x.bare) ? ` ${said}的改成` : all;
  });
}

const PORTION_WORDS = /其中的?|里面的?|当中的?|中间的?|里头的?|拿出|^有|^把/g;

/**
 * 其中4箱 / 里面拿出4箱 / 电线10卷 before 换成: the one quantity said of the line changed, and the words left to name
 * the line; undefined when the words hold no quantity with a unit, or more than one.
 */
function portionOf(matcher: Matcher, before: string): { quantity: QuantityToken; words: string } | undefined {
  const a = matcher.analyze(before);
  if (a.quantities.length !== 1 || !a.quantities[0]!.unit) return undefined;
  const q = a.quantities[0]!;
  // 第二个改成45的: a line by its number
  if (a.text[q.start - 1] === '第') return undefined;
  const words = `${a.text.slice(0, q.start)} ${a.text.slice(q.end)}`.replace(PORTION_WORDS, ' ').trim();
  return { quantity: q, words };
}

/**
 * 100的不要了: the target's words as the customer wrote them before `verb` (said once in `chunk`), where reading them
 * spelt them otherwise (100*50的, the one size a lone 100 is read as).
 */
function withSaidWords(read: { target?: LineTarget }, chunk: string, verb: string): { target?: LineTarget } {
  const at = chunk.indexOf(verb);
  if (read.target?.kind !== 'words' || at < 0 || chunk.indexOf(verb, at + 1) >= 0) return read;
  const said = chunk.slice(lastBoundary(chunk, at), at).trim();
  return said && said !== read.target.item.text ? { target: { ...read.target, said } } : read;
}

function targetOf(matcher: Matcher, words: string): { target?: LineTarget } {
  const said = words.trim().replace(/\s+/g, '');
  if (said && ALL_OF.test(said) && /[两俩几三全所都]/.test(said)) return { target: { kind: 'all' } };
  // 各加一箱 / 每样再来一箱: every line
  if (EACH_LINE.test(said)) return { target: { kind: 'all' } };
  if (THIS_ONE.test(said.replace(/^(?:把|就|先|算了)+/, '').replace(FILLER_AFTER, ''))) return {};
  const cleaned = words.trim().replace(FILLER_BEFORE, '').replace(FILLER_AFTER, '').trim();
  const numbered = LINE_NUMBER.exec(cleaned);
  if (numbered) {
    const n = /\d/.test(numbered[1]!) ? Number(numbered[1]) : (parseChineseNumber(numbered[1]!) ?? 0);
    return { target: { kind: 'number', number: n } };
  }
  if (cleaned && ALL_OF.test(cleaned) && /[两俩几三全所都]/.test(`${cleaned}${words}`))
    return { target: { kind: 'all' } };
  if (THIS_ONE.test(cleaned) || ATTRIBUTE_WORDS.includes(cleaned)) return {};
  // 三通和弯头: one part per product named (never at the 和 of a catalog word: 调和漆, 中和剂)
  const parts = splitAtJoins(matcher, cleaned);
  if (parts.length > 1) {
    const items = parts.map((p) => splitItems(matcher, p)[0]).filter((x): x is ItemText => !!x);
    if (items.length === parts.length && items.every((x) => hasContent(x.analysis)))
      return { target: { kind: 'words', item: splitItems(matcher, cleaned)[0]!, parts: items } };
  }
  // 电线都 / 水泥全部: every line the words name
  const every = /^(.+?)(?:都|全都|全部|全)$/.exec(said.replace(FILLER_BEFORE, ''));
  if (every) {
    const named = splitItems(matcher, every[1]!.replace(FILLER_AFTER, ''))[0];
    if (named && hasContent(named.analysis)) return { target: { kind: 'words', item: named, every: true } };
  }
  // words the catalog does not know still point at a line by its characters (水再多拿10件)
  const item = splitItems(matcher, cleaned)[0] ?? {
    text: cleaned,
    analysis: matcher.analyze(cleaned),
    also: false,
  };
  return { target: { kind: 'words', item } };
}

/** The words around 和 / 跟 / 与 / 及 / 、, where the joining character is no part of a catalog word. */
function splitAtJoins(matcher: Matcher, words: string): string[] {
  if (!/[和跟与及、]/.test(words)) return [words];
  const a = matcher.analyze(words);
  const parts: string[] = [];
  let from = 0;
  for (let at = 0; at < a.text.length; at++) {
    if (!/[和跟与及、]/.test(a.text[at]!)) continue;
    if (a.mentions.some((m) => m.start <= at && at < m.start + m.text.length)) continue;
    parts.push(a.text.slice(from, at));
    from = at + 1;
  }
  parts.push(a.text.slice(from));
  return parts.filter(Boolean);
}

/**
 * 长度 4.5米 / 重量5公斤: an attribute's name before an amount in a unit that is also a measure is that attribute's
 * value, no quantity: the item as a spec (长度 4.5米的). Undefined for any other words, or an amount in no measure.
 */
function measureOfAttribute(matcher: Matcher, text: string, q: QuantityToken): ItemText | undefined {
  const words = text.replace(q.raw, ' ').replace(/[的是要为\s:]/g, '');
  if (!words || !matcher.index.attributeWords.includes(words)) return undefined;
  if (!scanSpecs(normalizeTerm(q.raw)).some((x) => !x.bare)) return undefined;
  const spec = `${words} ${q.raw}的`;
  return { text: spec, analysis: matcher.analyze(spec), also: false };
}

/** A plain stretch of a message: its items, and quantities that name nothing. */
function addIntents(matcher: Matcher, said: string): Intent[] {
  // 最近生意好不好 帮我拿两支紫熨斗: a clause of chat names nothing, and its neighbour's quantity is not its own
  const text = withoutChatClauses(matcher, said);
  if (!text.trim()) return [];
  const setsTotal = SET_QUANTITY.test(text);
  const hanOf = (said: string) =>
    [...said].filter((ch) => /\p{Script=Han}/u.test(ch) && !STOP_CHARS.has(ch)).join('');
  let readTo = 0;
  return splitItems(matcher, text).map((item): Intent => {
    const q = item.quantity;
    const from = readTo;
    if (q && text.slice(q.start, q.end) === q.raw) readTo = q.end;
    if (hasContent(item.analysis) || !q) return { kind: 'add', item };
    const measure = measureOfAttribute(matcher, `${text.slice(from, q.start)} ${item.text}`, q);
    if (measure) return { kind: 'add', item: measure };
    // 普通的2盒: words the item lost as chat, between the quantity before and this one, are still unread words
    const between = text.slice(q.start, q.end) === q.raw ? hanOf(text.slice(from, q.start)) : '';
    const unread = hanOf(item.text.replace(q.raw, '')) || between;
    return { kind: 'quantity', quantity: q, setsTotal, ...(unread && { unread }) };
  });
}
