/**
 * `liaodan bot` over the Wechaty mock puppet in a process of its own, so that a test can SIGKILL it mid-turn: the
 * same wiring (startBot) with the puppet swapped, as bot tests and the benchmark do in-process. The parent writes
 * as customers through IPC (`{ kind: 'say', from, name, text, id }`) and hears everything the bot sends
 * (`{ kind: 'sent', to, text }`); `{ type: 'ready' }` says the bot listens. Run with `node --import tsx`.
 */
import type { mock } from 'wechaty-puppet-mock';
import { BotConfig } from '../../bot/config.js';
import { startBot } from '../../bot/main.js';
import { createMockWechat, loginMock } from '../../bot/testing/mock-wechat.js';
import { parseConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { reportReady } from '../../lib/part-process.js';

/** What the parent sends: a message from a contact (created with that name on first use). */
export interface SayMessage {
  kind: 'say';
  from: string;
  name: string;
  text: string;
  /** WeChat message id; the same id twice is a duplicate event. */
  id: string;
}

/** What the bot process reports: a message the bot sent to a contact. */
export interface SentMessage {
  kind: 'sent';
  to: string;
  text: string;
}

async function run(): Promise<void> {
  const config = parseConfig(BotConfig, process.env);
  const log = createLogger({ level: config.LOG_LEVEL, name: 'bot' });
  const w = createMockWechat({ meId: 'liaodan-bot' });
  const bot = await startBot(config, log, { wechaty: w.wechaty });
  loginMock(w);
  const contacts = new Map<string, mock.ContactMock>();
  w.onSent((s) => process.send?.({ kind: 'sent', to: s.to, text: s.text } satisfies SentMessage));
  process.on('message', (m: SayMessage) => {
    if (m.kind !== 'say') return;
    let contact = contacts.get(m.from);
    if (!contact) {
      contact = w.mocker.createContact({ id: m.from, name: m.name });
      contacts.set(m.from, contact);
    }
    w.emitText(contact, w.me, m.text, m.id);
  });
  process.once('disconnect', () => void bot.stop().finally(() => process.exit(0)));
  reportReady();
}

await run();
