/** What the layout makes of a picture's text: candidate order lines and everything it set aside, with why. */

/** One line of the list, as the customer wrote it, with how sure the reader was of each piece. */
export interface ListLine {
  text: string;
  /** The lowest confidence of the pieces it is made of (a line is as sure as its least sure part). */
  confidence: number;
  /** `table`: a row of a delivery note's table; `list`: a line of a written or typed list. */
  source: 'table' | 'list';
  /** The pieces in reading order, for asking about the unsure one. */
  pieces: { text: string; confidence: number }[];
}

/**
 * Why a line is not an order line:
 * `chrome` the phone's status bar or notes app, `form` a title, column header or label of a printed form,
 * `date` / `phone` just that, `total` a total or amount line, `note` text without a quantity (a name, a
 * delivery note, chit-chat: it may still name goods, so the order side can look at it).
 */
export type SetAsideReason = 'chrome' | 'form' | 'date' | 'phone' | 'total' | 'note';

export interface SetAsideLine {
  text: string;
  confidence: number;
  reason: SetAsideReason;
}

export interface ListReading {
  /** Candidate order lines in reading order, list numbers, prices and amounts removed. */
  lines: ListLine[];
  setAside: SetAsideLine[];
  /** The picture held a table with columns (a delivery note). */
  table: boolean;
}
