/** How a batcher groups calls. */
export interface BatcherOptions {
  /** Most items one batch carries. */
  maxSize: number;
  /** Most batches running at once; further calls wait and go out together in the next one. */
  maxInFlight: number;
}

/**
 * Groups concurrent calls into batches, so that N jobs running at once cost one round trip instead of N. A call
 * joins the queue; while fewer than `maxInFlight` batches run, the queue goes out as a batch (at most `maxSize`
 * items) on the next turn of the event loop. Under light load every call runs alone without waiting; under load,
 * calls queue while batches run and the next batch carries them all. `run` settles each item on its own (one
 * item's failure is not the others'); when `run` itself throws, every item of its batch fails with that error.
 */
export function createBatcher<T, R>(
  run: (items: T[]) => Promise<PromiseSettledResult<R>[]>,
  opts: BatcherOptions,
): (item: T) => Promise<R> {
  const queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    while (inFlight < opts.maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, opts.maxSize);
      inFlight++;
      run(batch.map((b) => b.item))
        .then(
          (results) =>
            batch.forEach((b, i) => {
              const r = results[i];
              if (r?.status === 'fulfilled') b.resolve(r.value);
              else b.reject(r ? r.reason : new Error('the batch returned no result for this item'));
            }),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(pump);
      }
    });
}
