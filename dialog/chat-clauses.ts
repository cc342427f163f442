import type { Matcher } from '../catalog/matcher.js';
import { GREETING, STOCK_QUESTION, THANKS } from './order-phrases.js';

/** A clause: what stands between spaces, commas and line ends (the normalised text writes 。！？ as commas). */
const CLAUSE = /[^\s,\n]+/g;
/**
 * The marks of talk: a particle of speech (吗 / 呢 / 啊 / 嘛 / 吧 …), a question as A不A (好不好, 忙不忙, 在不在) or
 * a word for the time one chats about (最近, 今年, 这几天).
 */
const TALK =
  /[吗呢啊嘛吧呀哦哈啦咯嘞哟噢喔]|(\p{Script=Han})不\1|最近|近来|这阵子|这几天|这段时间|前段时间|今年|去年|今天|昨天/u;
/** 大的吧 / 带锁的呢 / 红的啊: a description of a product (X的) said with a particle is an answer, not talk. */
const DESCRIBED = /的[吗呢啊嘛吧呀哦哈啦咯嘞哟噢喔]+$/;

/**
 * Blanks out (with spaces, so every position stays where it was) the clauses of chat in text that is read for
 * items: a clause with no amount and no catalog word that bears a mark of talk or is a greeting or thanks
 * (`最近生意好不好`, `今年塘里鱼不好搞啊`, `在吗老板`, `谢谢啦`). Such a clause names nothing the shop could lack, and
 * a quantity next to it belongs to the item after it (`最近生意好不好 帮我拿两支紫熨斗`). Never a stock question
 * (`有石膏板吗` is asked about) nor a clause the catalog reads a word or an amount in.
 */
export function withoutChatClauses(matcher: Matcher, text: string): string {
  if (!TALK.test(text) && !GREETING_PART.test(text) && !THANKS.test(text)) return text;
  return text.replace(CLAUSE, (clause) =>
    isChatClause(matcher, clause) ? ' '.repeat(clause.length) : clause,
  );
}

/** A word of greeting anywhere (the full pattern asks for the whole clause). */
const GREETING_PART = /在吗|在不在|你好|您好|早上好|老板好/;

function isChatClause(matcher: Matcher, clause: string): boolean {
  const greeting = GREETING.test(clause) || THANKS.test(clause);
  if (!greeting && (!TALK.test(clause) || DESCRIBED.test(clause))) return false;
  if (/[0-9]/.test(clause) || STOCK_QUESTION.test(clause)) return false;
  const a = matcher.analyze(clause);
  return a.mentions.length === 0 && a.quantities.length === 0;
}
