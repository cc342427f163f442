import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import type { OpenQuestion, RefusedRequest } from './conversation-state.js';
import type { DialogCustomer, PastOrder } from './dialog-types.js';
import type { DraftChange } from './draft-changes.js';

/** What every stage of a turn reads and none changes: the catalog, the customer, the limits. */
export interface TurnWorld {
  matcher: Matcher;
  customer: DialogCustomer;
  /** Earlier confirmed orders, oldest first. */
  history: PastOrder[];
  maxQuantityPerLine: number;
}

/** What the intents said earlier in the same message did, read by the ones after them. */
export interface EarlierInTurn {
  changes: DraftChange[];
  /** The item refused as not sold on the previous turn (for 那就德力西的吧). */
  refusedBefore?: RefusedRequest;
  /** How many items the message has. */
  itemCount: number;
  /** The questions open when the turn began (a question opened by this message is not answered by it). */
  questionsBefore?: OpenQuestion[];
  /** The stock questions ("only 4 left") open when the turn began, answered or not by now. */
  stockOffers?: OpenQuestion[];
  /** The message holds the order off (先别下单 我问问工地): its unknown words are chatter, not things asked for. */
  hold: boolean;
}

export function productOf(world: TurnWorld, sku: string): Product | undefined {
  const id = world.matcher.index.bySku.get(sku);
  return id === undefined ? undefined : world.matcher.index.products[id];
}

export function idOf(world: TurnWorld, sku: string): number | undefined {
  return world.matcher.index.bySku.get(sku);
}
