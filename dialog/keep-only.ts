import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';

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
