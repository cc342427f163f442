import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { Watchdog } from './watchdog.js';

function setup() {
  let t = 0;
  const resets: number[] = [];
  const dog = new Watchdog({
    silenceMs: 60_000,
    initialBackoffMs: 1000,
    maxBackoffMs: 4000,
    reset: async () => {
      resets.push(t);
    },
    log: pino({ level: 'silent' }),
    now: () => t,
  });
  return { dog, resets, advance: (ms: number) => (t += ms) };
}

describe('Watchdog', () => {
  it('leaves a puppet alone while events keep arriving', async () => {
    const { dog, resets, advance } = setup();
    for (let i = 0; i < 10; i++) {
      advance(30_000);
      dog.alive();
      await dog.check();
    }
    expect(resets).toEqual([]);
  });

  it('resets a silent puppet, backing off while it stays silent', async () => {
    const { dog, resets, advance } = setup();
    advance(60_000);
    for (let i = 0; i < 12; i++) {
      await dog.check();
      advance(500);
    }
    // Checked every 0.5 s from 60 s to 65.5 s: reset at 60 s, then after 1 s and 2 s of backoff.
    expect(resets).toEqual([60_000, 61_000, 63_000]);
    // The backoff is capped at 4 s: the next reset is due at 67 s.
    advance(500);
    expect(await dog.check()).toBe(false);
    advance(1000);
    expect(await dog.check()).toBe(true);
    expect(resets.at(-1)).toBe(67_500);
  });

  it('resets at once after a logout and calms down after the next login', async () => {
    const { dog, resets, advance } = setup();
    advance(1000);
    dog.logout();
    await dog.check();
    expect(resets).toEqual([1000]);
    dog.loggedIn();
    advance(30_000);
    expect(await dog.check()).toBe(false);
  });
});
