import type { Action } from './draft-changes.js';
import type { Intent } from './message-intents.js';

/** 没有的话 / 没有就 / 没货的话: what follows is wanted only if the item before is not sold. */
const IF_NOT_SOLD = /(?:没有|没货|没得)(?:的话就?|那就|就)(?!算了|不要)/;
/** The spaces before each 没有的话, and a part that opens with one (built once, not per message). */
const SPACE_BEFORE_IF_NOT_SOLD = new RegExp(`\\s+(?=${IF_NOT_SOLD.source})`, 'g');
const OPENS_IF_NOT_SOLD = new RegExp(`^\\s*${IF_NOT_SOLD.source}`);

/** 有记忆棉枕头吗 没有的话荞麦枕来20个: the message with a line break before each 没有的话 said after a space. */
export function apartAtIfNotSold(text: string): string {
  return text.replace(SPACE_BEFORE_IF_NOT_SOLD, '\n');
}

/** Whether a part of a message (split at line breaks and commas) opens with 没有的话. */
export function opensIfNotSold(chunk: string): boolean {
  return OPENS_IF_NOT_SOLD.test(chunk);
}

/**
 * 有记忆棉枕头吗 没有的话荞麦枕来20个: an item said after 没有的话 is the alternative to the item said before it in
 * the message — taken only when that one was refused as not sold, or met only by an offer of the closest product
 * (the shop has nothing that is exactly it: the offer gives way to what the customer said to take instead, and the
 * reply says the first is not sold); when the shop has it, the alternative is not ordered (the customer asked for it
 * only in its place). Returns the actions where they apply, none where the alternative falls away.
 */
export function alternativeActions(
  intent: Intent,
  before: { intent: Intent; actions: Action[] } | undefined,
  actions: () => Action[],
): Action[] {
  if (intent.kind !== 'add' || !intent.item.ifNotSold || !before || before.intent.kind !== 'add')
    return actions();
  const offers = before.actions.flatMap((a) =>
    a.kind === 'ask' && a.question.kind === 'offer' ? [a.question] : [],
  );
  if (!offers.length) return before.actions.some((a) => a.kind === 'refuse') ? actions() : [];
  if (before.actions.some((a) => a.kind === 'put')) return [];
  return [
    ...offers.flatMap((question): Action[] => [
      { kind: 'close', question },
      { kind: 'note', note: { kind: 'not_sold', what: question.said, suggestions: [] } },
    ]),
    ...actions(),
  ];
}

/**
 * 有螺蛳粉的酸笋卖吗 要两袋 没有的话就拿两箱螺蛳粉: when the alternative is taken because the item before was refused
 * as not sold, the question that item also opened (an offer of what is near it) is answered by the alternative:
 * closed, so that the order does not wait on it (an offer is closed by alternativeActions). None when the
 * alternative was not taken.
 */
export function questionsAnsweredByAlternative(
  intent: Intent,
  before: { intent: Intent; actions: Action[] } | undefined,
  taken: Action[],
): Action[] {
  if (intent.kind !== 'add' || !intent.item.ifNotSold || !before || !taken.length) return [];
  if (!before.actions.some((a) => a.kind === 'refuse')) return [];
  return before.actions.flatMap((a): Action[] =>
    // (an offer is closed by alternativeActions already, with its note)
    a.kind === 'ask' && a.question.kind !== 'offer'
      ? [{ kind: 'close', question: a.question, dropped: true }]
      : [],
  );
}
