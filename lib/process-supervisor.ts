import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from './logger.js';
import { isReadyMessage, type ReadyMessage } from './part-process.js';

/** One process that `liaodan start` runs and keeps running. */
export interface PartSpec {
  name: string;
  /** Arguments after the script, e.g. `['api']`. */
  args: string[];
  env: Record<string, string | undefined>;
}

export interface RestartPolicy {
  /** A part that crashes this many times within `windowMs` is not restarted again: the whole stops. */
  maxCrashes: number;
  windowMs: number;
  /** Delay before the first restart; doubles per crash in the window, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
}

export interface SupervisorOptions {
  /** The Node script every part runs (bin/liaodan.js). */
  script: string;
  parts: PartSpec[];
  log: Logger;
  restart?: Partial<RestartPolicy>;
  /** How long a part may take to stop after SIGTERM before it is killed. */
  stopTimeoutMs?: number;
}

/** Why the supervisor ended on its own (it never ends on its own while every part keeps running). */
export interface GaveUp {
  part: string;
  crashes: number;
}

export interface Supervisor {
  /** Resolves with each part's ready message once all have started; rejects when one exits before that. */
  readonly ready: Promise<Record<string, ReadyMessage>>;
  /** Resolves when a part crashed too often and the supervisor stopped the others. */
  readonly gaveUp: Promise<GaveUp>;
  /** Stops every part (SIGTERM, then SIGKILL after the timeout). Safe to call more than once. */
  stop(): Promise<void>;
}

const DEFAULT_POLICY: RestartPolicy = {
  maxCrashes: 5,
  windowMs: 120_000,
  backoffMs: 1000,
  maxBackoffMs: 15_000,
};

class PartStartError extends Error {
  override name = 'PartStartError';
}

/**
 * Runs each part as a child process and keeps it running. A part that exits on its own after it started is
 * restarted with backoff, because one crashed part (say the worker, after a bug meets a bad order) must not take the
 * chat and the back office down with it; a part that keeps crashing is a fault no restart mends, so after
 * `maxCrashes` within the window the supervisor stops everything and reports it instead of leaving a half-running
 * shop. Children run in their own process group (a terminal's Ctrl-C reaches only the supervisor, which stops them
 * in order) and stop themselves when the supervisor's IPC channel closes, so a killed supervisor leaves no part
 * behind.
 */
export function superviseParts(opts: SupervisorOptions): Supervisor {
  const policy = { ...DEFAULT_POLICY, ...opts.restart };
  const stopTimeoutMs = opts.stopTimeoutMs ?? 15_000;
  const children = new Map<string, ChildProcess>();
  const crashes = new Map<string, number[]>();
  const restartTimers = new Set<NodeJS.Timeout>();
  let stopping = false;
  let giveUp: (g: GaveUp) => void = () => {};
  const gaveUp = new Promise<GaveUp>((resolve) => (giveUp = resolve));

  const launch = (part: PartSpec): Promise<ReadyMessage> =>
    new Promise((resolve, reject) => {
      const child = fork(opts.script, part.args, {
        env: part.env,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        detached: true,
      });
      children.set(part.name, child);
      let ready = false;
      child.on('message', (message) => {
        if (ready || !isReadyMessage(message)) return;
        ready = true;
        resolve(message);
      });
      child.once('exit', (code, signal) => {
        if (children.get(part.name) === child) children.delete(part.name);
        if (!ready) {
          reject(new PartStartError(`${part.name} exited before it was ready (${signal ?? `code ${code}`})`));
          return;
        }
        if (!stopping) onCrash(part, code, signal);
      });
    });

  const onCrash = (part: PartSpec, code: number | null, signal: NodeJS.Signals | null) => {
    const now = Date.now();
    const recent = [...(crashes.get(part.name) ?? []), now].filter((t) => now - t <= policy.windowMs);
    crashes.set(part.name, recent);
    if (recent.length >= policy.maxCrashes) {
      opts.log.error(
        { part: part.name, crashes: recent.length, windowMs: policy.windowMs },
        'part keeps crashing: stopping everything',
      );
      giveUp({ part: part.name, crashes: recent.length });
      return;
    }
    const delayMs = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (recent.length - 1));
    opts.log.error({ part: part.name, code, signal, delayMs }, 'part crashed: restarting');
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      if (stopping) return;
      launch(part).then(
        () => opts.log.info({ part: part.name }, 'part restarted'),
        (err: unknown) => {
          opts.log.error({ err, part: part.name }, 'part failed to restart');
          if (!stopping) onCrash(part, null, null);
        },
      );
    }, delayMs);
    restartTimers.add(timer);
  };

  const stopChild = (name: string, child: ChildProcess): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => {
        opts.log.warn({ part: name }, 'part did not stop in time: killing it');
        child.kill('SIGKILL');
      }, stopTimeoutMs);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });

  const ready = Promise.all(opts.parts.map((part) => launch(part).then((m) => [part.name, m] as const))).then(
    (entries) => Object.fromEntries(entries),
  );
  let stopped: Promise<void> | undefined;
  return {
    ready,
    gaveUp,
    stop() {
      stopping = true;
      for (const timer of restartTimers) clearTimeout(timer);
      // Stop in reverse start order: the api (no new requests) first, the worker last.
      stopped ??= (async () => {
        for (const part of [...opts.parts].reverse()) {
          const child = children.get(part.name);
          if (child) await stopChild(part.name, child);
        }
      })();
      return stopped;
    },
  };
}
