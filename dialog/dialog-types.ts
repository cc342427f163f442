/**
 * The contract between the conversation engine (pure, in `dialog/`) and the channels that drive it (Wechaty bot,
 * web and terminal chat, `liaodan simulate`). Channels keep the state between turns (in Redis for the bot) and
 * act on the events; the engine does no I/O.
 */

import type { OrderInquiry } from './order-inquiry.js';

export type { OrderInquiry, OrderInquiryTopic, OrderReference } from './order-inquiry.js';

export interface DialogCustomer {
  id: string;
  name: string;
  /** Picks the tier price; a tier the catalog does not name pays the base price. */
  tier?: string;
}

/** An earlier confirmed order of this customer, oldest first in `DialogInput.history`. */
export interface PastOrder {
  lines: { sku: string; qty: number }[];
}

export interface DraftLine {
  sku: string;
  /** In the product's own sale unit; a positive integer. */
  qty: number;
  unit: string;
  unitPriceFen: number;
}

export type OrderStatusView = 'draft' | 'confirmed' | 'cancelled';

/** The customer's order as it stands after a turn (what `simulate` prints as `order`). */
export interface OrderView {
  status: OrderStatusView;
  lines: DraftLine[];
  totalFen: number;
}

export interface DialogInput {
  text: string;
  customer: DialogCustomer;
  history: PastOrder[];
  now: Date;
}

export type DialogEvent =
  /** The customer confirmed the draft: the channel writes the order (idempotently, by `revision`). */
  | { type: 'confirmed'; order: OrderView; revision: number }
  /** The customer cancelled the whole draft. */
  | { type: 'cancelled' }
  /**
   * The customer asked about an order already placed (订单2发货了吗, 我的订单到哪了, 上次那单多少钱, 把订单2取消掉).
   * The engine knows no placed orders and leaves the draft as it was: the channel answers from the order
   * records, and its answer takes the place of the turn's replies (which hold only a holding line for a
   * channel that cannot answer). A `cancel` asks the channel to cancel after a confirmation question, and only
   * an order the customer may still cancel.
   */
  | { type: 'order_question'; inquiry: OrderInquiry };

/**
 * Opaque, JSON-serialisable conversation state owned by the engine. Channels store it as is and pass it back on
 * the next turn; `null` starts a new conversation.
 */
export interface DialogState {
  readonly v: number;
  readonly [key: string]: unknown;
}

export interface DialogTurn {
  state: DialogState;
  /** What the bot says after this message, in order (zero or more messages, brief 简体中文). */
  replies: string[];
  events: DialogEvent[];
  /** The order after this turn, or null when there is none. */
  order: OrderView | null;
}

export interface DialogEngine {
  handle(state: DialogState | null, input: DialogInput): DialogTurn;
}
