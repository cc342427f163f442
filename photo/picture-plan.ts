import type { Product } from '../catalog/product.js';
import type { PictureReading } from '../reader/picture-reader.js';
import { readList } from './picture-list.js';
import { pictureMessage, pictureTexts, SURE_CONFIDENCE, type PictureMessage } from './picture-message.js';

/**
 * What to do with one picture turn, the same for every channel and for `liaodan simulate`: what to say before the
 * engine's replies (a refusal, or the read-back list), the text the engine should understand as if typed (null:
 * nothing to understand, nothing applied), and what to ask after the engine's replies (the lines read unsurely).
 */
export interface PicturePlan {
  before: string[];
  text: string | null;
  after: string[];
  /** The read list (null for a refusal), to keep with the picture. */
  message: PictureMessage | null;
}

export interface PlanOptions {
  /** The shop's own units (catalog units, aliases, conversions), so a line in them counts as an order line. */
  units?: readonly string[];
}

/** Plans a picture turn from what the reader saw. Pure. */
export function planPictureTurn(reading: PictureReading, options: PlanOptions = {}): PicturePlan {
  if (reading.kind === 'refused')
    return { before: [pictureTexts.refused(reading.reason)], text: null, after: [], message: null };
  const message = pictureMessage(
    readList(reading, options.units ? { units: options.units } : {}),
    SURE_CONFIDENCE,
    options.units ?? [],
  );
  if (message.readBack.length === 0) return { before: [pictureTexts.noList], text: null, after: [], message };
  return {
    before: [pictureTexts.readBack(message.readBack)],
    text: message.text || null,
    after: message.readBack.filter((l) => !l.sure).map((l) => pictureTexts.unsure(l)),
    message,
  };
}

/** Every unit a catalog sells or converts in (sale units, their aliases, conversion units). */
export function catalogUnits(products: readonly Product[]): string[] {
  const units = new Set<string>();
  for (const p of products) {
    units.add(p.unit);
    for (const u of p.unitAliases) units.add(u);
    for (const u of Object.keys(p.conversions)) units.add(u);
  }
  return [...units].filter(Boolean);
}
