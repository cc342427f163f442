import type { OrderStatus } from '../db/schema.js';

/** What a line of an order stands at, for the warehouse. */
export interface LineState {
  lineNo: number;
  name: string;
  unit: string;
  qty: number;
  /** Reserved for the order and still on the shelf (not shipped). */
  reservedQty: number;
  shippedQty: number;
  returnedQty: number;
  cancelledQty: number;
  unitPriceFen: number;
}

/** Units the order still expects: ordered, not shipped, not cancelled. */
export const remainingOf = (l: LineState) => l.qty - l.shippedQty - l.cancelledQty;

export type ShipmentCheck<L extends LineState = LineState> =
  { kind: 'ok'; lines: { line: L; qty: number }[] } | { kind: 'refused'; problems: string[] };

/**
 * Checks a shipment against the order's lines: each line named once, a whole positive number of units, no more
 * than is reserved for it (what is there for this order), at least one line. Problems in Chinese, one per line.
 */
export function checkShipment<L extends LineState>(
  lines: readonly L[],
  request: readonly { lineNo: number; qty: number }[],
): ShipmentCheck<L> {
  const byNo = new Map(lines.map((l) => [l.lineNo, l]));
  const problems: string[] = [];
  const seen = new Set<number>();
  const picked: { line: L; qty: number }[] = [];
  for (const r of request) {
    const line = byNo.get(r.lineNo);
    if (!line) {
      problems.push(`没有第 ${r.lineNo} 行`);
      continue;
    }
    if (seen.has(r.lineNo)) problems.push(`第 ${r.lineNo} 行写了两次`);
    seen.add(r.lineNo);
    if (!Number.isInteger(r.qty) || r.qty <= 0) problems.push(`${line.name}：发货数量要是正整数`);
    else if (r.qty > line.reservedQty) {
      problems.push(`${line.name}：最多能发 ${line.reservedQty}${line.unit}（已备货的数量）`);
    } else picked.push({ line, qty: r.qty });
  }
  if (request.length === 0) problems.push('至少要发一行');
  return problems.length ? { kind: 'refused', problems } : { kind: 'ok', lines: picked };
}

/** The status after a shipment or a cancelled remainder: shipped when nothing is expected any more. */
export function statusAfterDelivery(
  lines: readonly Pick<LineState, 'qty' | 'shippedQty' | 'cancelledQty'>[],
): OrderStatus {
  return lines.every((l) => l.qty - l.shippedQty - l.cancelledQty === 0) ? 'shipped' : 'partially_shipped';
}

/** `LD-20261205-0007` → `FH-20261205-0007-2` (the order's second shipment); `TH-…` for returns. */
export function documentNumber(prefix: 'FH' | 'TH', orderNumber: string, sequence: number): string {
  return `${prefix}-${orderNumber.replace(/^LD-/, '')}-${sequence}`;
}
