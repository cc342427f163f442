import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');
const fen = z.number().int('应为整数（分）').nonnegative('不能为负数');

/** One unpaid or part-paid order as the books stand before a statement is applied (FORMAT.md §1). */
export const OpenOrderSchema = z.object({
  orderNo: z.string().trim().min(1),
  customerId: z.string().trim().min(1),
  customerName: z.string().trim().min(1),
  payerNames: z.array(z.string()).default([]),
  amountFen: fen,
  paidFen: fen.default(0),
  issuedAt: isoDate,
  shippedAt: isoDate.nullable().optional(),
});
export type OpenOrder = z.infer<typeof OpenOrderSchema>;

/** Matching settings (FORMAT.md §3); the defaults are 0 fen and 60 days. */
export const MatchConfigSchema = z.object({
  toleranceFen: fen.default(0),
  dateWindowDays: z.number().int('应为整数').nonnegative('不能为负数').default(60),
});
export type MatchConfig = z.infer<typeof MatchConfigSchema>;

/** Open orders read from JSON Lines, or the first problems found, by line. */
export type OpenOrdersReading =
  | { kind: 'orders'; orders: OpenOrder[] }
  | { kind: 'invalid'; problems: { line: number; problem: string }[] };

/** Reads `open.jsonl`: one order a line, blank lines allowed, every line validated; an order number twice is refused. */
export function parseOpenOrders(text: string): OpenOrdersReading {
  const orders: OpenOrder[] = [];
  const problems: { line: number; problem: string }[] = [];
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (!raw.trim()) return;
      const line = index + 1;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push({ line, problem: '不是有效的 JSON' });
        return;
      }
      const parsed = OpenOrderSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        problems.push({ line, problem: `${issue.path.join('.') || '整行'}：${issue.message}` });
        return;
      }
      if (seen.has(parsed.data.orderNo)) {
        problems.push({ line, problem: `订单号 ${parsed.data.orderNo} 重复` });
        return;
      }
      seen.add(parsed.data.orderNo);
      orders.push(parsed.data);
    });
  return problems.length ? { kind: 'invalid', problems } : { kind: 'orders', orders };
}
