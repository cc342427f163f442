/**
 * A WeChat account simulated by wechaty-puppet-mock, with a record of everything the bot sends, for tests and the
 * benchmark.
 */
import { types, WechatyBuilder } from 'wechaty';
import type { WechatyInterface } from 'wechaty/impls';
import { mock, PuppetMock } from 'wechaty-puppet-mock';

export interface Sent {
  /** Contact id (private chat) or room id. */
  to: string;
  text: string;
  at: number;
}

export interface MockWechat {
  mocker: mock.Mocker;
  puppet: PuppetMock;
  wechaty: WechatyInterface;
  me: mock.ContactMock;
  /** Everything the bot sent (empty with `keepSent: false`). */
  sent: Sent[];
  /** Messages the bot sent to this chat so far. */
  sentTo(chatId: string): string[];
  /** Waits until the bot sent `count` messages to the chat (or times out with what it has). */
  waitFor(chatId: string, count: number, timeoutMs?: number): Promise<string[]>;
  /** Emits a message event for an existing or new message payload, as a puppet does (possibly twice). */
  emitText(from: mock.ContactMock, to: mock.ContactMock | mock.RoomMock, text: string, id?: string): string;
  onSent(listener: (s: Sent) => void): void;
}

type Listener = (s: Sent) => void;

export interface MockWechatOptions {
  name?: string;
  meId?: string;
  /**
   * The mocker keeps every message ever sent either way (its payload and its object), which a long benchmark's
   * heap then carries; with this bound it forgets the oldest messages past this many, as a real puppet's bounded
   * payload cache does. Default: all kept (tests deliver old message ids again).
   */
  retainMessages?: number;
  /** Keep what the bot sent in `sent` (tests read it back); the benchmark listens with `onSent` instead. */
  keepSent?: boolean;
}

/**
 * Builds a Wechaty over a mock puppet and a bot account (log it in with `loginMock` once the bot listens). A
 * restart builds a new one with the same `meId` and re-creates the contacts it needs with their old ids.
 */
export function createMockWechat(opts: MockWechatOptions = {}): MockWechat {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const wechaty = WechatyBuilder.build({ name: opts.name ?? 'liaodan-test', puppet });
  const me = mocker.createContact({ name: '聊单助手', ...(opts.meId && { id: opts.meId }) });
  const sent: Sent[] = [];
  const listeners: Listener[] = [];
  const keepSent = opts.keepSent ?? true;
  const forget = forgetter(mocker, opts.retainMessages ?? Infinity);
  let seq = 0;
  (puppet as unknown as { on(e: 'message', l: (p: { messageId: string }) => void): void }).on(
    'message',
    ({ messageId }) => {
      forget(messageId);
      const p = mocker.messagePayload(messageId) as {
        talkerId?: string;
        listenerId?: string;
        roomId?: string;
        text?: string;
      };
      if (p.talkerId !== me.id) return;
      const s: Sent = { to: p.roomId ?? p.listenerId ?? '', text: p.text ?? '', at: performance.now() };
      if (keepSent) sent.push(s);
      for (const l of listeners) l(s);
    },
  );
  const sentTo = (chatId: string) => sent.filter((s) => s.to === chatId).map((s) => s.text);
  return {
    mocker,
    puppet,
    wechaty,
    me,
    sent,
    sentTo,
    async waitFor(chatId, count, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (sentTo(chatId).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      return sentTo(chatId);
    },
    emitText(from, to, text, id) {
      const messageId = id ?? `m-${Date.now()}-${++seq}`;
      const base = {
        id: messageId,
        talkerId: from.id,
        timestamp: Date.now(),
        type: types.Message.Text,
        text,
      };
      const isRoom = to instanceof mocker.RoomMock;
      const payload = isRoom ? { ...base, roomId: to.id, mentionIdList: [] } : { ...base, listenerId: to.id };
      try {
        mocker.MessageMock.create(payload as never);
      } catch {
        // Already created: emitting it again is what a puppet with duplicate events does.
      }
      puppet.emit('message', { messageId });
      return messageId;
    },
    onSent(listener) {
      listeners.push(listener);
    },
  };
}

/**
 * Remembers the order in which messages went through the puppet and, past `retain`, drops the oldest from the
 * mocker's payload cache and message pool (an event emitted again for one of them then finds nothing).
 */
function forgetter(mocker: mock.Mocker, retain: number): (messageId: string) => void {
  if (!Number.isFinite(retain)) return () => undefined;
  const payloads = (mocker as unknown as { cacheMessagePayload: Map<string, unknown> }).cacheMessagePayload;
  const pool = (mocker.MessageMock as unknown as { pool: Map<string, unknown> }).pool;
  const order: string[] = [];
  let oldest = 0;
  return (messageId) => {
    order.push(messageId);
    while (order.length - oldest > retain) {
      const id = order[oldest++]!;
      payloads.delete(id);
      pool.delete(id);
    }
    // Compact the list now and then instead of shifting it on every message.
    if (oldest > 10_000 && oldest * 2 > order.length) {
      order.splice(0, oldest);
      oldest = 0;
    }
  };
}

/** Starts the mock account (call after the bot attached its listeners). */
export function loginMock(w: MockWechat): void {
  w.mocker.login(w.me);
}
