import type { ListLine, ListReading } from './list-types.js';

/** Below this confidence a line is asked about, never guessed. */
export const SURE_CONFIDENCE = 0.8;

/** A line of the read-back list: its number as the customer sees it, and whether it was read surely. */
export interface ReadBackLine {
  number: number;
  line: ListLine;
  sure: boolean;
}

/** What a picture says as an order message: the read-back list, and the text of the sure lines for the engine. */
export interface PictureMessage {
  readBack: ReadBackLine[];
  /** The sure lines, one a line, as the customer would have typed them. Empty when none is sure. */
  text: string;
}

/**
 * Turns a picture's list into the message the order side understands: every line numbered for the read-back,
 * the surely read ones joined into one text, the unsure ones left to be asked about. Pure.
 */
export function pictureMessage(list: ListReading, sureConfidence = SURE_CONFIDENCE): PictureMessage {
  const readBack = list.lines.map((line, i) => ({
    number: i + 1,
    line,
    sure: line.confidence >= sureConfidence,
  }));
  return {
    readBack,
    text: readBack
      .filter((l) => l.sure)
      .map((l) => l.line.text)
      .join('\n'),
  };
}
