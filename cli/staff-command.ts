import type { Command } from 'commander';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { openImportDb, reportRowErrors } from './import-support.js';
import { assertReadable, CommandError } from './input-file.js';

const LinkConfig = z.object({
  PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  LOG_LEVEL: common.LOG_LEVEL,
});

/** Reads a new password: from stdin when it is piped, else asked twice at the terminal without echo. */
async function readNewPassword(): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return '';
  }
  const ask = async (question: string) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    const write = output._writeToOutput.bind(rl);
    output._writeToOutput = (s: string) => write(s.startsWith(question) ? s : '');
    const answer = await rl.question(question);
    rl.close();
    process.stderr.write('\n');
    return answer;
  };
  const first = await ask('新密码：');
  if (first !== (await ask('再输一次：'))) throw new CommandError('两次输入的密码不一样');
  return first;
}

export function registerStaffCommand(program: Command): void {
  const staff = program.command('staff').description('manage staff accounts');
  staff
    .command('import <file>')
    .description('validate a staff CSV (id,name,roles,regions,chat_names) and upsert it in one transaction')
    .option('--links', 'print a one-time set-password link for every imported account that has no password')
    .action(async (file: string, opts: { links?: boolean }) => {
      await assertReadable(file);
      const { db, log } = await openImportDb();
      try {
        const { importStaffFile } = await import('../customers/customer-import.js');
        const r = await importStaffFile(db, file);
        if (!r.ok) return reportRowErrors(file, r.errors);
        const s = r.summary;
        log.info({ file, rows: r.rows, ...s }, 'staff imported');
        process.stdout.write(
          `${r.rows} staff: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged; ` +
            `chat names ${s.chatNamesBound} bound, ${s.chatNamesUnbound} unbound\n`,
        );
        if (!opts.links) return;
        const { PUBLIC_URL } = parseConfig(LinkConfig, process.env);
        const { createPasswordLink } = await import('../auth/pg-staff-accounts.js');
        const without = await db
          .selectFrom('staff')
          .select(['id', 'name'])
          .where('password_hash', 'is', null)
          .where('active', '=', true)
          .orderBy('id')
          .execute();
        for (const member of without) {
          const token = await createPasswordLink(db, member.id);
          process.stdout.write(
            `${member.id}\t${member.name}\t${PUBLIC_URL.replace(/\/+$/, '')}/set-password#${token}\n`,
          );
        }
      } finally {
        await db.destroy();
      }
    });
  staff
    .command('passwd <id>')
    .description(
      "set a staff member's password (asked at the terminal, or one line on stdin); ends their sessions",
    )
    .action(async (id: string) => {
      const { passwordProblem, hashPassword } = await import('../auth/argon2-passwords.js');
      const password = await readNewPassword();
      const problem = passwordProblem(password);
      if (problem) throw new CommandError(problem);
      const { db } = await openImportDb();
      try {
        const { setStaffPassword } = await import('../auth/pg-staff-accounts.js');
        if (!(await setStaffPassword(db, id, await hashPassword(password)))) {
          throw new CommandError(`没有这位员工：${id}`);
        }
        process.stdout.write(`${id} 的密码已设置，以前的登录都已失效\n`);
      } finally {
        await db.destroy();
      }
    });
}
