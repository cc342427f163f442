import { loadavg } from 'node:os';
import { expect } from '@jest/globals';
import type { Db } from '../../db/pg-database.js';
import { brokenRules, reconcileBooks, type BooksReport, type BooksRule } from '../../orders/pg-books.js';

/**
 * Prints one fault case's figures as one JSON line on stdout, with the machine's load average (1, 5, 15 min):
 * timings measured on a machine shared with other work are only comparable with the load beside them.
 */
export function reportFigures(faultCase: string, figures: Record<string, unknown>): void {
  const load = loadavg().map((l) => Math.round(l * 100) / 100);
  process.stdout.write(`${JSON.stringify({ faultCase, ...figures, loadAverage: load })}\n`);
}

/** Polls `check` until it returns a value other than undefined; returns it with the time it took. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 50,
  describe?: () => Promise<unknown>,
): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  let lastError: unknown;
  for (;;) {
    const value = await check().catch((err: unknown) => {
      lastError = err;
      return undefined;
    });
    if (value !== undefined) return { value, ms: Date.now() - start };
    if (Date.now() - start > timeoutMs) {
      // What the system looked like when the wait gave up, so that a failure seen once in CI can be read.
      const state = describe
        ? await describe().catch((err: unknown) => `(not described: ${String(err)})`)
        : undefined;
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}` +
          (lastError ? `; the last check threw: ${String(lastError)}` : '') +
          (state === undefined ? '' : `; state then: ${JSON.stringify(state)}`),
      );
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Waits until no order waits for the worker and the outbox is drained; returns the books then and the wait. */
export async function settled(db: Db, timeoutMs = 60_000): Promise<{ books: BooksReport; ms: number }> {
  const { value, ms } = await until(
    'every order out of the worker steps and the outbox drained',
    async () => {
      const books = await reconcileBooks(db);
      return books.ordersInFlight === 0 && books.outboxWaiting === 0 ? books : undefined;
    },
    timeoutMs,
    100,
  );
  return { books: value, ms };
}

/** The reconciliation after a fault case: every rule of the books holds (orders final, outbox drained included). */
export async function expectBooksHold(db: Db, allow: readonly BooksRule[] = []): Promise<BooksReport> {
  const books = await reconcileBooks(db);
  expect(brokenRules(books, allow)).toEqual([]);
  return books;
}
