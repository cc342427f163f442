import type { DialogState } from './dialog-types.js';

/** A question the engine is waiting on. Kept small: SKUs and numbers, never product objects. */
export type Pending =
  /** Which product: `text` names the item, `refine` holds the answers so far (`=attr=value` for a picked option). */
  | {
      t: 'pick';
      text: string;
      refine: string[];
      q?: number;
      u?: string;
      ctx?: string;
      attr?: string;
      opts?: string[];
    }
  /**
   * How many of a known product; `said` is a quantity that could not be used (半吨 of beer), `bad` a quantity
   * that is no amount (0, -5).
   */
  | { t: 'qty'; s: string; said?: string; bad?: true }
  /** Not enough stock: `want` asked for, `have` available (sale units). */
  | { t: 'stock'; s: string; want: number; have: number };

export interface DraftLineState {
  s: string;
  q: number;
}

/** The engine's state (opaque to channels, JSON-serialisable). */
export interface EngineState extends DialogState {
  v: 1;
  /** `open`: a draft (possibly empty) is being built. */
  st: 'open' | 'confirmed' | 'cancelled';
  lines: DraftLineState[];
  pend: Pending[];
  /** The SKU talked about last (for 改成20箱, 蓝的也10卷). */
  last?: string;
  /** Bumped on every change of the draft; the `confirmed` event carries it. */
  rev: number;
  /** The item just refused as not sold (for 那就德力西的吧 / 那5瓦的也行 next turn). */
  alt?: { text: string; what: string; q?: number; u?: string };
}

export function freshState(): EngineState {
  return { v: 1, st: 'open', lines: [], pend: [], rev: 0 };
}

/** Accepts a stored state only if it has this engine's shape; anything else starts afresh. */
export function readState(state: DialogState | null): EngineState {
  if (!state || state.v !== 1) return freshState();
  const s = state as Partial<EngineState>;
  if (!Array.isArray(s.lines) || !Array.isArray(s.pend) || typeof s.st !== 'string') return freshState();
  return {
    v: 1,
    st: s.st === 'confirmed' || s.st === 'cancelled' ? s.st : 'open',
    lines: s.lines
      .filter((l) => l && typeof l.s === 'string' && Number.isInteger(l.q) && l.q > 0)
      .map((l) => ({ ...l })),
    pend: s.pend.filter((p) => p && typeof p.t === 'string').map((p) => ({ ...p })),
    ...(typeof s.last === 'string' && { last: s.last }),
    rev: typeof s.rev === 'number' ? s.rev : 0,
    ...(s.alt && typeof s.alt.text === 'string' && typeof s.alt.what === 'string' && { alt: { ...s.alt } }),
  };
}
