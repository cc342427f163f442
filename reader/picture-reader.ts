/**
 * The contract between whatever reads text off a picture (an OCR adapter) and the code that turns read lines into
 * an order. A better reader later replaces one adapter file; nothing else changes.
 */

/** A point in picture pixels, x to the right, y down. */
export type Point = readonly [x: number, y: number];

/** One piece of text the reader found: a word, a cell or a whole line, as the reader cut it. */
export interface ReadText {
  text: string;
  /** The reader's own confidence in the text, 0–1 (the mean of its per-character probabilities). */
  confidence: number;
  /** The text's corners, clockwise from top left. */
  box: readonly [Point, Point, Point, Point];
}

/** What a reader saw on one picture: every piece of text, none dropped for low confidence. */
export interface PictureText {
  lines: ReadText[];
  /** The size the boxes refer to (the picture as read, after any downscaling). */
  width: number;
  height: number;
}

/**
 * Why a picture is not read. Channels turn each into a polite Chinese answer; nothing is applied to the order.
 * - `not_picture`: not a PNG/JPEG/WebP/GIF image at all
 * - `unreadable`: looks like a picture but cannot be decoded (truncated, damaged)
 * - `too_big`: more bytes than allowed
 * - `too_large`: more pixels on a side than allowed
 * - `no_text`: decoded, but nothing that reads as text
 * - `busy`: too many pictures waiting to be read
 */
export type RefusalReason = 'not_picture' | 'unreadable' | 'too_big' | 'too_large' | 'no_text' | 'busy';

export type PictureReading = ({ kind: 'read' } & PictureText) | { kind: 'refused'; reason: RefusalReason };

/** Reads the text on a picture. Never throws for bad input (that is a refusal); throws only on faults. */
export interface PictureReader {
  readPicture(bytes: Uint8Array): Promise<PictureReading>;
  /** Frees threads and models; later reads fail. */
  close(): Promise<void>;
}

/** The limits a picture must meet before it is read. */
export interface PictureLimits {
  /** Largest file, bytes (10 MB). */
  maxBytes: number;
  /** Largest width or height, pixels (4,000). */
  maxSide: number;
}

export const defaultPictureLimits: PictureLimits = { maxBytes: 10 * 1024 * 1024, maxSide: 4000 };
