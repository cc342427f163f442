import type { WechatyInterface } from 'wechaty/impls';
import type { MessageInterface } from 'wechaty/impls';
import { types } from 'wechaty';
import type { Logger } from '../lib/logger.js';
import { texts } from './bot-texts.js';
import type { ConversationService } from './conversation-service.js';
import type { ChatAddress } from './conversation-types.js';
import type { MessageDedupe } from './message-dedupe.js';
import type { ChannelSender } from './outbound-router.js';
import type { SendLimiter } from './send-limiter.js';
import type { Watchdog } from './watchdog.js';

export interface WechatyChannelOptions {
  wechaty: WechatyInterface;
  /** Channel name in chat_identities and on orders (`wechat`). */
  channel: string;
  service: ConversationService;
  dedupe: MessageDedupe;
  limiter: SendLimiter;
  /** Names people write after `@` for the bot, besides its own account name. */
  mentionNames: string[];
  log: Logger;
  watchdog?: Watchdog;
  /** Older messages (replayed after a reconnect) are ignored. Default 10 minutes. */
  maxAgeSeconds?: number;
}

/** Kinds people send that we can't read; they get a polite note asking for text. Pictures are read. */
const UNREADABLE = new Set<number>([
  types.Message.Audio,
  types.Message.Video,
  types.Message.Attachment,
  types.Message.Emoticon,
]);

/** The bytes of an image message (the full picture, as WeChat keeps it). */
async function pictureOf(msg: MessageInterface): Promise<Uint8Array> {
  const box = await msg.toFileBox();
  return new Uint8Array(await box.toBuffer());
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes `@name` mentions of the bot (WeChat puts U+2005 after them); says whether there was one. */
export function stripMentions(text: string, names: string[]): { text: string; mentioned: boolean } {
  let mentioned = false;
  let out = text;
  for (const name of names.filter(Boolean)) {
    const re = new RegExp(`@${escapeRe(name)}(?:[\\u2005\\u0020]|$)`, 'g');
    if (re.test(out)) {
      mentioned = true;
      out = out.replace(re, ' ');
    }
  }
  return { text: out.trim(), mentioned };
}

/**
 * Connects a running Wechaty to the conversation service: reads private and group text messages, answers through
 * the per-chat send limiter, and sends notifications. Returns the channel's sender (for OutboundRouter) and a
 * function that detaches the listeners.
 */
export function attachWechatyChannel(opts: WechatyChannelOptions): { sender: ChannelSender; detach(): void } {
  const { wechaty, log } = opts;
  const maxAge = opts.maxAgeSeconds ?? 600;

  /**
   * Sends through the puppet, as `Contact.say` and `Room.say` do for plain text, without what they do after: look
   * the sent message up again (`Message.find`, its talker and listener too) to return it, which nothing here reads
   * and which costs a reply one or more round trips to a remote puppet (wechaty-puppet-service).
   */
  const say = (key: string, target: { id: string }, text: string) =>
    opts.limiter.schedule(key, async () => {
      await wechaty.puppet.messageSendText(target.id, text);
    });

  async function onMessage(msg: MessageInterface): Promise<void> {
    opts.watchdog?.alive();
    if (msg.self() || msg.age() > maxAge) return;
    const talker = msg.talker();
    const room = msg.room();
    const type = msg.type();
    const isText = type === types.Message.Text;
    const rawText = isText ? msg.text() : '';
    const event = { id: msg.id, fingerprint: `${talker.id}|${room?.id ?? ''}|${type}|${rawText}` };
    // A text's repeat is told by the conversation service, in the Redis command that loads the chat's session (one
    // round trip a message less); other kinds here, before a picture is downloaded.
    if (!isText && !(await opts.dedupe.firstTime(event.id, event.fingerprint))) {
      log.debug({ messageId: msg.id }, 'duplicate message event ignored');
      return;
    }
    const chatKey = room ? room.id : talker.id;
    const target = room ?? talker;
    const names = [...opts.mentionNames, wechaty.isLoggedIn ? wechaty.currentUser.name() : ''];
    const stripped = stripMentions(rawText, names);
    const mentioned = room ? stripped.mentioned || (await msg.mentionSelf().catch(() => false)) : false;
    const picture = type === types.Message.Image ? await pictureOf(msg) : undefined;
    if (!isText && !picture) {
      if (UNREADABLE.has(type) && (!room || mentioned)) await say(chatKey, target, texts.notText);
      return;
    }
    if (!stripped.text && !picture) return;
    const replies = await opts.service.handle({
      channel: opts.channel,
      contactId: talker.id,
      contactName: talker.name(),
      group: room ? { id: room.id, topic: await room.topic() } : undefined,
      mentioned,
      text: stripped.text,
      ...(picture ? { picture } : { event }),
    });
    for (const reply of replies) await say(chatKey, target, reply);
  }

  const onEvent = () => opts.watchdog?.alive();
  const onLogin = () => opts.watchdog?.loggedIn();
  const onLogout = () => opts.watchdog?.logout();
  const onMessageSafe = (msg: MessageInterface) =>
    void onMessage(msg).catch(async (err) => {
      log.error({ err, messageId: msg.id }, 'message handling failed');
      const target = msg.room() ?? msg.talker();
      await say(target.id, target, texts.failed).catch(() => undefined);
    });

  wechaty.on('message', onMessageSafe);
  wechaty.on('heartbeat', onEvent);
  wechaty.on('login', onLogin);
  wechaty.on('logout', onLogout);

  const sender: ChannelSender = {
    channel: opts.channel,
    async sendToChat(address: ChatAddress, text: string) {
      const target = address.groupId
        ? await wechaty.Room.find({ id: address.groupId })
        : await wechaty.Contact.find({ id: address.contactId });
      if (!target) throw new Error(`chat ${address.groupId ?? address.contactId} not found`);
      await say(target.id, target, text);
    },
    async sendToIdentity(externalId: string, text: string) {
      let target: { id: string } | undefined;
      if (externalId.startsWith('name:')) target = await wechaty.Contact.find({ name: externalId.slice(5) });
      else if (externalId.startsWith('room:'))
        target = await wechaty.Room.find({ topic: externalId.slice(5) });
      else
        target =
          (await wechaty.Contact.find({ id: externalId }).catch(() => undefined)) ??
          (await wechaty.Room.find({ id: externalId }).catch(() => undefined));
      if (!target) return false;
      await say(target.id, target, text);
      return true;
    },
  };

  return {
    sender,
    detach() {
      wechaty.off('message', onMessageSafe);
      wechaty.off('heartbeat', onEvent);
      wechaty.off('login', onLogin);
      wechaty.off('logout', onLogout);
    },
  };
}
