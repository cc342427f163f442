import type { ConversationState } from './conversation-state.js';

/** What is short: 不够的 / 差的 / 缺的 / 剩下的 / 其余的, with 的话 and a pause after it. */
const SHORT = '(?:剩下|剩余|其余|余下|不够|差|缺)的?(?:部分)?(?:的话)?';
/** A verb of filling up to the whole: 补齐 / 补够 / 凑够 …, with 到 before the total. */
const FILLED_TO = '(?:补齐|补足|补够|凑齐|凑够|凑足)(?:到)?';
/** 用白的补 / 拿金沙河的凑 / 用透明的补齐10盒: another product to fill up with, and a total it fills up to. */
const FILLED_UP = new RegExp(
  `(?:(?:不够|差|缺)的?(?:话)?[,，\\s]*)?${SHORT}[,，\\s]*(?:就)?(?:用|拿|要|来)(.+?)(?:来)?(?:${FILLED_TO}(?:\\s*\\d+\\s*\\p{Script=Han})?|补上|补|凑|顶上|顶)`,
  'u',
);
/**
 * 再补黑色的凑够一箱 / 拿白的补齐: another product named with a verb of filling up to the whole (凑够, 补齐) says the
 * rest comes from it even with no word for what is short before it.
 */
const FILLED_TO_WHOLE = new RegExp(
  `(?<=^|[\\s,，。;；])(?:再|另)?(?:补|用|拿|加|来)([^\\s,，。;；]+?)(?:来)?${FILLED_TO}(?:\\s*[\\d一两二三四五六七八九十]+\\s*\\p{Script=Han})?`,
  'u',
);
/** 剩几盒都拿上 / 剩多少都要了: all there is. */
const ALL_LEFT = /剩(?:几|多少)\p{Script=Han}?(?:都|全)(?:拿上|拿了|拿|要了|要)/u;

/**
 * 不够的用白的补 / 不够的话 剩下的拿金沙河龙须面凑 / 剩几盒都拿上 差的用杏仁透明的补齐10盒, said to "只有48个，先拿48个可以
 * 吗？": the rest from another product, written the way the engine reads it (有多少拿多少 剩下的换成X). Only while a
 * stock question is open; the text as it was otherwise.
 */
export function shortfallSaidAsChange(state: ConversationState, text: string): string {
  if (!state.questions.some((q) => q.kind === 'stock' && !q.parked)) return text;
  const taken = text.replace(ALL_LEFT, '有多少拿多少');
  if (FILLED_UP.test(taken)) return taken.replace(FILLED_UP, ' 剩下的换成$1 ');
  return taken.replace(FILLED_TO_WHOLE, ' 剩下的换成$1 ');
}
