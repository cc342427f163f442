/**
 * What to do when a line cannot be reserved in full: `partial` reserves what is there and records the shortage;
 * `all_or_nothing` reserves nothing unless every line can be reserved in full.
 */
export type ShortagePolicy = 'partial' | 'all_or_nothing';

export interface LineToReserve {
  lineNo: number;
  sku: string;
  qty: number;
}

export interface LineAllocation extends LineToReserve {
  reserved: number;
  shortage: number;
}

/**
 * `full`: every line reserved in full; `partial`: some units are missing but something is reserved; `none`:
 * nothing is reserved (no stock at all, or all-or-nothing with a shortage).
 */
export type Allocation =
  | { kind: 'full'; lines: LineAllocation[] }
  | { kind: 'partial'; lines: LineAllocation[] }
  | { kind: 'none'; lines: LineAllocation[] };

/**
 * Splits the available units between an order's lines, in line order (two lines of one SKU share its stock).
 * `available` is `on_hand - reserved` per SKU, read under row lock; SKUs without a stock row have nothing.
 */
export function allocate(
  lines: LineToReserve[],
  available: ReadonlyMap<string, number>,
  policy: ShortagePolicy,
): Allocation {
  const left = new Map(available);
  const wanted = lines.map((l) => {
    const have = Math.max(0, left.get(l.sku) ?? 0);
    const reserved = Math.min(l.qty, have);
    left.set(l.sku, have - reserved);
    return { ...l, reserved, shortage: l.qty - reserved };
  });
  const short = wanted.some((l) => l.shortage > 0);
  if (!short) return { kind: 'full', lines: wanted };
  const anything = wanted.some((l) => l.reserved > 0);
  if (policy === 'all_or_nothing' || !anything) {
    // `shortage` keeps the real shortfall, so the customer is told what was missing.
    return { kind: 'none', lines: wanted.map((l) => ({ ...l, reserved: 0 })) };
  }
  return { kind: 'partial', lines: wanted };
}
