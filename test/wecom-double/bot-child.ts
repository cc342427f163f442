/**
 * A bot process for the crash test: `startBot` from the environment, with an engine that appends every text it is
 * given to RECORD_FILE (synchronously, so a SIGKILL loses no record) and answers `收到：<text>`.
 */
import { appendFileSync } from 'node:fs';
import { pino } from 'pino';
import { BotConfig } from '../../bot/config.js';
import { startBot } from '../../bot/main.js';
import { parseConfig } from '../../lib/config.js';

const file = process.env.RECORD_FILE as string;
const config = parseConfig(BotConfig, process.env);
await startBot(config, pino({ level: 'silent' }), {
  buildEngine: () => ({
    handle(_state, input) {
      appendFileSync(file, `${input.text}\n`);
      return { state: { v: 1 }, replies: [`收到：${input.text}`], events: [], order: null };
    },
  }),
  wecom: { checkMs: 100 },
});
process.stdout.write('ready\n');
