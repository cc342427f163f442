import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { saidOf } from './product-placement.js';

/** 只要X / 只留X / 光要X: of the lines, X alone stays. */
const ONLY = /^(?:那|那就|就|我|现在)?(?:只要|只留|只拿|光要|只需要|只剩)/;

/**
 * 调和漆不要了 只要防锈漆: words after 只要 that name lines already on the draft, with no quantity, keep those lines
 * and take every other line off (a question which line to take off is settled by it). Undefined for anything else.
 */
export function keepOnly(state: ConversationState, item: ItemText, named: string[]): Action[] | undefined {
  if (!named.length || item.quantity || !ONLY.test(item.text)) return undefined;
  const others = state.lines.filter((l) => !named.includes(l.sku));
  if (!others.length) return undefined;
  const closing = state.questions.filter((q) => q.kind === 'which_line' && q.change.kind === 'remove');
  return [
    ...closing.map((question): Action => ({ kind: 'close', question })),
    ...others.map((l): Action => ({ kind: 'remove', sku: l.sku })),
    { kind: 'focus', sku: named[named.length - 1]! },
  ];
}

/** X只要一箱 / X只要一种就行 / X只留一个: one of what X names. */
const ONLY_VERB = '(?:只要|只留|只拿|只需要|只来)';
const ONLY_ONE = new RegExp(ONLY_VERB);
const ONE_KIND = new RegExp(`${ONLY_VERB}(?:其中)?一(?:种|样|款)`);

/**
 * 黄油只要一箱 / 六棱瓶只要一种就行 with two butter (two jar) lines on the draft: the words before 只要 name several
 * lines and the customer keeps one of them — which one is asked (numbered), the other lines stay as they are; the
 * answer takes the others of those lines off. `named` are the lines the words before 只要 name. Undefined for
 * anything else (one line named, or more than one kept: 只要黄油).
 */
export function keepOneOf(item: ItemText, named: string[]): Action[] | undefined {
  const verb = ONLY_ONE.exec(item.text);
  if (!verb || !verb.index || named.length < 2) return undefined;
  const one = ONE_KIND.test(item.text) || item.quantity?.value === 1;
  if (!one) return undefined;
  const quantity = item.quantity && !ONE_KIND.test(item.text) ? saidOf(item.quantity) : undefined;
  return [
    {
      kind: 'ask',
      question: {
        kind: 'which_line',
        skus: named,
        change: { kind: 'keep', among: named, ...(quantity && { quantity }) },
        asked: 0,
      },
    },
  ];
}

/** The words before 只要 in an item (黄油 of 黄油只要一箱); undefined when it says no 只要 after words. */
export function wordsBeforeOnly(text: string): string | undefined {
  const verb = ONLY_ONE.exec(text);
  return verb && verb.index ? text.slice(0, verb.index) : undefined;
}
