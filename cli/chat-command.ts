import type { Command } from 'commander';
import { parseConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description(
      'talk to the order bot in this terminal, as a customer (or a staff member), no WeChat needed',
    )
    .option('--customer <id>', 'the customer you are')
    .option('--staff <id>', 'the staff member (sales rep) you are')
    .action(async (opts: { customer?: string; staff?: string }) => {
      if (!opts.customer === !opts.staff) {
        process.stderr.write('give exactly one of --customer ID or --staff ID\n');
        process.exitCode = 64; // EX_USAGE
        return;
      }
      const { BotConfig, conversationOptions } = await import('../bot/config.js');
      const config = parseConfig(BotConfig, { LOG_LEVEL: 'warn', ...process.env });
      const log = createLogger({ level: config.LOG_LEVEL, name: 'chat' });
      const { Redis } = await import('ioredis');
      const { createDb } = await import('../db/pg-database.js');
      const { startChatRuntime } = await import('../bot/chat-runtime.js');
      const { runTerminalChat } = await import('../bot/terminal-chat.js');
      const db = createDb({ url: config.DATABASE_URL, max: 2 });
      const redis = new Redis(config.REDIS_URL);
      try {
        const runtime = await startChatRuntime({
          db,
          redis,
          prefix: config.QUEUE_PREFIX,
          log,
          ...conversationOptions(config),
          catalogReloadMs: 0, // a terminal session is short: no reloads
        });
        const as = opts.customer
          ? ({ kind: 'customer', id: opts.customer } as const)
          : ({ kind: 'staff', id: opts.staff as string } as const);
        const who =
          as.kind === 'customer'
            ? await runtime.directory.customer(as.id)
            : await runtime.directory.staff(as.id);
        if (!who) {
          process.stderr.write(`no ${as.kind} with id ${as.id}\n`);
          process.exitCode = 65; // EX_DATAERR
          return;
        }
        await runTerminalChat({
          service: runtime.service,
          mailbox: runtime.mailbox,
          as,
          name: who.name,
          input: process.stdin,
          output: process.stdout,
          interactive: Boolean(process.stdin.isTTY),
        });
        await runtime.stop();
      } finally {
        redis.disconnect();
        await db.destroy();
      }
    });
}
