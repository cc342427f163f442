/**
 * The body of one reading thread (started by `threaded-picture-reader.ts`): decodes each picture it is sent and
 * reads it with the PaddleOCR engine, loaded once, on the first picture. Runs nothing unless started as a thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPaddleOcrEngine, type PaddleOcrEngine, type PaddleOcrOptions } from './paddle-ocr-engine.js';
import type { PictureReading } from './picture-reader.js';
import { decodePicture } from './sharp-picture-decode.js';

export interface ThreadSettings {
  ocr: Partial<PaddleOcrOptions>;
  /** Pictures are scaled down to this many pixels on the longer side before reading. */
  readSide: number;
}

/** A picture to read, or (without bytes) a request to load the models now. */
export interface ThreadRequest {
  id: number;
  bytes?: Uint8Array;
}

export type ThreadReply =
  | { id: number; ok: true; reading: PictureReading | null; ms: number }
  | { id: number; ok: false; error: string };

/** Starts answering requests on `port`; the engine loads on the first one. */
export function serveReadingThread(
  port: NonNullable<typeof parentPort>,
  settings: ThreadSettings,
  load: (options: Partial<PaddleOcrOptions>) => Promise<PaddleOcrEngine> = loadPaddleOcrEngine,
): void {
  let engine: Promise<PaddleOcrEngine> | null = null;
  port.on('message', async (request: ThreadRequest) => {
    const started = performance.now();
    try {
      engine ??= load(settings.ocr);
      if (!request.bytes) {
        await engine;
        const reply: ThreadReply = {
          id: request.id,
          ok: true,
          reading: null,
          ms: performance.now() - started,
        };
        return port.postMessage(reply);
      }
      const decoded = await decodePicture(request.bytes, settings.readSide);
      let reading: PictureReading;
      if (!decoded.ok) reading = { kind: 'refused', reason: decoded.reason };
      else {
        const lines = await (await engine).read(decoded.picture);
        reading = { kind: 'read', lines, width: decoded.picture.width, height: decoded.picture.height };
      }
      const reply: ThreadReply = { id: request.id, ok: true, reading, ms: performance.now() - started };
      port.postMessage(reply);
    } catch (err) {
      const reply: ThreadReply = { id: request.id, ok: false, error: String((err as Error)?.stack ?? err) };
      port.postMessage(reply);
    }
  });
}

if (parentPort && (workerData as { liaodanReader?: ThreadSettings } | null)?.liaodanReader)
  serveReadingThread(parentPort, (workerData as { liaodanReader: ThreadSettings }).liaodanReader);
