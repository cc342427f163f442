import type { Logger } from './logger.js';

/**
 * Runs a part's stop steps in order and says which one a slow stop is waiting on: a step still running after
 * `slowMs` is logged (warn) with its name and how long it has waited, again every `slowMs`, so that the log tail a
 * supervisor prints when it kills a part that did not stop names the step that held it.
 */
export async function stopInSteps(
  log: Logger,
  steps: readonly (readonly [name: string, run: () => Promise<unknown> | unknown])[],
  slowMs = 5_000,
): Promise<void> {
  for (const [name, run] of steps) {
    const started = Date.now();
    const watch = setInterval(
      () => log.warn({ step: name, waitedMs: Date.now() - started }, 'stop is waiting on a step'),
      slowMs,
    );
    watch.unref();
    try {
      await run();
    } finally {
      clearInterval(watch);
    }
  }
}
