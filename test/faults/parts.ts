import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isReadyMessage } from '../../lib/part-process.js';

const root = new URL('../..', import.meta.url).pathname;

/** One `liaodan <name>` process, as `liaodan start` and the compose file run it. */
export interface Part {
  readonly name: string;
  readonly child: ChildProcess;
  /** When the part reported ready (ms since the epoch; `performance`-independent so tests can compare). */
  readonly ready: Promise<number>;
  /** How it ended, once it has. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Everything it wrote to stderr (its log). */
  log(): string;
  /** Log lines at error level or worse (pino's level ≥ 50), parsed. */
  errors(): { level: number; msg: string }[];
  /** Sends a signal and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `liaodan <name>` with only PATH and `env` (LOG_LEVEL `warn` unless given), with an IPC channel as the
 * supervisor gives it: the part reports ready through it, and stops by itself if the test process dies. `script`
 * runs another entry point instead (a TypeScript file, through tsx) that reports ready the same way.
 */
export function startPart(name: string, env: Record<string, string>, script?: string): Part {
  const child = fork(script ?? `${root}bin/liaodan.js`, script ? [] : [name], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env },
    execArgv: script ? ['--import', 'tsx'] : [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let log = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (process.env.TEST_LOG) process.stderr.write(chunk);
  });
  const ended = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (m) => {
      if (isReadyMessage(m)) resolve(Date.now());
    });
    void ended.then(() => reject(new Error(`liaodan ${name} exited before it was ready:\n${log}`)));
  });
  ready.catch(() => undefined);
  return {
    name,
    child,
    ready,
    exited: () => exit,
    log: () => log,
    errors: () =>
      log
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { level: number; msg: string })
        .filter((l) => l.level >= 50),
    async kill(signal = 'SIGTERM') {
      if (exit) return;
      child.kill(signal);
      // as `liaodan start`'s supervisor does: a part that has not stopped 15 s after SIGTERM is killed (a worker whose
      // graceful stop hung after the Redis outage held the suite's teardown for its whole 180 s hook timeout once)
      const killer = setTimeout(() => {
        process.stderr.write(
          `liaodan ${name} did not stop 15 s after ${signal}; killing it\n${log.slice(-2000)}\n`,
        );
        child.kill('SIGKILL');
      }, 15_000);
      await ended;
      clearTimeout(killer);
    },
  };
}

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}
