import type { StaffRole } from '../auth/roles.js';
import type { ReviewStep } from '../orders/review-chain.js';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  BankImportRowTable,
  BankImportTable,
  BankStatementRowTable,
  CustomerPayerNameTable,
  FinanceSettingsTable,
  MoneyJournalTable,
  MoneyReceiptTable,
} from './finance-schema.js';

/**
 * The database as Kysely sees it. Money is integer fen (1 yuan = 100 fen) everywhere; quantities are integers in
 * the product's own sale unit.
 */
export interface Database {
  products: ProductTable;
  tier_prices: TierPriceTable;
  stock: StockTable;
  staff: StaffTable;
  customers: CustomerTable;
  chat_identities: ChatIdentityTable;
  orders: OrderTable;
  order_lines: OrderLineTable;
  order_status_history: OrderStatusHistoryTable;
  outbox: OutboxTable;
  stock_ledger: StockLedgerTable;
  receivables: ReceivableTable;
  payments: PaymentTable;
  idempotency_keys: IdempotencyKeyTable;
  password_links: PasswordLinkTable;
  audit_log: AuditLogTable;
  chat_messages: ChatMessageTable;
  wecom_accounts: WecomAccountTable;
  wecom_messages: WecomMessageTable;
  wecom_contacts: WecomContactTable;
  wecom_outgoing: WecomOutgoingTable;
  wecom_binding_requests: WecomBindingRequestTable;
  wecom_media: WecomMediaTable;
  order_number_days: { day: string; base: string };
  review_chains: ReviewChainTable;
  order_reviews: OrderReviewTable;
  shipments: ShipmentTable;
  shipment_lines: ShipmentLineTable;
  order_returns: OrderReturnTable;
  return_lines: ReturnLineTable;
  goods_receipts: GoodsReceiptTable;
  credit_notes: CreditNoteTable;
  money_journal: MoneyJournalTable;
  money_receipts: MoneyReceiptTable;
  customer_payer_names: CustomerPayerNameTable;
  finance_settings: FinanceSettingsTable;
  bank_imports: BankImportTable;
  bank_statement_rows: BankStatementRowTable;
  bank_import_rows: BankImportRowTable;
  pictures: PictureTable;
  order_pictures: OrderPictureTable;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProductTable {
  sku: string;
  name: string;
  category: string | null;
  brand: string | null;
  aliases: string[];
  specs: ColumnType<Record<string, string>, string, string>;
  unit: string;
  unit_aliases: string[];
  conversions: ColumnType<Record<string, number>, string, string>;
  barcode: string | null;
  price_fen: number;
  /** `[{ minQty, priceFen, tier? }]`, see catalog/product.ts PriceBreak. */
  price_breaks: ColumnType<{ minQty: number; priceFen: number; tier?: string }[], string | undefined, string>;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface TierPriceTable {
  sku: string;
  tier: string;
  price_fen: number;
}

/** `on_hand - reserved` is what can still be sold. */
export interface StockTable {
  sku: string;
  on_hand: number;
  reserved: Generated<number>;
  updated_at: Generated<Timestamp>;
  /** Where it is kept (shelf, aisle), for pick lists. */
  location: string | null;
  /** Low stock when what is free falls to this (10 when not set). */
  reorder_at: number | null;
}

export type { StaffRole };

export interface StaffTable {
  /** Also the login name. */
  id: string;
  name: string;
  roles: ColumnType<StaffRole[], StaffRole[] | undefined, StaffRole[]>;
  /** Regions a manager oversees (customers.region). */
  regions: ColumnType<string[], string[] | undefined, string[]>;
  /** argon2id; null until a password is set. */
  password_hash: string | null;
  /** Raised when the password changes or the account is switched off: sessions of an older epoch are over. */
  auth_epoch: Generated<number>;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

/** A one-time link to set a password; only the token's hash is kept. */
export interface PasswordLinkTable {
  token_hash: string;
  staff_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Generated<Timestamp>;
}

/** One staff action: who (with which roles), what, on which order or customer, the status before and after. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Timestamp>;
  staff_id: string;
  roles: ColumnType<string[], string[], string[]>;
  action: string;
  order_id: string | null;
  customer_id: string | null;
  status_before: string | null;
  status_after: string | null;
  detail: ColumnType<unknown, string | undefined, string>;
  /** The client's address. */
  address: string | null;
}

export interface CustomerTable {
  id: string;
  name: string;
  tier: string | null;
  region: string | null;
  credit_limit_fen: number;
  rep_id: string | null;
  /**
   * Owed and committed, less written off and less money received (negative: money with the shop); a sum of the
   * money journal kept by its trigger, never written by code.
   */
  open_fen: Generated<number>;
  /** Money received and not allocated to orders (预收); kept by the money journal. */
  unapplied_fen: Generated<number>;
  /** Version of the customer's personal chat links; raising it revokes every link made before. */
  link_version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

/** A chat account (contact or group) on one channel, bound to exactly one customer or one staff member. */
export interface ChatIdentityTable {
  channel: string;
  external_id: string;
  display_name: string | null;
  customer_id: string | null;
  staff_id: string | null;
  created_at: Generated<Timestamp>;
}

export type OrderStatus =
  | 'confirmed'
  | 'reserved'
  | 'priced'
  | 'in_review'
  | 'approved'
  | 'partially_shipped'
  | 'shipped'
  | 'completed'
  | 'cancelled'
  | 'rejected';

export interface OrderTable {
  id: string;
  /** Internal sequence; people never see it. */
  no: Generated<number>;
  /** The one human number (`LD-20261205-0007`): chat, api, pages, delivery notes, bank remarks. */
  number: string;
  /** The review chain version the order started with; its planned steps; the step waiting (in_review). */
  review_chain_version: number | null;
  review_plan: ColumnType<string[], string[] | undefined, string[]>;
  review_step: ReviewStep | null;
  /** An unknown contact's order: `{channel, contactId, groupId?, name}` of the chat to tell. */
  guest_chat: ColumnType<unknown, string | null | undefined, string | null>;
  customer_id: string | null;
  placed_by_staff_id: string | null;
  channel: string;
  /** Idempotency key of the confirmation (session + draft revision): one draft never becomes two orders. */
  source_key: string;
  status: OrderStatus;
  total_fen: number;
  needs_rep: Generated<boolean>;
  review_reason: string | null;
  note: string | null;
  /** Set by the stock worker when at least one line could not be reserved in full. */
  has_shortage: Generated<boolean>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface OrderLineTable {
  order_id: string;
  line_no: number;
  sku: string;
  qty: number;
  unit: string;
  unit_price_fen: number;
  line_total_fen: number;
  /** Reserved for this line and not shipped yet. */
  reserved_qty: Generated<number>;
  /** Units ordered but not reserved because stock ran short (set by the stock worker). */
  shortage_qty: Generated<number>;
  shipped_qty: Generated<number>;
  returned_qty: Generated<number>;
  /** Units the shop decided not to deliver (remainder cancelled). */
  cancelled_qty: Generated<number>;
}

export interface OrderStatusHistoryTable {
  id: Generated<number>;
  order_id: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  actor: string;
  reason: string | null;
  at: Generated<Timestamp>;
}

/** Transactional outbox: written in the same transaction as the order, relayed to BullMQ afterwards. */
export interface OutboxTable {
  id: Generated<number>;
  queue: string;
  job_name: string;
  job_id: string;
  payload: ColumnType<unknown, string, string>;
  created_at: Generated<Timestamp>;
  published_at: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export type StockMovementReason =
  'receive' | 'adjust' | 'count' | 'reserve' | 'release' | 'consume' | 'ship' | 'return' | 'return_damaged';

/** Every stock movement; per SKU the deltas sum to `stock.on_hand` and `stock.reserved`. */
export interface StockLedgerTable {
  id: Generated<number>;
  sku: string;
  /** Set for order movements (reserve, release, consume); unique per (order_id, line_no, reason). */
  order_id: string | null;
  line_no: number | null;
  reason: StockMovementReason;
  shipment_id: number | null;
  return_id: number | null;
  receipt_id: number | null;
  on_hand_delta: Generated<number>;
  reserved_delta: Generated<number>;
  actor: string;
  note: string | null;
  at: Generated<Timestamp>;
}

export type ReceivableStatus = 'open' | 'paid' | 'void';

/** What a customer owes for one approved order. */
export interface ReceivableTable {
  order_id: string;
  customer_id: string;
  /** Owed: what was shipped, less what came back and credit notes. */
  amount_fen: number;
  /** Approved and not shipped yet (counts towards the open balance, not yet owed). */
  committed_fen: Generated<number>;
  /** Allocated from receipts. The four amounts are sums of the money journal, kept by its trigger. */
  paid_fen: Generated<number>;
  /** Settled without payment (a bank fee within the tolerance). */
  written_off_fen: Generated<number>;
  status: Generated<ReceivableStatus>;
  created_at: Generated<Timestamp>;
  settled_at: Timestamp | null;
}

/** A view: each allocation of a receipt to an order (reversals negative), with the receipt's details. */
export interface PaymentTable {
  id: Generated<number>;
  receipt_id: number;
  reverses_id: number | null;
  order_id: string;
  amount_fen: number;
  method: string;
  /** The payment slip / transfer number; a payment with a known reference is recorded once. */
  reference: string | null;
  /** The Idempotency-Key the payment was booked under; unique, so a repeated request books once. */
  idempotency_key: Generated<string | null>;
  actor: string;
  received_at: Generated<Timestamp>;
  created_at: Generated<Timestamp>;
}

/** The first answer to a state-changing request sent with an `Idempotency-Key`, per caller scope. */
export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  /** Hash of method, path and body: the same key with another request is refused. */
  request_hash: string;
  state: 'running' | 'done';
  response_status: number | null;
  response_body: unknown;
  created_at: Generated<Timestamp>;
}

/** Timestamps of the wecom_* tables: read as Date, written as Date or text. */
type WecomTime = ColumnType<Date, Date | string | undefined, Date | string>;
type WecomTimeOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A WeCom 微信客服 account: its sync_msg cursor and the latest callback wake-up. */
export interface WecomAccountTable {
  open_kfid: string;
  cursor: string | null;
  /** The callback's `Token` for sync_msg (valid 10 minutes from `sync_token_at`). */
  sync_token: string | null;
  sync_token_at: WecomTimeOrNull;
  woken_at: WecomTime;
  pulled_through: WecomTimeOrNull;
  pages: Generated<string>;
  updated_at: WecomTime;
}

export type WecomMessageState = 'handling' | 'handled' | 'recalled' | 'interrupted' | 'skipped';

/** Every message pulled with sync_msg, once per (account, msgid). */
export interface WecomMessageTable {
  open_kfid: string;
  msgid: string;
  external_userid: string | null;
  msgtype: string;
  origin: number | null;
  state: WecomMessageState;
  received_at: WecomTime;
  handled_at: WecomTimeOrNull;
}

/** A WeChat user on one account: the send window and who serves the session. */
export interface WecomContactTable {
  open_kfid: string;
  external_userid: string;
  last_customer_message_at: WecomTimeOrNull;
  sent_since_customer_message: Generated<number>;
  served_by_person: Generated<boolean>;
  /** A new contact has been asked for their shop name or phone number. */
  asked_who: Generated<boolean>;
  updated_at: WecomTime;
}

export type WecomOutgoingState = 'sent' | 'held' | 'failed';

/** Every message sent to a WeChat user through kf/send_msg, or held until it can be. */
export interface WecomOutgoingTable {
  id: Generated<string>;
  open_kfid: string;
  external_userid: string;
  kind: 'reply' | 'notice' | 'welcome';
  text: string;
  state: WecomOutgoingState;
  reason: string | null;
  wecom_msgid: string | null;
  created_at: WecomTime;
  sent_at: WecomTimeOrNull;
}

/** A new contact who said who they are; a rep binds them to a customer (or rejects). */
export interface WecomBindingRequestTable {
  id: Generated<string>;
  open_kfid: string;
  external_userid: string;
  said: string;
  status: Generated<'waiting' | 'confirmed' | 'rejected'>;
  customer_id: string | null;
  decided_by: string | null;
  created_at: WecomTime;
  decided_at: WecomTimeOrNull;
}

/** A picture, file or voice message a customer sent, fetched with media/get. */
export interface WecomMediaTable {
  id: Generated<string>;
  open_kfid: string;
  external_userid: string;
  msgid: string;
  msgtype: string;
  content_type: string;
  filename: string | null;
  bytes: Buffer;
  created_at: WecomTime;
}

export interface PictureTable {
  sha256: string;
  content_type: string;
  size: number;
  bytes: Buffer;
  created_at: Generated<Timestamp>;
}

export interface OrderPictureTable {
  id: Generated<string>;
  sha256: string;
  channel: string;
  contact_id: string;
  session_id: string;
  customer_id: string | null;
  staff_id: string | null;
  order_id: string | null;
  lines: ColumnType<{ text: string; confidence: number }[], string | undefined, string>;
  created_at: Generated<Timestamp>;
}

export type ProductRow = Selectable<ProductTable>;
export type NewProductRow = Insertable<ProductTable>;
export type ProductUpdate = Updateable<ProductTable>;
export type CustomerRow = Selectable<CustomerTable>;
export type OrderRow = Selectable<OrderTable>;
export type OrderLineRow = Selectable<OrderLineTable>;

export interface ReviewChainTable {
  version: Generated<number>;
  steps: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: Generated<Timestamp>;
}

export interface OrderReviewTable {
  id: Generated<number>;
  order_id: string;
  step: ReviewStep;
  decision: 'approve' | 'reject';
  staff_id: string;
  comment: string | null;
  at: Generated<Timestamp>;
}

export interface ShipmentTable {
  id: Generated<number>;
  /** `FH-20261205-0007-1`: the order's number and the shipment's place among its shipments. */
  number: string;
  order_id: string;
  staff_id: string;
  note: string | null;
  shipped_at: Generated<Timestamp>;
}

export interface ShipmentLineTable {
  shipment_id: number;
  line_no: number;
  sku: string;
  qty: number;
  returned_qty: Generated<number>;
}

export interface OrderReturnTable {
  id: Generated<number>;
  number: string;
  shipment_id: number;
  order_id: string;
  staff_id: string;
  reason: string;
  returned_at: Generated<Timestamp>;
}

export interface ReturnLineTable {
  return_id: number;
  line_no: number;
  sku: string;
  qty: number;
  disposition: 'restock' | 'damaged';
}

export interface GoodsReceiptTable {
  id: Generated<number>;
  supplier: string | null;
  staff_id: string;
  note: string | null;
  received_at: Generated<Timestamp>;
}

export interface CreditNoteTable {
  id: Generated<number>;
  order_id: string;
  return_id: number | null;
  amount_fen: number;
  reason: string;
  staff_id: string;
  created_at: Generated<Timestamp>;
}

/** What is said about a customer in any chat (theirs, staff's for them, the bot's replies). */
export interface ChatMessageTable {
  id: Generated<number>;
  customer_id: string;
  channel: string;
  speaker: 'customer' | 'staff' | 'bot';
  staff_id: string | null;
  name: string | null;
  text: string;
  at: Timestamp;
}
