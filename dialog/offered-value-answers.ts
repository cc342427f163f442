import { normalizeTerm } from '../catalog/text-normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { Intent } from './message-intents.js';
import type { Choice } from './option-meaning.js';

/**
 * 2米8 to "墙布（45米）要哪个幅宽？2.7米 / 2.8米 / 3.0米": an answer that is, as written, one of the values the question
 * offered is that value — never an amount, though it reads as one in the unit the product is sold in (米). Only
 * while the question being answered already holds its amount; undefined otherwise.
 */
export function offeredValueSaid(state: ConversationState, intents: readonly Intent[]): Choice | undefined {
  const q = state.questions[0];
  if (q?.kind !== 'which_product' || q.parked || !q.request.quantity || !q.offered) return undefined;
  const only = intents.length === 1 ? intents[0] : undefined;
  if (only?.kind !== 'quantity' || only.unread) return undefined;
  const said = normalizeTerm(only.quantity.raw).replace(/\s+/g, '');
  const { attribute, values } = q.offered;
  const value = values.find((v) => normalizeTerm(v).replace(/\s+/g, '') === said);
  return value === undefined || attribute.startsWith('$') ? undefined : { attribute, value };
}
