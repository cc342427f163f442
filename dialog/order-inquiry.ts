/**
 * Questions about orders already placed (我的订单到哪了, 订单2发货了吗, 把订单2取消掉, 上次那单多少钱). The engine
 * knows no placed orders: it recognises such a question and hands it out as an `order_question` event, for the
 * channel to answer from the order records. Pure.
 */

/** What a question about a placed order asks. */
export type OrderInquiryTopic =
  /** Where it is, how it stands (到哪了, 怎么样了). */
  | 'status'
  /** Whether or when it ships or arrives (发货了吗, 什么时候到). */
  | 'shipping'
  /** What it costs, what is owed or whether a payment arrived (多少钱, 欠多少, 钱转过去了 收到没). */
  | 'amount'
  /** The customer wants it cancelled (把订单2取消掉): the channel confirms before it cancels. */
  | 'cancel'
  /** What was in it (订了什么). */
  | 'contents';

/** Which placed order a question is about. */
export type OrderReference =
  /** The number the customer wrote (订单2, 2号订单, 第2单), as written: the human order number. */
  | { kind: 'number'; number: string }
  /** Their latest order (上次那单, 刚才那单). */
  | { kind: 'latest' }
  /** Not said (我的订单到哪了): the channel answers for the customer's open orders. */
  | { kind: 'unspecified' };

/** A customer's question about a placed order, as the engine hands it to the channel. */
export interface OrderInquiry {
  topic: OrderInquiryTopic;
  order: OrderReference;
  /** The message, normalised. */
  text: string;
}

/** An order number is not a quantity: no unit or spec letter follows it (订单 50袋水泥 is an order text). */
const NOT_A_QUANTITY = String.raw`(?![0-9.]|[袋包箱个件卷捆盘根米吨只盒桶片块套支瓶罐听条把张台双打斤平方a-z])`;
const NUMBERED = new RegExp(
  String.raw`订单(?:号)?(?:是|为|[#＃:])?([0-9]{1,12})${NOT_A_QUANTITY}|([0-9]{1,12})号?(?:订单|单子)|第([0-9]{1,6})单`,
);
const LATEST =
  /(?:上次|上回|上一次|上一单|刚才|刚刚|昨天|前天|之前|早上|上午|下午)(?:的|那|那个|下的)?(?:一)?(?:单|订单|单子)/;
const ANY_ORDER = /订单|单子|我的单|我下的单|那单/;
/** The goods of the last order (上次的货, 昨天那批货): named so only with a topic asked about them (上次的货什么时候到). */
const LATEST_GOODS =
  /(?:上次|上回|上一次|刚才|刚刚|昨天|前天|之前)(?:的|那|那个|那批|下的|订的|买的|要的)?(?:一)?(?:批)?货/;
/** What the last order held, named by the verb it was ordered with (上次订的那两台泵, 昨天买的水泥): with a topic only. */
const LATEST_ORDERED = /(?:上次|上回|上一次|刚才|刚刚|昨天|前天|之前|上周|上个月)(?:订|买|要|下|拿)的/;
/** A payment the customer says they made (钱转过去了, 货款打了, 转账了 收到没): about their orders, named or not. */
const PAID =
  /(?:钱|货款|尾款|余款|定金)(?:我|已经|都|也|刚)*(?:转|付|汇|打)(?:了|过|给)|(?:转|付|汇|打)(?:了|过)(?:钱|货款|尾款|余款|定金)|转账|到账/;
const TOPICS: [OrderInquiryTopic, RegExp][] = [
  ['cancel', /取消|撤销|撤单|作废|退掉|退单|不要了/],
  // the invoice of an order (开票了吗, 发票开了没, 票能开吗) is about what it is billed at: answered with the amount
  ['amount', /开票|发票|票(?:能|可以|开|给)/],
  [
    'shipping',
    /发货|发了|发出|送货|送了|送到|到货|到了|到没到|没到|物流|快递|(?:几时|什么时候|啥时候|多久)(?:能|可以)?(?:到|发|送)|送过来了/,
  ],
  ['amount', /多少钱|金额|一共|总共|总价|欠|付款|付了|付过|付清|结账|结了|对账|多少/],
  // a payment the customer made for it (钱转过去了 收到没): the channel answers with what is paid and owed
  ['amount', PAID],
  ['status', /到哪|进度|状态|怎么样|好了没|处理|审核|确认了没|确认没/],
  ['contents', /订了什么|买了什么|下了什么|有什么|明细|清单/],
];
/** A message that asks (吗 / 没 / 呢 / ？): said of the last order, a question about it even in words not listed. */
const ASKS = /[吗嘛呢？?]|了没|没有?$/;
/** Words that make a mention of the last order a reorder (上次那单再来一次), not a question about it. */
const REORDER_WORDS = /再来|再下|再要|一样|照旧|老样子|照着|按上次|跟上次|同上次|再订/;

/**
 * Reads a message as a question about a placed order, or returns undefined. Needs an order named (订单2, 上次那单,
 * 我的订单) and something asked about it; a reorder of the last order is not a question.
 */
export function readOrderInquiry(text: string): OrderInquiry | undefined {
  const compact = text.replace(/\s+/g, '');
  if (REORDER_WORDS.test(compact)) return undefined;
  const topic = TOPICS.find(([, re]) => re.test(compact))?.[0];
  // 上次那单开好了吗: a question about the last order that no topic word names asks how it stands
  if (!topic)
    return LATEST.test(compact) && ASKS.test(compact)
      ? { topic: 'status', order: { kind: 'latest' }, text }
      : undefined;
  const numbered = NUMBERED.exec(compact);
  if (numbered) {
    const number = numbered[1] ?? numbered[2] ?? numbered[3]!;
    return { topic, order: { kind: 'number', number }, text };
  }
  if (
    LATEST.test(compact) ||
    // 昨天订的电机到哪了 / 上次的货什么时候到: what the last order held, asked where it is or when it comes
    ((topic === 'shipping' || topic === 'status') &&
      (LATEST_GOODS.test(compact) || LATEST_ORDERED.test(compact)))
  )
    return { topic, order: { kind: 'latest' }, text };
  if (ANY_ORDER.test(compact) && topic !== 'cancel' && topic !== 'amount')
    return { topic, order: { kind: 'unspecified' }, text };
  if (PAID.test(compact)) return { topic: 'amount', order: { kind: 'unspecified' }, text };
  return undefined;
}
