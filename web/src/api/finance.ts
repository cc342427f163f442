import { get, http, send } from './request';

/** The finance desk's api (/api/finance): money in integer fen from the server, typed in yuan by people. */

export type AgingBucket = '0-30' | '31-60' | '61-90' | '90+';
export type AgingAmounts = Record<AgingBucket, number>;
export const AGING_BUCKETS: { key: AgingBucket; label: string }[] = [
  { key: '0-30', label: '0–30 天' },
  { key: '31-60', label: '31–60 天' },
  { key: '61-90', label: '61–90 天' },
  { key: '90+', label: '90 天以上' },
];

export interface CustomerReceivable {
  customerId: string;
  customerName: string;
  region: string | null;
  repId: string | null;
  openFen: number;
  outstandingFen: number;
  owedFen: number;
  committedFen: number;
  unappliedFen: number;
  aging: AgingAmounts;
  overdueFen: number;
  overdue: boolean;
  openOrders: number;
}

export interface Receivables {
  asOf: string;
  termsDays: number;
  customers: CustomerReceivable[];
  totals: AgingAmounts;
}

export const listReceivables = (q: { asOf?: string; overdueOnly?: 'true' }) =>
  get<Receivables>('/api/finance/receivables', { ...q });

export interface OpenOrderMoney {
  orderId: string;
  orderNumber: string;
  status: string;
  issuedOn: string;
  firstShippedOn: string | null;
  orderedFen: number;
  shippedFen: number;
  creditedFen: number;
  owedFen: number;
  committedFen: number;
  paidFen: number;
  writtenOffFen: number;
  outstandingFen: number;
  aging: { owedFen: number; buckets: AgingAmounts; overdueFen: number; oldestDays: number | null };
  overdue: boolean;
}

export interface CustomerLedger {
  customer: Partial<CustomerReceivable> & { customerId: string; customerName: string };
  asOf: string;
  termsDays: number;
  orders: OpenOrderMoney[];
  receipts: {
    receiptId: number;
    amountFen: number;
    reversed: boolean;
    unappliedFen: number;
    method: string;
    reference: string | null;
    receivedAt: string;
    /** What of it still pays orders; each can be undone on its own. */
    allocations: { allocationId: number; orderNumber: string; amountFen: number; writeOffFen: number }[];
  }[];
  payerNames: { name: string; source: string }[];
}

const c = (id: string) => `/api/finance/customers/${encodeURIComponent(id)}`;

export const customerLedger = (customerId: string) => get<CustomerLedger>(`${c(customerId)}/receivables`);

export interface AllocationOffer {
  customerId: string;
  openOrders: { orderId: string; orderNumber: string; outstandingFen: number; issuedAt: string }[];
  allocations: { orderId: string; orderNumber: string; amountFen: number }[];
  unappliedFen: number;
}

export const allocationOffer = (customerId: string, amountYuan?: string) =>
  get<AllocationOffer>(`${c(customerId)}/allocation-offer`, { amountYuan });

export type PaymentMethod = 'cash' | 'transfer' | 'wechat' | 'alipay';
export const METHOD_LABELS: Record<string, string> = {
  cash: '现金',
  transfer: '银行转账',
  wechat: '微信',
  alipay: '支付宝',
  bank: '银行流水',
};

export interface BookedReceipt {
  kind: 'booked' | 'repeat';
  receiptId: number;
  allocations?: { orderNumber: string; amountFen: number; writeOffFen: number; outstandingFen: number }[];
  unappliedFen?: number;
}

export const recordCustomerPayment = (
  body: {
    customerId: string;
    amountYuan: string;
    method: PaymentMethod;
    reference?: string;
    note?: string;
    allocations: { orderNumber: string; amountYuan: string }[];
  },
  key: string,
) => send<BookedReceipt>('post', '/api/finance/payments', body, key);

export const applyCustomerCredit = (customerId: string, key: string) =>
  send<BookedReceipt>('post', `${c(customerId)}/apply-credit`, { oldestFirst: true }, key);

export const reverseReceipt = (receiptId: number, reason: string, key: string) =>
  send('post', `/api/finance/receipts/${receiptId}/reverse`, { reason }, key);

export const reverseAllocation = (allocationId: number, reason: string, key: string) =>
  send<{ allocationId: number; orderNumber: string; amountFen: number }>(
    'post',
    `/api/finance/allocations/${allocationId}/reverse`,
    { reason },
    key,
  );

export const addPayerName = (customerId: string, name: string, key: string) =>
  send('post', `${c(customerId)}/payer-names`, { name }, key);

export interface StatementSummary {
  layout: 'income-and-expense-columns' | 'signed-amount' | 'amount-and-direction';
  bank: string | null;
  accountHolder: string | null;
  header: string[];
  firstDate: string | null;
  lastDate: string | null;
  incomeRows: number;
  expenseRows: number;
  zeroRows: number;
  summaryLines: number;
  otherLines: number;
  badRows: number;
}

export interface ImportPreview {
  importId: number;
  fileName: string;
  state: 'previewed' | 'booked';
  recognised: string;
  summary: StatementSummary;
  badRows: { line: number; fileLine: number; problem: string }[];
  counts: {
    rows: number;
    incomeRows: number;
    newRows: number;
    seenBefore: number;
    badRows: number;
    autoBooked?: number;
    suggested?: number;
    unmatched?: number;
    bookedFen?: number;
  };
}

export const previewBankImport = (fileName: string, contentBase64: string, key: string) =>
  send<ImportPreview>('post', '/api/finance/bank-imports', { fileName, contentBase64 }, key);

export const bookBankImport = (importId: number, allowBadRows: boolean, key: string) =>
  send<ImportPreview>('post', `/api/finance/bank-imports/${importId}/book`, { allowBadRows }, key);

export const listBankImports = () =>
  get<{
    items: {
      id: number;
      file_name: string;
      staff_id: string;
      state: string;
      counts: ImportPreview['counts'];
      created_at: string;
      booked_at: string | null;
      booked_by: string | null;
    }[];
  }>('/api/finance/bank-imports');

export type RowState = 'waiting' | 'booked' | 'dismissed' | 'ignored';

export interface StatementRow {
  rowId: number;
  importId: number;
  line: number;
  date: string;
  time: string | null;
  amountFen: number;
  payerName: string | null;
  payerAccount: string | null;
  remarks: string[];
  state: RowState;
  decision: 'auto' | 'suggest' | 'unmatched' | null;
  kind: string | null;
  reason: string | null;
  proposal: { orderNo: string; amountFen: number }[];
  candidates: string[];
  receiptId: number | null;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export const listStatementRows = (q: { state?: RowState; importId?: number; limit?: number }) =>
  get<{ items: StatementRow[] }>('/api/finance/statement-rows', { ...q });

export const confirmStatementRow = (
  rowId: number,
  body: {
    customerId?: string;
    allocations?: { orderNumber: string; amountYuan: string; writeOffYuan?: string }[];
    note?: string;
  },
  key: string,
) =>
  send<{ rowId: number; receiptId: number; customerId: string; learnedPayerName: string | null }>(
    'post',
    `/api/finance/statement-rows/${rowId}/confirm`,
    body,
    key,
  );

export const statementRow = (rowId: number) => get<StatementRow>(`/api/finance/statement-rows/${rowId}`);

export const dismissStatementRow = (rowId: number, reason: string, key: string) =>
  send('post', `/api/finance/statement-rows/${rowId}/dismiss`, { reason }, key);

export interface CustomerStatement {
  customer: { id: string; name: string };
  from: string;
  to: string;
  openingFen: number;
  lines: {
    day: string;
    kind: 'order' | 'shipment' | 'return' | 'credit' | 'payment' | 'write_off';
    document: string;
    orderNumber: string | null;
    amountFen: number;
    reversal: boolean;
    description: string;
    debitFen: number;
    creditFen: number;
    balanceFen: number;
  }[];
  totals: { debitFen: number; creditFen: number };
  closingFen: number;
  committedFen: number;
}

export const customerStatement = (customerId: string, from: string, to: string) =>
  get<CustomerStatement>(`${c(customerId)}/statement`, { from, to, format: 'json' });

/** The 对账单 as a file (pdf or xlsx), downloaded with the session's cookie. */
export async function statementFile(
  customerId: string,
  from: string,
  to: string,
  format: 'pdf' | 'xlsx',
): Promise<Blob> {
  const r = await http.get<Blob>(`${c(customerId)}/statement`, {
    params: { from, to, format },
    responseType: 'blob',
  });
  return r.data;
}

export const sendCustomerStatement = (customerId: string, from: string, to: string, key: string) =>
  send<{ text: string; url: string; until: string }>(
    'post',
    `${c(customerId)}/statement/send`,
    { from, to },
    key,
  );

export interface MismatchLine {
  kind: string;
  message: string;
  amountFen: number | null;
  links: { orderNumber?: string; customerId?: string; statementRowId?: number; receiptNumber?: string };
}

export const mismatchReport = (days?: number) =>
  get<{
    generatedAt: string;
    unmatchedAfterDays: number;
    counts: Record<string, number>;
    lines: MismatchLine[];
  }>('/api/finance/mismatches', { days });

export const MISMATCH_LABELS: Record<string, string> = {
  shipped_without_receivable: '发货未记应收',
  receivable_differs: '应收≠发货−退货',
  payment_not_allocated: '收款未分配',
  allocated_over_open: '核销超过应收',
  journal_drift: '余额与流水不符',
  completed_but_owing: '已完结仍欠款',
  statement_row_waiting: '流水久未处理',
  bank_row_twice: '同一笔流水两次',
  booked_by_hand_and_bank: '手工和银行各记一次',
  finance_hold_overridden: '财务审核被放行',
};

export interface FinanceSettings {
  toleranceFen: number;
  dateWindowDays: number;
  paymentTermsDays: number;
  unmatchedAlertDays: number;
}

export const financeSettings = () => get<FinanceSettings>('/api/finance/settings');
export const saveFinanceSettings = (s: FinanceSettings, key: string) =>
  send<FinanceSettings>('put', '/api/finance/settings', s, key);
