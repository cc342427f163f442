/** How the back office writes money, times and statuses: ¥1,234.50, Beijing time, the shop's words. */

const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Integer fen as yuan: 123450 → ¥1,234.50. */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || Number.isNaN(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${money.format(Math.abs(fen) / 100)}`;
}

/** Yuan typed by a person (1234.5) to integer fen (123450). */
export function fenOf(yuanAmount: number): number {
  return Math.round(yuanAmount * 100);
}

const parts = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(value: string | Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(new Date(value))) out[p.type] = p.value;
  return out;
}

/** 2026-12-05 14:03, Beijing time. */
export function dateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const p = pieces(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 2026-12-05, Beijing time. */
export function day(value: string | Date): string {
  const p = pieces(value);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 14:03, Beijing time. */
export function clock(value: string | Date): string {
  const p = pieces(value);
  return `${p.hour}:${p.minute}`;
}

export const STATUS_LABELS: Record<string, string> = {
  confirmed: '已下单',
  reserved: '已备货',
  priced: '已核价',
  pending_review: '待审核',
  in_review: '审核中',
  approved: '已审核',
  partially_shipped: '部分发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
  rejected: '已驳回',
};

export const STATUS_TAGS: Record<string, 'primary' | 'success' | 'warning' | 'info' | 'danger'> = {
  confirmed: 'info',
  reserved: 'info',
  priced: 'info',
  pending_review: 'warning',
  in_review: 'warning',
  approved: 'primary',
  partially_shipped: 'primary',
  shipped: 'success',
  completed: 'success',
  cancelled: 'info',
  rejected: 'danger',
};

export const REVIEW_STEPS: Record<string, { label: string; role: string }> = {
  rep: { label: '业务员确认', role: 'rep' },
  order: { label: '订单审核', role: 'clerk' },
  finance: { label: '财务审核', role: 'finance' },
  warehouse: { label: '出库审核', role: 'warehouse' },
};

export const ROLE_LABELS: Record<string, string> = {
  rep: '业务员',
  clerk: '内勤',
  warehouse: '仓库',
  finance: '财务',
  manager: '区域经理',
  admin: '管理员',
};

export const statusLabel = (s: string) => STATUS_LABELS[s] ?? s;

/** A new key for each form submission: a double click or a retried request is done once. */
export function submissionKey(): string {
  return crypto.randomUUID();
}
