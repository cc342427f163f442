import type { DialogEngine, OrderView } from '../dialog/dialog-types.js';
import type { Logger } from '../lib/logger.js';
import type { PictureReader } from '../reader/picture-reader.js';
import type {
  ChatAddress,
  ChatEvent,
  ChatLog,
  ChatDirectory,
  CustomerOrders,
  OrderIntake,
  Outbound,
  Party,
  PictureStore,
  PlacedOrder,
  ReviewDesk,
  Session,
  SessionStore,
} from './conversation-types.js';

/** One text message as every channel (Wechaty, web, terminal) hands it over. */
export interface IncomingText {
  channel: string;
  /** The talker's id on the channel. */
  contactId: string;
  contactName: string;
  group?: { id: string; topic: string };
  /** In a group: the bot was @-mentioned. Unbound groups are answered only then. */
  mentioned?: boolean;
  text: string;
  /** Web and terminal chat: who the user chose to be; other channels are resolved through the directory. */
  as?: Party;
  /** A picture sent instead of text (`text` is then empty): read, and its list understood as the message. */
  picture?: Uint8Array;
  /**
   * The channel's event, when the channel leaves telling a repeated delivery to the service: a repeat is answered
   * with nothing, and the check costs no round trip of its own (it rides on the session's load).
   */
  event?: ChatEvent;
  /**
   * A staff member ordering for this customer (代客下单 in the back office): the message goes to that customer's
   * draft, never to the rep commands (待确认, 确认 12 …).
   */
  onBehalfOf?: string;
}

/** What pictures need: a reader, and a store that keeps them beside the orders. */
export interface PictureDeps {
  reader: PictureReader;
  store: PictureStore;
  /** The shop's own units (from its catalog), so list lines in them are read as order lines. */
  units?: () => readonly string[];
}

export interface ConversationDeps {
  engine: DialogEngine;
  directory: ChatDirectory;
  sessions: SessionStore;
  intake: OrderIntake;
  /** Questions about placed orders, and cancellations asked for in chat. */
  orders: CustomerOrders;
  /** Review steps decided in chat. */
  desk: ReviewDesk;
  outbound: Outbound;
  log: Logger;
  sessionTtlMs: number;
  /** Without it, pictures are answered with a request to type. */
  pictures?: PictureDeps | null;
  now?: () => Date;
  newId?: () => string;
  /** Where what is said about a customer is kept for the back office; nothing is kept without one. */
  chatLog?: ChatLog;
}

/** Everything a turn needs, passed to the helpers that handle staff messages and confirmations. */
export interface TurnContext {
  deps: Required<ConversationDeps>;
  msg: IncomingText;
  address: ChatAddress;
  session: Session;
  replies: string[];
  now: Date;
  /** The draft after the engine's turn (null when there is none), for channels that show it. */
  draft?: OrderView | null;
  /** The order this turn placed. */
  placed?: PlacedOrder;
  /** This turn's text is a picture's list (not a reply to one). */
  pictureTurn?: boolean;
}

export function addressKey(a: ChatAddress): string {
  return `${a.channel}|${a.contactId}|${a.groupId ?? '-'}`;
}

export function freshSession(deps: Pick<Required<ConversationDeps>, 'newId'>, now: Date): Session {
  return { id: deps.newId(), dialog: null, hasDraft: false, updatedAt: now.getTime() };
}

/**
 * Tells someone outside this chat. Best effort: the order is already placed or held, so a delivery failure is
 * logged and must not fail (and later repeat) the turn.
 */
export async function tellOthers(ctx: Pick<TurnContext, 'deps'>, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (err) {
    ctx.deps.log.warn({ err }, 'could not tell others about the order');
  }
}
