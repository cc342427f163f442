import { createMatcher } from '../catalog/matcher.js';
import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { capReply } from './customer-replies.js';
import type { DialogEngine, DialogInput, DialogState, DialogTurn } from './dialog-types.js';
import { runTurn } from './dialog-turn.js';

export interface DialogEngineOptions {
  products: Product[];
  /** Largest quantity of one line, in sale units (default 100000). */
  maxQtyPerLine?: number;
  /** Longest reply in characters (default 1000); a longer one loses lines from its middle (capReply). */
  maxReplyLength?: number;
  /** A matcher already built over the same products (the engine builds one otherwise). */
  matcher?: Matcher;
}

/**
 * The conversation engine: pure, deterministic, no I/O. Builds the catalog index once; `handle` takes the stored
 * state (or null) and one customer message and returns the new state, the replies, the events and the order.
 * The confirm reply names no order number: the channel stores the order on the `confirmed` event. A question
 * about a placed order comes out as an `order_question` event for the channel to answer.
 */
export function createDialogEngine(options: DialogEngineOptions): DialogEngine {
  const matcher = options.matcher ?? createMatcher(options.products);
  const maxQtyPerLine = options.maxQtyPerLine ?? 100000;
  const maxReply = options.maxReplyLength ?? 1000;
  return {
    handle(state: DialogState | null, input: DialogInput): DialogTurn {
      const turn = runTurn(matcher, maxQtyPerLine, state, input);
      return { ...turn, replies: turn.replies.map((r) => capReply(r, maxReply)) };
    },
  };
}
