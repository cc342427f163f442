import type { Logger } from './logger.js';

/**
 * Resolves on the first SIGINT or SIGTERM, or when the supervising `liaodan start` is gone (its IPC channel closed),
 * so a part never outlives a supervisor that was killed. A second signal while stopping exits at once, so a stuck
 * shutdown can always be interrupted with another Ctrl-C.
 */
export function untilSignal(log: Logger): Promise<NodeJS.Signals | 'disconnect'> {
  return new Promise((resolve) => {
    const onDisconnect = () => {
      log.warn('supervisor gone: stopping');
      resolve('disconnect');
    };
    if (process.send) process.once('disconnect', onDisconnect);
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      received = true;
      process.off('disconnect', onDisconnect);
      log.info({ signal }, 'stopping');
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Stops parts in reverse start order, logging (not throwing) individual failures. */
export async function stopAll(
  log: Logger,
  parts: { name: string; stop: () => Promise<void> }[],
): Promise<void> {
  for (const part of [...parts].reverse()) {
    try {
      await part.stop();
      log.info({ part: part.name }, 'stopped');
    } catch (err) {
      log.error({ err, part: part.name }, 'stop failed');
    }
  }
}
