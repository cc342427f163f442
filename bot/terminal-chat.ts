import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ConversationService } from './conversation-service.js';
import type { Party } from './conversation-types.js';
import { inboxOf, type ChatMailbox } from './outbound-router.js';

export interface TerminalChatOptions {
  service: ConversationService;
  mailbox: ChatMailbox;
  as: Party;
  name: string;
  input: Readable;
  output: Writable;
  /** Show a prompt and poll the inbox (an interactive terminal); piped input is answered line by line. */
  interactive: boolean;
  pollMs?: number;
}

/**
 * Chat with the shop in a terminal, as a customer or a staff member, on channel `terminal`. Resolves at end of
 * input (Ctrl-D) after printing any notifications that arrived.
 */
export async function runTerminalChat(opts: TerminalChatOptions): Promise<void> {
  const inbox = inboxOf(opts.as);
  const write = (line: string) => opts.output.write(`${line}\n`);
  const rl = createInterface({ input: opts.input, output: opts.interactive ? opts.output : undefined });
  const drain = async () => {
    for (const m of await opts.mailbox.drain(inbox)) write(`[通知] ${m}`);
  };
  const timer = opts.interactive ? setInterval(() => void drain(), opts.pollMs ?? 2000) : undefined;
  if (opts.interactive) {
    write(`你现在是「${opts.name}」。直接打字下单，Ctrl-D 退出。`);
    rl.setPrompt('你> ');
    rl.prompt();
  }
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (text) {
        const replies = await opts.service.handle({
          channel: 'terminal',
          contactId: inbox,
          contactName: opts.name,
          as: opts.as,
          text,
        });
        for (const r of replies) write(`店> ${r}`);
      }
      if (opts.interactive) rl.prompt();
    }
  } finally {
    clearInterval(timer);
    await drain();
  }
}
