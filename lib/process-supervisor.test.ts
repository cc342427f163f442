import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { superviseParts } from './process-supervisor.js';

const dir = mkdtempSync(join(tmpdir(), 'liaodan-supervisor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A part: reports ready, then does what its first argument says — `serve` (until SIGTERM), `crash` (exits 1 soon),
 * `stubborn` (ignores SIGTERM). Each start appends a line to the log file.
 */
const script = join(dir, 'part.mjs');
writeFileSync(
  script,
  `import { appendFileSync } from 'node:fs';
const [mode, log] = process.argv.slice(2);
appendFileSync(log, 'start\\n');
process.send({ type: 'ready', url: 'http://part' });
if (mode === 'crash') setTimeout(() => process.exit(1), 50);
if (mode === 'stubborn') process.on('SIGTERM', () => {});
process.on('disconnect', () => process.exit(0));
setInterval(() => {}, 1000);
`,
);
const log = pino({ level: 'silent' });
const starts = async (file: string) => {
  const { readFileSync } = await import('node:fs');
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
};

describe('superviseParts', () => {
  it('starts every part, hands over their ready messages, and stops them', async () => {
    const file = join(dir, 'serve.log');
    const s = superviseParts({ script, log, parts: [{ name: 'a', args: ['serve', file], env: {} }] });
    expect(await s.ready).toEqual({ a: { type: 'ready', url: 'http://part' } });
    await s.stop();
    expect(await starts(file)).toBe(1);
  });

  it('restarts a part that crashes, and gives up on one that keeps crashing', async () => {
    const file = join(dir, 'crash.log');
    const s = superviseParts({
      script,
      log,
      parts: [{ name: 'worker', args: ['crash', file], env: {} }],
      restart: { maxCrashes: 3, windowMs: 60_000, backoffMs: 20, maxBackoffMs: 50 },
    });
    await s.ready;
    expect(await s.gaveUp).toEqual({ part: 'worker', crashes: 3 });
    expect(await starts(file)).toBe(3);
    await s.stop();
  });

  it('fails to start when a part exits before it is ready', async () => {
    const broken = superviseParts({
      script: join(dir, 'missing.mjs'),
      log,
      parts: [{ name: 'api', args: [], env: {} }],
    });
    await expect(broken.ready).rejects.toThrow('api exited before it was ready');
    await broken.stop();
  });

  it('kills a part that does not stop in time', async () => {
    const file = join(dir, 'stubborn.log');
    const s = superviseParts({
      script,
      log,
      parts: [{ name: 'bot', args: ['stubborn', file], env: {} }],
      stopTimeoutMs: 200,
    });
    await s.ready;
    const started = Date.now();
    await s.stop();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
