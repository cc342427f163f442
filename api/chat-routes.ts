import { readFile } from 'node:fs/promises';
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { customerScope } from '../auth/access.js';
import type { Person } from '../auth/person.js';
import type { CatalogChanges } from '../bot/catalog-engine.js';
import type { ConversationService } from '../bot/conversation-service.js';
import type { Party } from '../bot/conversation-types.js';
import type { ChatMailbox } from '../bot/outbound-router.js';
import { inboxOf } from '../bot/outbound-router.js';
import { createRedisChatHistory, type ChatHistory } from '../bot/redis-chat-history.js';
import { listCustomers } from '../customers/pg-customer-queries.js';
import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import { HttpError } from './http-errors.js';
import { defineOperation, type Operation } from './operations.js';
import { PICTURE_BODY_LIMIT, pictureBytes, PictureField } from './picture-operations.js';
import type { PictureReader } from '../reader/picture-reader.js';

/** The demo shop's people, for the sign-in panel of the chat page (development only). */
export interface DemoAccounts {
  password: string;
  staff: { id: string; name: string; roles: string[] }[];
  customers: { id: string; name: string; url: string }[];
}

export interface ChatRoutesDeps {
  db: Db;
  service: ConversationService;
  mailbox: ChatMailbox;
  /** What the page shows again after a reload. */
  history: ChatHistory;
  /** Only when the demo shop runs in development; otherwise the route answers 404. */
  demoAccounts?: (ctx: Context) => Promise<DemoAccounts>;
}

const SendBody = z.object({ text: z.string().trim().min(1).max(2000) });
const chatTexts = {
  tooLong: '消息太长了（最多 2000 字），请分几条发送',
  empty: '请输入要发送的文字',
  noDemo: '没有这个地址',
};

const partyOf = (person: Person): Party => ({ kind: person.kind, id: person.id });

/**
 * The web chat's operations: a message and the inbox of the session's person (a customer through their link, or a
 * staff member signed in), never anyone else's; the people list for staff; the demo accounts in development.
 * They talk to the same conversation service as the WeChat bot, on channel `web`.
 */
export function chatOperations(deps: ChatRoutesDeps): Operation[] {
  return [
    defineOperation({
      id: 'sendChatMessage',
      method: 'POST',
      path: '/chat/api/messages',
      summary: '以当前登录的人发一条聊天消息，返回机器人的回复',
      tag: '聊天',
      access: 'signed_in',
      async handle({ person, ctx }) {
        const parsed = SendBody.safeParse(ctx.request.body);
        if (!parsed.success) {
          const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
          throw tooLong
            ? new HttpError(400, 'message_too_long', chatTexts.tooLong)
            : new HttpError(400, 'invalid_input', chatTexts.empty);
        }
        const who = person as Person;
        const inbox = inboxOf(partyOf(who));
        const replies = await deps.service.handle({
          channel: 'web',
          contactId: inbox,
          contactName: who.name,
          as: partyOf(who),
          text: parsed.data.text,
        });
        const at = Date.now();
        await deps.history.append(inbox, [
          { from: 'me', text: parsed.data.text, at },
          ...replies.map((text) => ({ from: 'bot' as const, text, at })),
        ]);
        return { replies };
      },
    }),
    defineOperation({
      id: 'sendChatPicture',
      method: 'POST',
      path: '/chat/api/pictures',
      bodyLimit: PICTURE_BODY_LIMIT,
      summary:
        '以当前登录的人发一张图片（拍的单子、截图），返回机器人的回复（读到的清单、草稿、看不清要问的行）',
      tag: '聊天',
      access: 'signed_in',
      body: z.object({ picture: PictureField }),
      async handle({ person, body }) {
        const who = person as Person;
        const inbox = inboxOf(partyOf(who));
        const replies = await deps.service.handle({
          channel: 'web',
          contactId: inbox,
          contactName: who.name,
          as: partyOf(who),
          text: '',
          picture: pictureBytes(body.picture),
        });
        const at = Date.now();
        await deps.history.append(inbox, [
          { from: 'me', text: '[图片]', at },
          ...replies.map((text) => ({ from: 'bot' as const, text, at })),
        ]);
        return { replies };
      },
    }),
    defineOperation({
      id: 'readChatInbox',
      method: 'GET',
      path: '/chat/api/inbox',
      summary: '取走当前登录的人的通知（审核、发货、收款……）',
      tag: '聊天',
      access: 'signed_in',
      async handle({ person }) {
        const inbox = inboxOf(partyOf(person as Person));
        const messages = await deps.mailbox.drain(inbox);
        const at = Date.now();
        await deps.history.append(
          inbox,
          messages.map((text) => ({ from: 'notice' as const, text, at })),
        );
        return { messages };
      },
    }),
    defineOperation({
      id: 'readChatHistory',
      method: 'GET',
      path: '/chat/api/history',
      summary: '当前登录的人最近的聊天记录（最多 200 条，刷新页面后还在）',
      tag: '聊天',
      access: 'signed_in',
      handle: async ({ person }) => ({
        messages: await deps.history.recent(inboxOf(partyOf(person as Person))),
      }),
    }),
    defineOperation({
      id: 'listChatPeople',
      method: 'GET',
      path: '/chat/api/people',
      summary: '员工代客下单时可选的客户（只列自己能管的客户）',
      tag: '聊天',
      access: ['rep', 'clerk', 'manager'],
      async handle({ person }) {
        const customers = await listCustomers(deps.db, {
          scope: customerScope(person as Person),
          limit: 500,
        });
        return { customers: customers.map((c) => ({ id: c.id, name: c.name, tier: c.tier })) };
      },
    }),
    defineOperation({
      id: 'listDemoAccounts',
      method: 'GET',
      path: '/chat/api/demo-accounts',
      summary: '演示账号（只在开发环境的演示店里有）',
      tag: '聊天',
      access: 'anyone',
      async handle({ ctx }) {
        if (!deps.demoAccounts) throw new HttpError(404, 'not_found', chatTexts.noDemo);
        return deps.demoAccounts(ctx);
      },
    }),
  ] as Operation[];
}

const PAGES: Record<string, { file: string; type: string }> = {
  '/chat': { file: 'chat.html', type: 'html' },
  '/chat/chat.js': { file: 'chat.js', type: 'application/javascript' },
  '/set-password': { file: 'set-password.html', type: 'html' },
  '/set-password.js': { file: 'set-password.js', type: 'application/javascript' },
};

/** The chat page and the set-password page (static files; no inline scripts, so the CSP can forbid them). */
export function chatPages(): Middleware {
  const router = new Router();
  const cache = new Map<string, Promise<string>>();
  for (const [path, page] of Object.entries(PAGES)) {
    router.get(path, async (ctx) => {
      if (!cache.has(page.file))
        cache.set(page.file, readFile(new URL(`./public/${page.file}`, import.meta.url), 'utf8'));
      ctx.type = page.type;
      ctx.body = await cache.get(page.file);
    });
  }
  return router.routes() as unknown as Middleware;
}

export interface MountChatOptions {
  db: Db;
  /** The api's Redis connection (sessions, held drafts, inboxes). */
  redis: Redis;
  /** QUEUE_PREFIX. */
  prefix: string;
  log: Logger;
  sessionTtlMs?: number;
  maxQtyPerLine?: number;
  catalogReloadMs?: number;
  demoAccounts?: ChatRoutesDeps['demoAccounts'];
  /** Stock and catalog changes as they happen, so the web chat quotes them within moments. */
  changes?: CatalogChanges;
  /** Reads pictures sent in the web chat and at the order desk (threads start on the first picture). */
  pictureReader?: PictureReader | null;
}

/**
 * Everything `api/main.ts` needs for the web chat and the order desk: loads the catalog, builds the engine and the
 * conversation service, returns the operations, the pages and `stop()` (ends catalog reloads; db, redis and the
 * picture reader stay the caller's).
 */
export async function mountChat(opts: MountChatOptions): Promise<{
  operations: Operation[];
  pages: Middleware;
  service: ConversationService;
  stop(): Promise<void>;
}> {
  const { startChatRuntime } = await import('../bot/chat-runtime.js');
  const runtime = await startChatRuntime({
    db: opts.db,
    redis: opts.redis,
    prefix: opts.prefix,
    log: opts.log.child({ part: 'web-chat' }),
    sessionTtlMs: opts.sessionTtlMs ?? 24 * 3600_000,
    maxQtyPerLine: opts.maxQtyPerLine ?? 100_000,
    catalogReloadMs: opts.catalogReloadMs ?? 300_000,
    ...(opts.changes && { changes: opts.changes }),
    pictureReader: opts.pictureReader ?? null,
  });
  const operations = chatOperations({
    db: opts.db,
    service: runtime.service,
    mailbox: runtime.mailbox,
    history: createRedisChatHistory({ redis: opts.redis, prefix: opts.prefix }),
    ...(opts.demoAccounts && { demoAccounts: opts.demoAccounts }),
  });
  return { operations, pages: chatPages(), service: runtime.service, stop: runtime.stop };
}
