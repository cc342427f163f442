import { describe, expect, it } from '@jest/globals';
import { createSendLimiter } from './send-limiter.js';

describe('SendLimiter', () => {
  it('lets a burst through, then spaces messages to one chat, in order', async () => {
    let t = 0;
    const limiter = createSendLimiter({
      burst: 2,
      intervalMs: 1000,
      now: () => t,
      sleep: async (ms) => {
        t += ms;
      },
    });
    const sent: [string, number][] = [];
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((m) =>
        limiter.schedule('chat-1', async () => {
          sent.push([m, t]);
        }),
      ),
    );
    expect(sent).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1000],
      ['d', 2000],
    ]);
  });

  it('does not make one chat wait for another', async () => {
    let t = 0;
    const limiter = createSendLimiter({
      burst: 1,
      intervalMs: 1000,
      now: () => t,
      sleep: async (ms) => void (t += ms),
    });
    await limiter.schedule('a', async () => undefined);
    const at: number[] = [];
    await limiter.schedule('b', async () => void at.push(t));
    expect(at).toEqual([0]);
  });

  it('keeps going after a failed send', async () => {
    const limiter = createSendLimiter({ burst: 5, intervalMs: 0 });
    const failed = limiter.schedule('a', async () => {
      throw new Error('puppet down');
    });
    await expect(failed).rejects.toThrow('puppet down');
    const ok: string[] = [];
    await limiter.schedule('a', async () => void ok.push('next'));
    expect(ok).toEqual(['next']);
  });
});
