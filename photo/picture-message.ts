import type { RefusalReason } from '../reader/picture-reader.js';
import type { ListLine, ListReading } from './list-types.js';
import { LIST_UNITS } from './list-words.js';

/** Below this confidence a line is asked about, never guessed. */
export const SURE_CONFIDENCE = 0.8;
/**
 * A delivery note's quantity cell holding one or two digits alone is read from a crop with no context, and the
 * reader's confidence on such crops runs far lower for the same digit (0.5–0.8 where the digit beside its unit reads
 * 0.99): such a cell is sure from this confidence; below it, it is asked about too.
 */
export const LONE_DIGITS_CONFIDENCE = 0.45;
/** The same for a table's unit cell holding one unit word alone (桶, 只, 把): sure from this when it is a unit. */
export const LONE_UNIT_CONFIDENCE = 0.3;

/**
 * Whether a line was read surely: every piece of it, a table's lone quantity digits and lone unit word by their
 * own measure (a misread unit cell that is no unit, 只 read as 汨, stays unsure).
 */
export function readSurely(
  line: ListLine,
  sure = SURE_CONFIDENCE,
  units: readonly string[] = LIST_UNITS,
): boolean {
  return line.pieces.every((p) => {
    if (p.confidence >= sure) return true;
    if (line.source !== 'table') return false;
    const cell = p.text.normalize('NFKC').trim();
    if (/^\d{1,2}$/.test(cell)) return p.confidence >= LONE_DIGITS_CONFIDENCE;
    return (units.includes(cell) || LIST_UNITS.includes(cell)) && p.confidence >= LONE_UNIT_CONFIDENCE;
  });
}

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
  /** Lines set aside as notes (no quantity found): they may still name goods, so the order side looks at them. */
  notes: string[];
}

/**
 * Turns a picture's list into the message the order side understands: every line numbered for the read-back,
 * the surely read ones joined into one text, the unsure ones left to be asked about. Pure.
 */
export function pictureMessage(
  list: ListReading,
  sureConfidence = SURE_CONFIDENCE,
  units: readonly string[] = LIST_UNITS,
): PictureMessage {
  const readBack = list.lines.map((line, i) => ({
    number: i + 1,
    line,
    sure: readSurely(line, sureConfidence, units),
  }));
  return {
    readBack,
    text: readBack
      .filter((l) => l.sure)
      .map((l) => l.line.text)
      .join('\n'),
    notes: list.setAside.filter((l) => l.reason === 'note').map((l) => l.text),
  };
}

const PICTURE_REFUSALS: Record<RefusalReason, string> = {
  not_picture: '这个文件我打不开，麻烦发一张单子的照片或截图（JPG、PNG），或者直接打字下单。',
  unreadable: '这张图片好像没有传完整，打不开，麻烦再发一次。',
  too_big: '这张图片太大了（超过 10MB），麻烦压缩一下或截图后再发。',
  too_large: '这张图片尺寸太大了（超过 4000 像素），麻烦截图或缩小后再发。',
  no_text: '这张图片上我没看到文字，麻烦拍清楚单子再发一次，或者直接打字下单。',
  busy: '现在图片有点多，麻烦过一分钟再发一次，或者直接打字下单。',
};

/** What the bot says about a picture itself (the order talk is the engine's). Every channel and `simulate` alike. */
export const pictureTexts = {
  refused: (reason: RefusalReason) => PICTURE_REFUSALS[reason],
  noList: '图片里没看到要的货和数量，麻烦拍清楚一点的单子，或者直接打字发给我，比如「水泥 50袋」。',
  off: '不好意思，图片我这边暂时看不了，麻烦您打字下单，比如「水泥 50袋」。',
  readBack: (lines: readonly ReadBackLine[]) =>
    ['我从图片里看到：']
      .concat(lines.map((l) => `${l.number}. ${l.line.text}${l.sure ? '' : '（看不太清）'}`))
      .join('\n'),
  unsure: (line: ReadBackLine) =>
    `第${line.number}行我看不太清，是「${line.line.text}」吗？麻烦打字发一下这一行要的货和数量。`,
};
