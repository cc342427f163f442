import cliProgress from 'cli-progress';

/**
 * A progress bar on stderr for imports of at least `threshold` rows, shown only when stderr is a terminal; a
 * no-op otherwise (pipes, CI, logs). Call `stop()` when done.
 */
export function importProgress(label: string, threshold = 1000) {
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done: number, total: number): void {
      if (!process.stderr.isTTY || total < threshold) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted}`,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop(): void {
      bar?.stop();
    },
  };
}
