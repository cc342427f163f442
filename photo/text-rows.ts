import type { PictureText, ReadText } from '../reader/picture-reader.js';

/** A piece of text with its box measured in the deskewed picture. */
export interface PlacedText {
  text: string;
  confidence: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Vertical centre, and the slope of its own baseline left after deskewing (tan of the angle). */
  middle: number;
  slope: number;
}

/** One row of text in reading order: the pieces the reader cut, left to right. */
export interface TextRow {
  pieces: PlacedText[];
  top: number;
  bottom: number;
  middle: number;
}

const height = (p: PlacedText) => p.bottom - p.top;

function angleOf(text: ReadText): number {
  const [tl, tr, br, bl] = text.box;
  const top = Math.atan2(tr[1] - tl[1], tr[0] - tl[0]);
  const bottom = Math.atan2(br[1] - bl[1], br[0] - bl[0]);
  return (top + bottom) / 2;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The picture's overall tilt: the median baseline angle of pieces at least twice as wide as tall (short pieces
 * such as a lone digit say little about it). Radians; small for photos of lists (within a few degrees).
 */
export function skewOf(texts: readonly ReadText[]): number {
  const angles: number[] = [];
  for (const t of texts) {
    const [tl, tr, , bl] = t.box;
    const width = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
    const tall = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
    if (width >= 2 * tall) angles.push(angleOf(t));
  }
  const angle = median(angles);
  return Math.abs(angle) < Math.PI / 12 ? angle : 0;
}

/** Rotates every box by `-skew` and measures it. */
export function placeTexts(texts: readonly ReadText[], skew: number): PlacedText[] {
  const cos = Math.cos(-skew);
  const sin = Math.sin(-skew);
  return texts.map((t) => {
    const points = t.box.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos] as const);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [tl, tr, br, bl] = points as unknown as [
      readonly number[],
      readonly number[],
      readonly number[],
      readonly number[],
    ];
    const leftMiddle = (tl[1]! + bl[1]!) / 2;
    const rightMiddle = (tr[1]! + br[1]!) / 2;
    const width = Math.max(1, (tr[0]! + br[0]!) / 2 - (tl[0]! + bl[0]!) / 2);
    return {
      text: t.text,
      confidence: t.confidence,
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      middle: (leftMiddle + rightMiddle) / 2,
      slope: (rightMiddle - leftMiddle) / width,
    };
  });
}

/**
 * Whether two pieces sit on one row: the baseline of the one on the left, carried on along its own slope (a
 * keystoned photo tilts rows differently), passes through the other's middle within half the smaller height.
 */
function sameRow(a: PlacedText, b: PlacedText): boolean {
  const [left, right] = a.left <= b.left ? [a, b] : [b, a];
  const overlap = Math.min(left.right, right.right) - Math.max(left.left, right.left);
  if (overlap > 0.5 * Math.min(left.right - left.left, right.right - right.left)) return false;
  const slope = Math.abs(left.slope) < 0.1 ? left.slope : 0;
  const reach = (right.left + right.right) / 2 - (left.left + left.right) / 2;
  const expected = left.middle + slope * reach;
  return Math.abs(expected - right.middle) < 0.5 * Math.min(height(left), height(right));
}

/**
 * Groups the reader's pieces into rows in reading order (top to bottom, each left to right), tolerating a tilt of a
 * few degrees and keystone. Pure.
 */
export function textRows(picture: Pick<PictureText, 'lines'>): TextRow[] {
  const placed = placeTexts(picture.lines, skewOf(picture.lines)).sort((a, b) => a.middle - b.middle);
  const parent = placed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < placed.length; i += 1)
    for (let j = i + 1; j < placed.length; j += 1) {
      const a = placed[i]!;
      const b = placed[j]!;
      if (b.top > a.bottom + height(a)) break;
      if (sameRow(a, b)) parent[find(j)] = find(i);
    }
  const groups = new Map<number, PlacedText[]>();
  placed.forEach((p, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  });
  return [...groups.values()]
    .map((pieces) => {
      const sorted = pieces.sort((a, b) => a.left - b.left);
      return {
        pieces: sorted,
        top: Math.min(...sorted.map((p) => p.top)),
        bottom: Math.max(...sorted.map((p) => p.bottom)),
        middle: median(sorted.map((p) => p.middle)),
      };
    })
    .sort((a, b) => a.middle - b.middle);
}
