/** The pieces an analysis of a message is made of (see mention-scan.ts). Types only. */

/** Something in a message that points at products. `ids` are catalog positions. */
export type Mention =
  /** A name, alias or category word (or a brand that is also an alias). */
  | { kind: 'head'; text: string; start: number; ids: number[] }
  | { kind: 'brand'; text: string; start: number; ids: number[] }
  /** A spec value word (红, 中性, C1) or a spec spelling (2.5平方, 800*800, M8*60); `bare` for a lone number. */
  | {
      kind: 'spec';
      text: string;
      start: number;
      ids: number[];
      /** The products whose spec values (not only name or aliases) say so: preferred when any is left. */
      strong?: number[];
      attr?: string;
      bare: boolean;
      /**
       * What kind of value it is, so that alternatives can be told from specs that go together (红 蓝 各5卷 are
       * two colours; 2.5平方 红 are one wire): `attr:颜色` for a value word, `keys:sq` / `keys:p+a` for a spelling.
       */
      family: string;
      /** A spelling's keys (every alternative of every requirement), for preferring values that lead with it. */
      keys?: string[];
      /** One character of a value (热 of 热水): narrows what else is said, never names a product alone. */
      lone?: true;
    }
  /** Part of a catalog word (柔光 → 柔光砖): applied only when it does not empty the candidates. */
  | { kind: 'partial'; text: string; start: number; ids: number[] }
  | { kind: 'barcode'; text: string; start: number; ids: number[] };

export interface QuantityToken {
  start: number;
  end: number;
  value: number;
  /** Canonical unit word; undefined for `*12` after a barcode or a bare Chinese numeral. */
  unit?: string;
  raw: string;
  /** A minus sign or other reason the number cannot be a quantity. */
  invalid?: boolean;
  /** A second part in another unit, added to the first: 一箱零6瓶, 1箱 加12瓶. */
  plus?: { value: number; unit?: string };
}

export interface Analysis {
  /** The normalised text after homophone correction. */
  text: string;
  mentions: Mention[];
  quantities: QuantityToken[];
  /** Words of two or more Han characters the catalog does not know (石膏板, 啤酒). */
  unknown: string[];
  /** Unknown words glued to a product word (飞利浦灯泡): most likely a brand or kind the shop lacks. */
  qualifiers: string[];
}
