import type { Matcher } from '../catalog/matcher.js';
import { GREETING, STOCK_QUESTION, THANKS } from './order-phrases.js';

/** A clause: what stands between spaces, commas and line ends (the normalised text writes 。！？ as commas). */
const CLAUSE = /[^\s,\n]+/g;
/**
 * The marks of talk: a particle of speech (吗 / 呢 / 啊 / 嘛 / 吧 …), a question as A不A (好不好, 忙不忙, 在不在) or
 * a word for the time one chats about (最近, 今年, 这几天), or how one feels said with 死了 (热死了, 累死了).
 */
const TALK =
  /[吗呢啊嘛吧呀哦哈啦咯嘞哟噢喔]|(\p{Script=Han})不\1|最近|近来|这阵子|这几天|这段时间|前段时间|今年|去年|今天|昨天|[热冷累忙烦困饿渴晒闷]死了/u;
/** 大的吧 / 带锁的呢 / 红的啊: a description of a product (X的) said with a particle is an answer, not talk. */
const DESCRIBED = /的[吗呢啊嘛吧呀哦哈啦咯嘞哟噢喔]+$/;

/**
 * Blanks out (with spaces, so every position stays where it was) the clauses of chat in text that is read for
 * items: a clause with no amount and no catalog word that bears a mark of talk or is a greeting or thanks
 * (`最近生意好不好`, `今年塘里鱼不好搞啊`, `在吗老板`, `谢谢啦`). Such a clause names nothing the shop could lack, and
 * a quantity next to it belongs to the item after it (`最近生意好不好 帮我拿两支紫熨斗`). Never a stock question
 * (`有石膏板吗` is asked about) nor a clause the catalog reads a word or an amount in — except a clause that names
 * products only through words it does not spell (see namedOnlyByNearWords), read so also in a message with no
 * mark of talk while it says no number.
 */
export function withoutChatClauses(matcher: Matcher, text: string): string {
  // (a message with no mark of talk is read for near words only while it says no number)
  if (!TALK.test(text) && !GREETING_PART.test(text) && !THANKS.test(text) && /\d/.test(text)) return text;
  const blanked = text.replace(CLAUSE, (clause) =>
    isChatClause(matcher, clause) ? ' '.repeat(clause.length) : clause,
  );
  // (老板今天冷啊 这两天店里生意还行: in a message of talk with no number, a long clause beside it that names no
  // catalog word and orders nothing is talk too — never "这两天店里生意我们店里没有")
  if (blanked === text || /[0-9]/.test(text)) return blanked;
  return blanked.replace(CLAUSE, (clause) =>
    talkBesideTalk(matcher, clause) ? ' '.repeat(clause.length) : clause,
  );
}

/** The length from which a clause with no catalog word in it is taken for talk beside talk (product names are shorter). */
const TALK_CLAUSE_LENGTH = 6;

function talkBesideTalk(matcher: Matcher, clause: string): boolean {
  if (clause.length < TALK_CLAUSE_LENGTH || STOCK_QUESTION.test(clause) || ORDERING.test(clause))
    return false;
  const a = matcher.analyze(clause);
  return !a.quantities.length && !a.mentions.length;
}

/** A word of greeting anywhere (the full pattern asks for the whole clause). */
const GREETING_PART = /在吗|在不在|你好|您好|早上好|老板好/;

function isChatClause(matcher: Matcher, clause: string): boolean {
  if (/[0-9]/.test(clause) || STOCK_QUESTION.test(clause)) return false;
  const greeting = GREETING.test(clause) || THANKS.test(clause);
  const marked = greeting || (TALK.test(clause) && !DESCRIBED.test(clause));
  const a = matcher.analyze(clause);
  if (a.quantities.length) return false;
  // (a clause beside the talk, unmarked itself, is talk only when its product words are not its own)
  return (marked && a.mentions.length === 0) || (a.mentions.length > 0 && namedOnlyByNearWords(clause, a));
}

/** 要 / 来 / 拿 / 买 …: the customer asks for goods. */
const ORDERING = /要|来|拿|买|订|发|给我|帮我|备/;

/**
 * 冰柜都快空了 / 帮手都找不到 in a message of talk: a clause that names products only through words it does not
 * spell (冰柜 read as 冰棍, 帮手 as 扳手), with more said beside them and no word of ordering, is talk about
 * something else — a typo of a product is ordered with an amount or a verb, or said alone.
 */
function namedOnlyByNearWords(clause: string, a: ReturnType<Matcher['analyze']>): boolean {
  if (ORDERING.test(clause)) return false;
  // (a value said, 三十八的, is written anew by the reading: only product words are compared with the clause)
  if (a.mentions.some((m) => m.kind !== 'head' && m.kind !== 'partial')) return false;
  const said = clause.toLowerCase();
  if (a.mentions.some((m) => said.includes(m.text.toLowerCase()))) return false;
  const named = a.mentions.reduce((n, m) => n + m.text.length, 0);
  return clause.length > named + 1;
}
