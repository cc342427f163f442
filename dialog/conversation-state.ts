import type { DialogState } from './dialog-types.js';

/** A quantity as the customer said it, before it is converted to the product's sale unit. */
export interface SaidQuantity {
  value: number;
  /** Canonical unit word; none for a bare number (红牛 10) or a Chinese numeral on its own. */
  unit?: string;
  /** A second part in another unit, added to the first: 一箱零6瓶, 1箱 加12瓶. */
  plus?: { value: number; unit?: string };
  /** As typed, for replies. */
  text: string;
  /** A minus sign or zero: no amount at all. */
  invalid?: boolean;
}

/** What the customer asked for, kept while it is not yet one product. */
export interface ProductRequest {
  /** The words that name it, as read (catalog words and specs). */
  text: string;
  quantity?: SaidQuantity;
  /** A product it leans on (蓝的也10卷 leans on the red wire just ordered): ties are broken towards it. */
  leansOn?: string;
}

/** A change to one draft line that waits until the customer says which line. */
export type PendingLineChange =
  | { kind: 'remove' }
  | { kind: 'set_quantity'; quantity: SaidQuantity }
  | { kind: 'add_quantity'; quantity: SaidQuantity; sign: 1 | -1 }
  | { kind: 'replace'; request: ProductRequest }
  /** 黄油只要一箱: the line picked stays (at `quantity` when said), the others of `among` go. */
  | { kind: 'keep'; among: string[]; quantity?: SaidQuantity };

/**
 * A question the conversation waits on. `asked` counts how often it was put to the customer: a question asked
 * again is phrased differently (numbered options, then the closest ones), never the same way three times.
 */
export type OpenQuestion =
  /** Which product: the request fits several; `answers` are the customer's replies so far. */
  (
    | {
        kind: 'which_product';
        request: ProductRequest;
        answers: string[];
        /** Options picked by number: attribute → value. */
        chosen: { attribute: string; value: string }[];
        /** Words the customer does not want (不要屏蔽): the candidates they fit are left out. */
        excluded?: string[];
        /** The draft line the answer replaces (a correction that fits several products). */
        replaces?: string;
        /** The attribute and values last offered, so that 第二个 / 2 picks one. */
        offered?: { attribute: string; values: string[] };
        /** The customer's own word when the request reads it as a catalog word near it (圣子 read as 蛏子). */
        saidAs?: string;
        /**
         * Words of the request the engine did not read (九阳破壁机: 破壁机): they may name a kind none of the
         * candidates is, so only the customer's answer settles the question, never another line's family.
         */
        unread?: string;
        asked: number;
      }
    /** How many of a known product; `problem` says why a quantity given could not be used. */
    | {
        kind: 'quantity';
        sku: string;
        problem?: 'not_whole' | 'no_amount';
        said?: string;
        /** Asked after 有X吗: no order yet, so going past it lets it go. */
        inquiry?: true;
        asked: number;
      }
    /** Not enough stock: offers what there is. */
    | { kind: 'stock'; sku: string; wanted: number; available: number; asked: number }
    /**
     * The closest products the shop sells, offered instead of a "没有": the request did not fit them exactly
     * (4寸切割片 when the only one is 105 mm). Yes takes the only one, a number or a name picks one; anything else
     * lets the offer go.
     */
    | {
        kind: 'offer';
        skus: string[];
        said: string;
        quantity?: SaidQuantity;
        /** Every spec said fits the offered product (only the product word differed: 插座 4位 3米 → 插线板). */
        specsFit?: true;
        asked: number;
      }
    /** Which line a removal or change means, when the words fit several lines. */
    | { kind: 'which_line'; skus: string[]; change: PendingLineChange; asked: number }
    /**
     * What the customer wrote that no line took: a quantity that named no product the engine could place
     * (白牛二 20件 → 20件), a barcode the catalog lacks. The turn's reply already asked what it is, so it is not
     * asked again while the customer goes on ordering; it keeps the order from being confirmed until the customer
     * names it or lets it go (see `dialog/unplaced-items.ts`).
     */
    | {
        kind: 'unplaced';
        said: string;
        quantity?: SaidQuantity;
        /** The shop sells the product said, not in the spec said (see `dialog/missing-specs.ts`). */
        sold?: SoldElseHow;
        /** Answered "没有" although catalog words are in it: `sold` holds the closest products (lost-items.ts). */
        lost?: true;
        /** An edit with an amount that named no line (半斤的加到20箱 → 订单里没有0.5斤的; lost-items.ts). */
        edit?: true;
        asked: number;
      }
  ) & {
    /**
     * Asked three ways and gone past once more: no longer asked (the reply said it is not added), but an answer
     * still settles it. Confirming the order lets it go.
     */
    parked?: true;
    /** Put off in words (算了, 回头再说) while it was open: a confirmation lets it go without asking again. */
    putOff?: true;
  };

/**
 * A product the shop sells in other specs than the one said (3*4木方 when it has 30*40 / 40*60): `words` are the
 * product words the customer said (木方), to read a spec-only answer with; `skus` the products it could be; `values`
 * what there is, as the reply listed it (none when it listed the products themselves).
 */
export interface SoldElseHow {
  words: string;
  skus: string[];
  values: string[];
}

export interface DraftLineState {
  sku: string;
  /** In the product's sale unit; a positive integer. */
  quantity: number;
  /**
   * The amount as the customer said it, when in a unit other than the sale unit (3箱 of a 40-to-the-case
   * product): a correction to a sibling packed otherwise keeps 3箱, not the 120 it came to.
   */
  said?: LineAmountSaid;
}

/** An amount said in a unit of the product's other than its sale unit (3箱). */
export interface LineAmountSaid {
  value: number;
  unit: string;
}

/** An item just refused as not sold, kept one turn for 那就德力西的吧 / 那5瓦的也行. */
export interface RefusedRequest {
  text: string;
  /** The words that could not be met. */
  missing: string;
  quantity?: SaidQuantity;
}

/** The engine's state between turns: opaque to channels, JSON-serialisable, small. */
export interface ConversationState extends DialogState {
  v: 2;
  /** `open`: a draft (possibly empty) is being built. */
  status: 'open' | 'confirmed' | 'cancelled';
  lines: DraftLineState[];
  questions: OpenQuestion[];
  /** The SKU talked about last (for 改成20箱, 蓝的也10卷, 不对 是4平方的). */
  focus?: string;
  /** Bumped on every change of the lines; the `confirmed` event carries it. */
  revision: number;
  refused?: RefusedRequest;
}

export function freshConversation(revision = 0): ConversationState {
  return { v: 2, status: 'open', lines: [], questions: [], revision };
}

/**
 * Accepts a stored state of this engine; a state of the earlier engine (v 1) keeps its lines, status and
 * revision (its open questions are dropped: the customer is asked again); anything else starts afresh.
 */
export function readConversation(state: DialogState | null): ConversationState {
  if (!state) return freshConversation();
  if (state.v === 1) return fromVersionOne(state);
  if (state.v !== 2) return freshConversation();
  const s = state as Partial<ConversationState>;
  if (!Array.isArray(s.lines) || !Array.isArray(s.questions) || typeof s.status !== 'string')
    return freshConversation();
  return {
    v: 2,
    status: s.status === 'confirmed' || s.status === 'cancelled' ? s.status : 'open',
    lines: s.lines.filter(
      (l) => l && typeof l.sku === 'string' && Number.isInteger(l.quantity) && l.quantity > 0,
    ),
    questions: s.questions.filter((q) => q && typeof q.kind === 'string'),
    ...(typeof s.focus === 'string' && { focus: s.focus }),
    revision: typeof s.revision === 'number' ? s.revision : 0,
    ...(s.refused && typeof s.refused.text === 'string' && { refused: s.refused }),
  };
}

function fromVersionOne(state: DialogState): ConversationState {
  const old = state as { st?: unknown; lines?: unknown; rev?: unknown };
  const lines = Array.isArray(old.lines)
    ? (old.lines as { s?: unknown; q?: unknown }[])
        .filter((l) => l && typeof l.s === 'string' && Number.isInteger(l.q) && (l.q as number) > 0)
        .map((l) => ({ sku: l.s as string, quantity: l.q as number }))
    : [];
  return {
    ...freshConversation(typeof old.rev === 'number' ? old.rev : 0),
    status: old.st === 'confirmed' || old.st === 'cancelled' ? old.st : 'open',
    lines,
  };
}
