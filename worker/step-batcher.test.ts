import { describe, expect, it } from '@jest/globals';
import { createBatcher } from './step-batcher.js';

/** A batch runner that records its batches and finishes each when the test says so. */
function recorder() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const run = (items: number[]) => {
    batches.push(items);
    return new Promise<PromiseSettledResult<number>[]>((resolve) =>
      finish.push(() =>
        resolve(
          items.map((n) =>
            n < 0
              ? { status: 'rejected', reason: new Error(`bad ${n}`) }
              : { status: 'fulfilled', value: n * 10 },
          ),
        ),
      ),
    );
  };
  return { batches, finish, run };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('createBatcher', () => {
  it('runs a call alone when nothing else is running', async () => {
    const r = recorder();
    const submit = createBatcher(r.run, { maxSize: 10, maxInFlight: 1 });
    const p = submit(1);
    await tick();
    expect(r.batches).toEqual([[1]]);
    r.finish[0]?.();
    await expect(p).resolves.toBe(10);
  });

  it('sends the calls that arrive while a batch runs together in the next batch', async () => {
    const r = recorder();
    const submit = createBatcher(r.run, { maxSize: 10, maxInFlight: 1 });
    const first = submit(1);
    await tick();
    const later = [submit(2), submit(3), submit(4)];
    await tick();
    expect(r.batches).toEqual([[1]]);
    r.finish[0]?.();
    await first;
    await tick();
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
    r.finish[1]?.();
    await expect(Promise.all(later)).resolves.toEqual([20, 30, 40]);
  });

  it('runs at most maxInFlight batches at once and at most maxSize items in one', async () => {
    const r = recorder();
    const submit = createBatcher(r.run, { maxSize: 2, maxInFlight: 2 });
    const all = [1, 2, 3, 4, 5].map((n) => submit(n));
    await tick();
    expect(r.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    r.finish[0]?.();
    await tick();
    await tick();
    expect(r.batches).toEqual([[1, 2], [3, 4], [5]]);
    r.finish[1]?.();
    r.finish[2]?.();
    await expect(Promise.all(all)).resolves.toEqual([10, 20, 30, 40, 50]);
  });

  it('fails only the item that failed', async () => {
    const r = recorder();
    const submit = createBatcher(r.run, { maxSize: 10, maxInFlight: 1 });
    const results = Promise.allSettled([submit(1), submit(-2), submit(3)]);
    await tick();
    r.finish[0]?.();
    const settled = await results;
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('fails every item of a batch whose run throws, and goes on with the next batch', async () => {
    let calls = 0;
    const submit = createBatcher(
      async (items: number[]) => {
        if (calls++ === 0) throw new Error('connection lost');
        return items.map((n) => ({ status: 'fulfilled', value: n }) as const);
      },
      { maxSize: 10, maxInFlight: 1 },
    );
    const first = Promise.allSettled([submit(1), submit(2)]);
    expect((await first).map((s) => s.status)).toEqual(['rejected', 'rejected']);
    await expect(submit(3)).resolves.toBe(3);
  });
});
