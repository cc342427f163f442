/**
 * The phrases of ordering chat that are not catalog words: confirming, cancelling, holding off, reordering,
 * editing lines. Generic trade Chinese; nothing here names a product. Pure.
 */

/** Cancels the whole order when no product is named with it: 取消 / 都不要了 / 这单不要了. */
export const CANCEL_ORDER =
  /(?<!不)取消|作废|撤单|撤销|不买了|不订了|全部不要|全都不要|都不要了|这单不要|单子不要|整单不要|订单不要/;
/** Lets go of what is being talked about (the open question, or the order when nothing is open). */
export const LET_GO = /^(?:算了|不要了|不用了|不要啦|不下单了|先不要了|那算了|那就算了|还是算了)+$/;

/** Keeps the draft open: 先别下单 / 等下 / 晚点再说 / 我问下老板 (想问下 / 请问下 ask the shop itself: no hold). */
export const HOLD =
  /先别|别下单|确认一下|确认下(?!单)|再确认|等[^,\n]{0,8}?(?:确认|定|同意|回复|通知|答复|批)[^,\n]{0,3}?(?:了|后|再)|(?:确认|定)了?(?:之后|以后)?再(?:下|订|发|说)|不要下单|先不下单|先不要下单|想想|再看看|先等等|过两天|等等再|等下|等一下|等会|晚点|晚些|再说|考虑|先放着|放一下|先记|(?<![想请])问下|(?<![想请])问问|商量|明天再|回头再|稍等|先不确认|定了再|待定/;

/**
 * 先这样: that is all for now — a hold when nothing else is said, but `先这样 确认` confirms (read with
 * CONFIRM_STRONG: a wait said beside it, 先这样 晚点确认, still holds through HOLD).
 */
export const FOR_NOW = /先这样/;

/** Confirms the draft. Strong ones confirm even together with a quantity answer (100根也行 下单). */
export const CONFIRM_STRONG =
  /(?<![不别没未])确认|(?<![不别没未])下单|(?<![不别没未])确定(?:了|吧)?(?=$|[\s,，。.!！~])|可以发(?:了|货了?)?(?=$|[\s,，。.!！~吧])|就这么定了?(?=$|[\s,，。.!！~吧])|就这些|就这样吧?|就这么多|没问题|没毛病|(?:就)?(?:按|照)这个(?:来|办|发|下)|^(?:ok|okay)$|可以下|发货吧|发吧|送过来吧|安排吧|安排发货/;
/** 好 / 可以, alone or several together (嗯嗯 可以, 对对对 没错). */
export const CONFIRM_WEAK =
  /^(?:好的?|好了|可以|行|对|对的|是的|嗯+|恩|好嘞|没错|ok|okay|yes|可以的|就这样|好吧|要的|要|行吧|可以吧|中|成)+$/;

/** Takes everything in stock when stock is short (有多少拿多少, 有几支先拿几支, 有多少先发多少). */
export const TAKE_ALL =
  /有多少(?:就)?(?:先)?(?:拿|要|来|发)多少|有几([\u4e00-\u9fff]?)(?:就)?(?:先)?(?:拿|要|来|发)几\1|全要了?|都要了?|全部拿|全拿/;

/** A day or week in the past the customer ordered on (昨天, 上礼拜): history has no dates, so it is the latest order. */
const PAST_DAY = '(?:昨天|昨儿|前天|上礼拜|上个礼拜|上周|上星期|上个星期|上个月|上月)';

/**
 * Reorders the customer's last confirmed order: said with a word for "the same" (跟上次一样, 照旧, 跟昨天一样, 和前天的
 * 一样) or with the last order's goods as a whole (还是上次那些, 就按上回那批, 还是上礼拜那些). A past day needs the
 * word for "the same" or "those" after it: 昨天的电线 is one product, not the order.
 */
export const REORDER = new RegExp(
  [
    `(?:还是|还按|就按|就照|还照|还要)(?:上次|上回|上一次|上一回|${PAST_DAY})(?:那些|那几样|那批货?)(?![^，,。\\s]*[吗么呢？?])`,
    '(?:跟|和|同|按|照)(?:上次|上回|上一次|上一单|以前|之前)(?:的|那单|那样|一样)?',
    `(?:跟|和|同|照)${PAST_DAY}(?:的|那单)?(?:一样|那样)`,
    '老样子|再来一单|再来一份|再下一单|一样的再来|照旧',
    '(?:上次|上回|上一次|上一回)(?:的|那单|那次)(?:再(?:来|下)一(?:次|遍|回)|再来|再下)?|原样',
    '(?:上次|上回|上一次|上一回)(?:那些|那几样|那批货?)(?=再(?:来|下|要|拿))',
  ].join('|'),
  'g',
);
/** Filler around a reorder that says nothing more: 一样 / 再来一单 / 再来一遍. */
export const REORDER_FILLER = /再(?:来|下|订|要|拿)一(?:单|份|次|遍|回)|一单|一份|一样的?|的?再来/g;

export const SHOW_ORDER =
  /看看订单|看下订单|看一下订单|查看订单|订单呢|看看单子|订单详情|现在订单|看看我的单|订单是什么|下了什么|单子发我|发下单子/;
export const PRICE_QUESTION = /多少钱|什么价|啥价|价格|单价|便宜|优惠|打折|贵了/;
export const DELIVERY_QUESTION = /什么时候|几点|多久|送到|送货|配送|发货|到货|物流/;
export const STOCK_QUESTION =
  /有货吗|有吗|有没有|还有吗|有卖吗|卖吗|有的吗|^(?:请问|你们|你家|店里|老板)*(?:还)?有[^，,。；;\s\d]{1,12}[吗么嘛][？?]?$/;
export const GREETING =
  /^(?:老板|在吗|在不在|你好|您好|hello|hi|哈喽|早上好|早|上午好|下午好|晚上好|老板好|老板在吗|在么|有人吗|[,\s])+$/;
export const THANKS = /谢谢|多谢|辛苦|麻烦了|感谢|thx|thanks/;

const DAY = String.raw`(?:今天|明天|后天|大后天|今早|明早|今晚|明晚|今儿|明儿|这周[一二三四五六日天]?|下周[一二三四五六日天]?|(?:周|星期|礼拜)[一二三四五六日天]|月底|月初|\d{1,2}月\d{1,2}[号日])`;
const DAY_PART = String.raw`(?:早上|上午|中午|下午|晚上|傍晚|凌晨|一早)`;
const CLOCK = String.raw`(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点|:\d{2})(?:半|\d{1,2}分?)?)`;
const BY = String.raw`(?:前|之前|以前|左右|以后|之后|以内)`;
const DELIVER = String.raw`(?:能送到|能到|送到|送过来|送来|送货|送|到货|到|发货|发出|发|提货|自提|来拿|来提|要货|要)`;
/**
 * A time or a delivery wish (明早6点前送到, 今天不要了, 周五之前到, 下午3点送): when, never what or how many. A clock
 * time alone is one only with 前 / 送 after it (6点前, 3点送).
 */
export const TIME_WISH = new RegExp(
  `${DAY}${DAY_PART}?${CLOCK}?${BY}?${DELIVER}?|${DAY_PART}${CLOCK}?${BY}?${DELIVER}?|\\d{1,2}[号日](?:${BY}${DELIVER}?|${DELIVER})|\\d{1,2}点(?:半)?(?:${BY}${DELIVER}?|${DELIVER})|[一二两三四五六七八九十]{1,3}点(?:半)?${BY}${DELIVER}?`,
  'g',
);

/**
 * 不够的话 剩下的拿英科的 / 不够的拿英科的 / 剩下的英科补上: the rest of a short amount taken from another product is a
 * change of what is short (剩下的换成英科的); the condition before it says nothing more.
 */
export const REST_FROM =
  /(?:(?:不够|没那么多|不足)的话[,\s]*)?(剩下|剩余|其余|余下|差的|不够(?=的))(的)?(?:部分)?(?:就)?(?:(?:拿|要|来|用|补)(?=\S)|(?=[^\s换改]\S*?(?:补上|补齐|补足|补够|凑齐|凑够|顶上|补(?=\d|[一二两三四五六七八九十]))))/g;

/**
 * 剩下的换成奇美757补上 / 剩下的换成车仆的补齐: the verb of filling up after the product put in the rest's place (taken
 * out only from a message that says 换成).
 */
export const FILLED_UP =
  /(?:来)?(?:补上|补齐|补足|补够|凑齐|凑够|凑上|凑数|凑|顶上|代替|替上)(?:吧|就行|就好)?(?=$|[\s,，。])/g;

/**
 * 没有就算了 / 没货的话算了 / 没有钛钢的就算了: lets a missing thing go (the words between 没有 and 的 say again what
 * the shop just said it lacks); names no line to remove.
 */
export const LET_MISSING_GO =
  /(?:没有|没货|没得|缺货|不够|没了)(?:[^\s,，。!！?？的]{1,8}(?=的))?(?:的话|的)?(?:就|那就)?(?:算了|不要了)/g;
/** 没有的话 / 没有啊 / 那: the words before a second choice (没有X 那Y来N个). */
export const SECOND_CHOICE =
  /^(?:没有(?:的话|啊|呀|哦|吗)?|没有就|那就|那(?![个种款样些边])|要不然|要不(?=就|还是|那|你|换|拿|来))/;

/** Removes the line named before or after it. */
export const REMOVE = /(?<!要)不要了?|去掉|删掉|删了|删除|拿掉|别要|取消掉?|退掉/;
/** 两个都 / 全部: every line the question is about (or every line). */
export const ALL_OF = /^(?:这|那)?(?:两个|俩|两样|两种|几个|三个|全部|全都|所有的?)?都?$/;
/** A clause saying a line stays as it is: 红的不变, 其他照旧, 别的不动, 稳健的留着. */
export const UNCHANGED =
  /(?<=^|[\s,\n])[^\s,\n]{0,8}?(?:不变|不动|照旧|保持不变|别动|不用改|不改|留着|保留|留下|照要)(?=$|[\s,\n])/g;
/** 各 / 每样 / 都 said alone before an edit: every line. */
export const EACH_LINE = /^(?:各|每样|每种|每个|都|各自|分别)(?:都|再|也)?$/;
/** The words for a line named by no product word: 这个 / 那个. */
export const THIS_ONE = /^(?:这个|那个|这|那|它|这款|那款|这种|那种|刚才那个|上面那个)?$/;
/** Replaces what comes before (a line, or the line talked about) with what comes after. */
export const CHANGE = /改成|换成|改为|换为|改到|变成|换个|调成|调到|改要|换/;
/** Says the line talked about was wrong: what follows is what was meant. */
export const CORRECTION =
  /^(?:[\u4e00-\u9fff]{0,3}?)(?:不对|不是|写错了?|搞错了?|弄错了?|说错了?|打错了?|发错了?|错了|看错了?)(?:了|啊|呀)?[,\s]*(?:应该是|应该要|是要|是|要|改成|换成)?/;
/** Sets a quantity as the new total (80包就够了, 那就15捆). */
export const SET_QUANTITY =
  /改成|改为|改到|换成|就够了|就够|就行|也行|就好|那就|那先|先拿|先来|只要|只拿|要|来|拿/;
export const ADD_QUANTITY = /再加|多拿|多来|多要|加上|再多|追加|另加|加(?=\d|[一二两三四五六七八九十半])/;
export const SUBTRACT_QUANTITY =
  /(?:少拿|少来|少要|(?<!多)少|减去|减掉|减少|减) ?(?=\d|[一二两三四五六七八九十半])/;
/** An item said in the same breath as the one before: 蓝的也10卷, M10的也来100个 一样80长. */
export const ALSO = /也|一样|同样|还是|照样|同款|再来|再要|再拿|还要|另外/;

/** 第二个 / 2 / 选3: picks an option of the last question. */
export const OPTION_PICK = /^(?:选|要|就)?第?([1-9]|[一二三四五六七八九])(?:个|种|款|号|项)?(?:吧|的|呢)?$/;
/** What may follow 大 / 小 in a size end: a size word, a piece or the pack it comes in (大桶的, 小袋的, 大个的, 大粒的). */
export const SIZE_END_NOUN = '(?:号|码|个|只|粒|颗|桶|袋|瓶|包|箱|盒|罐|壶|听|支|卷|块|张)';
/** The words of a size end: 大 / 小, 长 / 短, 粗 / 细, 厚 / 薄, 高 / 矮, and 中 (中号: the middle of three). */
export const SIZE_END_WORDS = '大中小长短粗细厚薄高矮';
/** 最大的那种 / 大的 / 长一点的 / 大桶的: the option at one end of the sizes last offered. */
export const EXTREME_PICK = new RegExp(
  `^(?:要|就|选|拿|来)?(?:那个|那种)?(最|比较)?([${SIZE_END_WORDS}])(一点|点|些)?(${SIZE_END_NOUN})?(?:的)?(?:那个|那种|那款|吧|呢)?$`,
);
/**
 * The words of an end said with the attribute it is about: 大容量 / 密度高 / 宽的 (宽 and 窄 alone too), also by one
 * character of the attribute's name (大孔的 of 网孔).
 */
const ATTRIBUTE_END_WORD = '大小长短粗细厚薄高低宽窄重轻';
/**
 * 大容量的 / 密度高的那个 / 宽的那个: the option at one end of the attribute named (the name checked against the
 * catalog's attribute names by the caller).
 */
export const ATTRIBUTE_END_PICK = new RegExp(
  `^(?:要|就|选|拿|来)?(?:那个|那种)?(最|比较)?(?:([${ATTRIBUTE_END_WORD}])((?:(?![的那])\\p{Script=Han}){1,4}?)|((?:(?![的那])\\p{Script=Han}){1,4}?)(最|比较)?([${ATTRIBUTE_END_WORD}])|([宽窄]))(一点|点|些)?(?:的)?(?:那个|那种|那款|吧|呢)?$`,
  'u',
);
/** 第一个改成20卷: a draft line by its number in the summary. */
export const LINE_NUMBER = /^第([1-9]|[一二三四五六七八九])(?:个|项|行|条)(?:的)?/;
