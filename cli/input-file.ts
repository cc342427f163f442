import { readFile } from 'node:fs/promises';

/** A file problem, said in one Chinese line: which file and what is wrong with it. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}：${problem}`);
    this.name = 'InputFileError';
  }
}

function fileProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个目录，不是文件';
  return `无法读取（${(err as Error).message}）`;
}

/** Reads a file a person named on the command line; a missing or unreadable one is an InputFileError. */
export async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    throw new InputFileError(file, fileProblem(err));
  }
}

/** Throws InputFileError unless `file` can be read. */
export async function assertReadable(file: string): Promise<void> {
  const { open } = await import('node:fs/promises');
  try {
    const handle = await open(file, 'r');
    try {
      if ((await handle.stat()).isDirectory())
        throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw new InputFileError(file, fileProblem(err));
  }
}

/** A problem with what a person asked a command to do, said in one Chinese line (no stack). */
export class CommandError extends Error {
  override name = 'CommandError';
}
