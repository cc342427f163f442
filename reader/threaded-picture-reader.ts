import { Worker } from 'node:worker_threads';
import type { Logger } from '../lib/logger.js';
import type { ThreadReply, ThreadRequest, ThreadSettings } from './ocr-worker-thread.js';
import {
  defaultPictureLimits,
  type PictureLimits,
  type PictureReader,
  type PictureReading,
} from './picture-reader.js';
import { checkPicture } from './sharp-picture-decode.js';

export interface ThreadedReaderOptions {
  /** Reading threads, each with its own copy of the models (~100 MB). Default 1. */
  threads?: number;
  /** onnxruntime threads inside each reading thread. Default 1. */
  ocrThreads?: number;
  limits?: PictureLimits;
  /** Longer side pictures are scaled down to before reading. Default 1,600 px. */
  readSide?: number;
  /** Pictures waiting beyond this are refused as `busy`. Default 20. */
  maxWaiting?: number;
  /** A read taking longer is a fault: the thread is replaced. Default 60 s. */
  timeoutMs?: number;
  log?: Logger;
}

/** A read the reader was asked for and has not answered yet. */
interface Job {
  request: ThreadRequest;
  resolve(reply: ThreadReply & { ok: true }): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** Pieces of text with at least this confidence make a picture one with text. */
const TEXT_CONFIDENCE = 0.5;

/** A `.ts` thread body needs tsx's loader (development, tests); a built `.js` one does not. */
function startThread(settings: ThreadSettings): Worker {
  const url = new URL('./ocr-worker-thread.js', import.meta.url);
  const tsUrl = new URL('./ocr-worker-thread.ts', import.meta.url);
  const typescript = import.meta.url.endsWith('.ts');
  const target = (typescript ? tsUrl : url).href;
  const body = typescript
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); })`
    : `import(${JSON.stringify(target)})`;
  return new Worker(body, { eval: true, workerData: { liaodanReader: settings } });
}

/**
 * Reads pictures in a small pool of worker threads, so the event loop (other customers' chat) never waits for
 * OCR. Pictures are checked first, in this thread (kind, bytes, pixels: a refusal costs no reading). Threads and
 * models start on the first picture (or `warm()`); a thread that fails or hangs is replaced.
 */
export function createThreadedPictureReader(options: ThreadedReaderOptions = {}): PictureReader & {
  /** Starts the threads and loads their models now; resolves with each thread's load time, ms. */
  warm(): Promise<number[]>;
} {
  const size = options.threads ?? 1;
  const limits = options.limits ?? defaultPictureLimits;
  const maxWaiting = options.maxWaiting ?? 20;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const settings: ThreadSettings = {
    ocr: { threads: options.ocrThreads ?? 1 },
    readSide: options.readSide ?? 1600,
  };
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const slot: Slot = { worker: startThread(settings), job: null, timer: null };
    slot.worker.on('message', (reply: ThreadReply) => finish(slot, reply));
    slot.worker.on('error', (err) => replace(slot, err));
    slot.worker.on('exit', (code) => {
      if (!closed) replace(slot, new Error(`reading thread exited with code ${code}`));
    });
    slot.worker.unref();
    return slot;
  }

  function replace(slot: Slot, err: Error): void {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    options.log?.error({ err }, 'picture reading thread failed');
    slot.job?.reject(err);
    slots.splice(index, 1);
    void slot.worker.terminate();
    if (!closed) {
      slots.push(spawn());
      pump();
    }
  }

  function finish(slot: Slot, reply: ThreadReply): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (job) {
      if (reply.ok) job.resolve(reply);
      else job.reject(new Error(`picture reading failed: ${reply.error}`));
    }
    pump();
  }

  function pump(): void {
    while (slots.length < size && waiting.length > 0) slots.push(spawn());
    for (const slot of slots) {
      if (slot.job) continue;
      const job = waiting.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(
        () => replace(slot, new Error(`picture reading took over ${timeoutMs} ms`)),
        timeoutMs,
      );
      slot.worker.postMessage(job.request);
    }
    for (const slot of slots) if (!slot.job) slot.worker.unref();
  }

  function submit(request: ThreadRequest): Promise<ThreadReply & { ok: true }> {
    if (closed) return Promise.reject(new Error('picture reader is closed'));
    return new Promise((resolve, reject) => {
      waiting.push({ request, resolve, reject });
      pump();
    });
  }

  return {
    async readPicture(bytes): Promise<PictureReading> {
      const check = await checkPicture(bytes, limits);
      if (!check.ok) return { kind: 'refused', reason: check.reason };
      if (waiting.length >= maxWaiting) return { kind: 'refused', reason: 'busy' };
      const reply = await submit({ id: nextId++, bytes: Uint8Array.from(bytes) });
      const reading = reply.reading;
      if (!reading) throw new Error('reading thread answered a picture without a reading');
      if (
        reading.kind === 'read' &&
        !reading.lines.some((l) => l.confidence >= TEXT_CONFIDENCE && l.text.trim())
      )
        return { kind: 'refused', reason: 'no_text' };
      return reading;
    },
    async warm() {
      while (slots.length < size) slots.push(spawn());
      const loads = slots.map(() => submit({ id: nextId++ }));
      return (await Promise.all(loads)).map((r) => r.ms);
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('picture reader is closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
