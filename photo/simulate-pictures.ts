import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Product } from '../catalog/product.js';
import type { PictureDialog } from '../dialog/simulate.js';
import type { PictureReader } from '../reader/picture-reader.js';
import {
  afterPictureText,
  followUpPicture,
  understandPicture,
  type PictureHold,
} from './picture-conversation.js';
import { catalogUnits, planPictureTurn } from './picture-plan.js';

/**
 * Dialogs with picture turns for `liaodan simulate`, handled as the chat handles a picture: read by `reader`,
 * laid out and planned by `planPictureTurn`, understood by `understandPicture`; text after a picture goes
 * through `followUpPicture`. Paths are relative to `baseDir` (the dialogs file's folder, or the working
 * directory). A picture file that cannot be opened is answered as one that is not a picture.
 */
export function simulatedPictures(
  reader: PictureReader,
  baseDir: string,
): (products: readonly Product[]) => PictureDialog {
  let units: { of: readonly Product[]; units: string[] } | null = null;
  return (products) => {
    if (units?.of !== products) units = { of: products, units: catalogUnits(products) };
    const shopUnits = units.units;
    let hold: PictureHold | null = null;
    let afterPicture = false;
    return {
      async turn(turn, engine) {
        if (typeof turn === 'string') {
          if (hold) {
            const step = followUpPicture(turn, hold, engine);
            hold = step.hold;
            return step;
          }
          const t = engine.run(afterPicture ? afterPictureText(turn) : turn);
          return { replies: t.replies, turn: t };
        }
        const path = isAbsolute(turn.image) ? turn.image : resolve(baseDir, turn.image);
        const bytes = await readFile(path).catch(() => null);
        const reading = bytes
          ? await reader.readPicture(bytes)
          : ({ kind: 'refused', reason: 'not_picture' } as const);
        const step = understandPicture(planPictureTurn(reading, { units: shopUnits }), engine);
        hold = step.hold;
        afterPicture = afterPicture || step.turn !== null;
        return step;
      },
    };
  };
}
