/**
 * The interfaces the conversation service needs from the outside world. Each is implemented by one adapter file
 * per technology (`pg-chat-directory.ts`, `redis-session-store.ts`, `pg-order-intake.ts` …); tests may implement
 * them in memory.
 */
import type { PictureHold } from '../photo/picture-conversation.js';
import type { DialogState, DraftLine, OrderReference, PastOrder } from '../dialog/dialog-types.js';
import type { OrderStatus } from '../db/schema.js';
import type { FoundOrders } from './order-answers.js';

export interface CustomerRef {
  id: string;
  name: string;
  tier: string | null;
  repId: string | null;
}

export interface StaffRef {
  id: string;
  name: string;
  roles: readonly string[];
}

/** A customer or staff member, independent of the chat account they use. */
export type Party = { kind: 'customer'; id: string } | { kind: 'staff'; id: string };

/** Who is behind a chat account. */
export type Speaker =
  { kind: 'customer'; customer: CustomerRef } | { kind: 'staff'; staff: StaffRef } | { kind: 'unknown' };

/** One chat: a private chat with a contact, or a contact inside a group. */
export interface ChatAddress {
  channel: string;
  contactId: string;
  groupId?: string;
}

/** Looks people up; backed by PostgreSQL (customers, staff, chat_identities, orders). */
export interface ChatDirectory {
  /** By (channel, contact id), then by (channel, `name:<display name>`). */
  resolveContact(channel: string, contactId: string, displayName: string): Promise<Speaker>;
  /** The customer a group is bound to, by (channel, group id) then (channel, `room:<topic>`). */
  resolveGroup(channel: string, groupId: string, topic: string): Promise<CustomerRef | null>;
  customer(id: string): Promise<CustomerRef | null>;
  staff(id: string): Promise<StaffRef | null>;
  /** Customers whose name matches: exact names first, then names containing the query. */
  findCustomers(query: string): Promise<CustomerRef[]>;
  /** Active sales reps (the ones told about orders without a rep of their own). */
  reps(): Promise<StaffRef[]>;
  /** Earlier orders, oldest first, for 跟上次一样 (may be cached; `orderPlaced` keeps a cached one current). */
  history(customerId: string): Promise<PastOrder[]>;
  /** The customer has a new order (`order`: its lines, when this call placed it): their history changed. */
  orderPlaced(customerId: string, order?: PastOrder): void;
}

/** A conversation between one chat account and the bot. */
export interface Session {
  /** Changes after every placed or cancelled order, so confirmations of different drafts never share a key. */
  id: string;
  dialog: DialogState | null;
  /** The draft has lines that are not ordered yet (so its expiry is worth a word). */
  hasDraft: boolean;
  /** A rep ordering on behalf of this customer. */
  actingFor?: string;
  /** The customer asked to cancel this order and was asked to say yes (the next message answers). */
  pendingCancel?: { orderId: string; number: string; onlyFrom: OrderStatus[] };
  /** An unknown contact has been told who we are. */
  introduced?: boolean;
  /** Lines of the last picture not in the draft (read unsurely, matching nothing): no confirmation while held. */
  pictureHold?: PictureHold | null;
  /** The draft came from a picture: replies pointing at it (照这个来一份) mean its list. */
  afterPicture?: boolean;
  /** A picture was kept for this session's draft: placing it attaches the pictures to the order. */
  picturesKept?: boolean;
  /** Epoch milliseconds of the last message. */
  updatedAt: number;
}

/** A channel's message event, so that a repeated delivery of it is told from a new message. */
export interface ChatEvent {
  /** The channel's message id (a puppet may deliver the same id twice, or again after a reconnect). */
  id: string;
  /** Talker, chat and content: the same fingerprint again within the dedupe window is a repeat too. */
  fingerprint: string;
}

/** A session opened for a turn: the chat's session (null when none), or a repeat of an event already taken. */
export type OpenedSession = { kind: 'opened'; session: Session | null } | { kind: 'repeat' };

/** One session per (channel, contact, group); a session older than the TTL counts as expired. */
export interface SessionStore {
  /**
   * The chat's session. With `event`, the event is marked seen in the same call, and `repeat` comes back instead
   * when it was seen before (by id, or by fingerprint within the window): no session is read then.
   */
  open(address: ChatAddress, event?: ChatEvent): Promise<OpenedSession>;
  put(address: ChatAddress, session: Session): Promise<void>;
}

export interface PlaceOrderInput {
  /** Idempotency key: placing the same key twice gives the same order. */
  sourceKey: string;
  customerId: string | null;
  placedByStaffId: string | null;
  channel: string;
  lines: DraftLine[];
  needsRep: boolean;
  note?: string;
  /** An unknown contact's order: where to tell them what becomes of it. */
  guestChat?: ChatAddress & { name: string };
}

export interface PlacedOrder {
  orderId: string;
  /** The one number people see (`LD-20261205-0007`). */
  orderNumber: string;
  created: boolean;
}

/** Writes a confirmed order (order, lines, history, outbox) in one transaction. */
export interface OrderIntake {
  place(input: PlaceOrderInput): Promise<PlacedOrder>;
}

/** An order waiting at a review step someone may decide in chat. */
export interface WaitingOrder {
  number: string;
  customerName: string;
  totalFen: number;
  lines: { name: string; qty: number; unit: string }[];
  /** The step's name as the shop says it (业务员确认 …). */
  stepLabel: string;
  reason: string | null;
}

export type ReviewAnswer =
  | { kind: 'decided'; number: string; outcome: 'next_step' | 'approved' | 'rejected' }
  | { kind: 'unknown'; ref: string }
  | { kind: 'ambiguous'; ref: string; numbers: string[] }
  | { kind: 'refused'; message: string };

/** Review steps decided in chat (PostgreSQL: pg-review-desk.ts), the same decisions as the back office's. */
export interface ReviewDesk {
  /** Orders waiting at a step this staff member may decide, oldest first. */
  waiting(staff: StaffRef): Promise<WaitingOrder[]>;
  /** `ref`: the whole order number, or its last digits when only one waiting order ends with them. */
  decide(
    staff: StaffRef,
    ref: string,
    decision: 'approve' | 'reject',
    comment?: string,
  ): Promise<ReviewAnswer>;
}

/** Sends text to people outside the current chat (reps, the requester of a reviewed draft). */
export interface Outbound {
  toParty(party: Party, text: string): Promise<void>;
  toChat(address: ChatAddress, text: string): Promise<void>;
}

/** One message about a customer: theirs, a staff member's for them, or the bot's reply. */
export interface ChatLogEntry {
  customerId: string;
  channel: string;
  speaker: 'customer' | 'staff' | 'bot';
  staffId: string | null;
  /** The speaker's name as the chat showed it (null for the bot). */
  name: string | null;
  text: string;
  at: Date;
}

/** Keeps what is said about customers, so the back office shows the chat around an order. */
export interface ChatLog {
  record(entries: ChatLogEntry[]): Promise<void>;
  /** Resolves once everything recorded so far is written (or failed): before the database is closed. */
  flush?(): Promise<void>;
}

/** Whose orders a chat may ask about: a customer's, or those placed from an unknown contact's chat. */
export type OrderOwner = { kind: 'customer'; id: string } | { kind: 'chat'; address: ChatAddress };

/** Placed orders as the chat talks about them (PostgreSQL: pg-customer-orders.ts). */
export interface CustomerOrders {
  /** The owner's orders the reference names (`text` is the message, which may hold a whole order number). */
  find(owner: OrderOwner, ref: OrderReference, text: string): Promise<FoundOrders>;
  /** The same for staff, over the customers in their scope (only `customerId`'s when given). */
  findForStaff(staff: StaffRef, ref: OrderReference, text: string, customerId?: string): Promise<FoundOrders>;
  /** Cancels an order asked for in chat: `has_payments` and `too_late` (it moved on meanwhile) leave it as it is. */
  cancel(
    orderId: string,
    actor: string,
    onlyFrom: readonly OrderStatus[],
  ): Promise<'cancelled' | 'has_payments' | 'too_late'>;
}

/** A picture someone sent in a chat, with what was read on it. */
export interface KeptPictureInput {
  bytes: Uint8Array;
  channel: string;
  contactId: string;
  /** The session whose draft the picture is for. */
  sessionId: string;
  customerId: string | null;
  staffId: string | null;
  lines: { text: string; confidence: number }[];
}

/** Keeps pictures beside the orders they became (PostgreSQL: `photo/pg-order-pictures.ts`). */
export interface PictureStore {
  /** Stores the picture (once per SHA-256) and this sending of it; returns the hash. */
  keep(input: KeptPictureInput): Promise<{ sha256: string }>;
  /** The session's draft was placed as this order: its pictures belong to it now. */
  attach(sessionId: string, orderId: string): Promise<void>;
}
