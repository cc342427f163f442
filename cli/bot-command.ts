import type { Command } from 'commander';
import { parseConfig } from '../lib/config.js';
import { stopAll, untilSignal } from '../lib/lifecycle.js';
import { createLogger } from '../lib/logger.js';
import { reportReady } from '../lib/part-process.js';

export function registerBotCommand(program: Command): void {
  program
    .command('bot')
    .description('run the chat bot: WeChat/WeCom through Wechaty (WECHATY_PUPPET), notifications to chats')
    .action(async () => {
      const { BotConfig } = await import('../bot/config.js');
      const config = parseConfig(BotConfig, process.env);
      // The WeCom channel's settings depend on each other: checked before anything connects.
      (await import('../bot/wecom-config.js')).wecomConfig(config);
      const log = createLogger({ level: config.LOG_LEVEL, name: 'bot' });
      const { prepareDatabase } = await import('./prepare-database.js');
      await prepareDatabase(config.DATABASE_URL, { demo: false, log });
      const { startBot } = await import('../bot/main.js');
      const running = await startBot(config, log);
      reportReady();
      await untilSignal(log);
      await stopAll(log, [{ name: 'bot', stop: running.stop }]);
    });
}
