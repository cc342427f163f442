import type { RefusedRequest } from './conversation-state.js';
import type { Intent } from './message-intents.js';

/**
 * 那手套就算了 after "一次性手套我们店里没有": the item the shop just said it does not sell, named again and put off
 * (算了 / 不要了 / 先不要), is let go — no new item and no second "没有". True for an item with no amount whose words
 * share two characters in a row with the item refused on the turn before and hold a word that puts it off. Pure.
 */
export function putsRefusedOff(intent: Intent, refused: RefusedRequest | undefined): boolean {
  if (intent.kind !== 'add' || intent.item.quantity || !refused) return false;
  const said = intent.item.text;
  if (!PUT_OFF.test(said)) return false;
  const words = said.replace(PUT_OFF, ' ').replace(/[^\p{Script=Han}]+/gu, ' ');
  for (let i = 0; i + 2 <= words.length; i++) {
    const pair = words.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(pair) && refused.text.includes(pair)) return true;
  }
  return false;
}

const PUT_OFF = /(?:就|那就|也)?(?:算了|不要了|先不要了?|不用了)|确认|下单/g;
