import sharp from 'sharp';
import type { PictureLimits, RefusalReason } from './picture-reader.js';

/** The formats customers send from phones; anything else (SVG, PDF, TIFF, HEIC) is no picture for us. */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'gif']);

/** The picture's format by its first bytes (`jpeg`, `png`, `gif`, `webp`), or null. */
export function pictureFormat(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return 'gif';
  const riff = String.fromCharCode(b(0), b(1), b(2), b(3)) === 'RIFF';
  if (riff && String.fromCharCode(b(8), b(9), b(10), b(11)) === 'WEBP') return 'webp';
  return null;
}

export type PictureCheck =
  { ok: true; format: string; width: number; height: number } | { ok: false; reason: RefusalReason };

/**
 * Checks a picture before anything reads it: its kind by its first bytes, its size, and its dimensions from the
 * header (sharp reads only the header here, off the event loop). Decoding errors surface later, in `decodePicture`.
 */
export async function checkPicture(bytes: Uint8Array, limits: PictureLimits): Promise<PictureCheck> {
  if (bytes.byteLength > limits.maxBytes) return { ok: false, reason: 'too_big' };
  const sniffed = pictureFormat(bytes);
  if (!sniffed) return { ok: false, reason: 'not_picture' };
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!meta.format || !FORMATS.has(meta.format) || !meta.width || !meta.height)
    return { ok: false, reason: 'unreadable' };
  // EXIF orientations 5–8 swap the sides; the limit is on either side, so it does not matter which.
  if (Math.max(meta.width, meta.height) > limits.maxSide) return { ok: false, reason: 'too_large' };
  return { ok: true, format: meta.format, width: meta.width, height: meta.height };
}

export interface RawPicture {
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Decodes a checked picture upright (EXIF orientation applied), on white (transparency flattened), scaled down so
 * its longer side is at most `maxSide` (never up). A truncated or damaged file is `unreadable`, not a grey picture.
 */
export async function decodePicture(
  bytes: Uint8Array,
  maxSide: number,
): Promise<{ ok: true; picture: RawPicture } | { ok: false; reason: RefusalReason }> {
  try {
    const { data, info } = await sharp(bytes, {
      failOn: 'truncated',
      limitInputPixels: 4096 * 4096,
      pages: 1,
    })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha(1)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { ok: true, picture: { data: new Uint8Array(data), width: info.width, height: info.height } };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
