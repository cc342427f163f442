import type { ConversationState } from './conversation-state.js';
import { productOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

/**
 * 100的 with a 盖板 100 and a 桥架 100*50 on the draft: the lines whose product holds a number said alone (`words`,
 * with 的) as a value of its own or as one side of a size; none when the words are more than a number.
 */
export function linesHoldingNumber(world: TurnWorld, state: ConversationState, words: string): string[] {
  const number = /^(\d+(?:\.\d+)?)的?$/.exec(words.replace(/\s+/g, ''))?.[1];
  if (number === undefined) return [];
  return state.lines
    .map((l) => l.sku)
    .filter((sku) =>
      Object.values(productOf(world, sku)?.specs ?? {}).some((value) =>
        value
          .toLowerCase()
          .replace(/mm$/, '')
          .split(/[*×x]/)
          .some((side) => side.trim() === number),
      ),
    );
}
