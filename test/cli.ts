import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `liaodan …` (bin/liaodan.js) as a newcomer would, with only PATH and the given environment. */
export function runLiaodan(env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  return runLiaodanWithInput(env, '', ...args);
}

/** The same, with `input` piped to the command's stdin. */
export function runLiaodanWithInput(
  env: Record<string, string>,
  input: string,
  ...args: string[]
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/liaodan.js', ...args],
      { cwd: root, env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}
