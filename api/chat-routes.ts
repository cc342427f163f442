import { readFile } from 'node:fs/promises';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { ConversationService } from '../bot/conversation-service.js';
import type { Party } from '../bot/conversation-types.js';
import type { ChatMailbox } from '../bot/outbound-router.js';
import { inboxOf } from '../bot/outbound-router.js';
import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import { badRequest, HttpError, notFound } from './http-errors.js';

const chatErrorTexts = {
  tooLong: '消息太长了（最多 2000 字），请分几条发送',
  badMessage: '请输入要发送的文字',
  unknownPerson: '没有这位客户或员工',
  badPerson: '请先选择客户或员工',
};

/** The demo people one can be on the chat page. */
export interface ChatPeople {
  customers: { id: string; name: string; tier: string | null }[];
  staff: { id: string; name: string; role: string }[];
}

export interface ChatRoutesDeps {
  service: ConversationService;
  mailbox: ChatMailbox;
  people: () => Promise<ChatPeople>;
}

const As = z.string().regex(/^(customer|staff):[\w.-]{1,64}$/, 'customer:<id> or staff:<id>');
const SendBody = z.object({ as: As, text: z.string().trim().min(1).max(2000) });

function partyOf(as: string): Party {
  const [kind, id] = as.split(':', 2) as ['customer' | 'staff', string];
  return { kind, id };
}

/**
 * The web chat: `GET /chat` (the page), `GET /chat/api/people`, `POST /chat/api/messages` `{ as, text }` →
 * `{ replies }`, `GET /chat/api/inbox?as=` → `{ messages }` (notifications, polled). It talks to the same
 * conversation service as the WeChat bot, on channel `web`, one session per person.
 */
export function createChatRoutes(deps: ChatRoutesDeps): Router {
  const router = new Router();
  let page: Promise<string> | undefined;
  router.get('/chat', async (ctx) => {
    page ??= readFile(new URL('./public/chat.html', import.meta.url), 'utf8');
    ctx.type = 'html';
    ctx.body = await page;
  });
  router.get('/chat/api/people', async (ctx) => {
    ctx.body = await deps.people();
  });
  router.post('/chat/api/messages', async (ctx) => {
    const body = SendBody.safeParse(ctx.request.body);
    if (!body.success) {
      const tooLong = body.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'text');
      throw tooLong
        ? new HttpError(400, 'message_too_long', chatErrorTexts.tooLong, body.error.issues)
        : badRequest(chatErrorTexts.badMessage, body.error.issues);
    }
    const as = partyOf(body.data.as);
    const people = await deps.people();
    const list: { id: string; name: string }[] = as.kind === 'customer' ? people.customers : people.staff;
    const who = list.find((p) => p.id === as.id);
    if (!who) throw notFound(chatErrorTexts.unknownPerson);
    const replies = await deps.service.handle({
      channel: 'web',
      contactId: inboxOf(as),
      contactName: who.name,
      as,
      text: body.data.text,
    });
    ctx.body = { replies };
  });
  router.get('/chat/api/inbox', async (ctx) => {
    const as = As.safeParse(ctx.query.as);
    if (!as.success) throw badRequest(chatErrorTexts.badPerson);
    ctx.body = { messages: await deps.mailbox.drain(as.data) };
  });
  return router;
}

/** The router as one Koa middleware (routes + allowed methods), ready for `AppParts.mounts`. */
export function chatMiddleware(router: Router): Middleware {
  const routes = router.routes() as unknown as Middleware;
  const allowed = router.allowedMethods() as unknown as Middleware;
  return (ctx, next) => routes(ctx, () => allowed(ctx, next));
}

/** Demo customers and active staff from PostgreSQL (cached for a minute). */
export function pgChatPeople(db: Db): () => Promise<ChatPeople> {
  let cached: { at: number; value: Promise<ChatPeople> } | undefined;
  return () => {
    if (cached && Date.now() - cached.at < 60_000) return cached.value;
    const value = Promise.all([
      db.selectFrom('customers').select(['id', 'name', 'tier']).orderBy('id').limit(500).execute(),
      db
        .selectFrom('staff')
        .select(['id', 'name', 'role'])
        .where('active', '=', true)
        .orderBy('id')
        .execute(),
    ]).then(([customers, staff]) => ({ customers, staff }));
    cached = { at: Date.now(), value };
    value.catch(() => (cached = undefined));
    return value;
  };
}

export interface MountChatOptions {
  db: Db;
  /** The api's Redis connection (sessions, held drafts, inboxes). */
  redis: Redis;
  /** QUEUE_PREFIX. */
  prefix: string;
  log: Logger;
  sessionTtlMs?: number;
  reviewOverFen?: number;
  maxQtyPerLine?: number;
  catalogReloadMs?: number;
}

/**
 * Everything `api/main.ts` needs for the chat page: loads the catalog, builds the engine and the conversation
 * service, returns the middleware (push it onto `AppParts.mounts`) and `stop()` (ends catalog reloads; db and
 * redis stay the caller's).
 */
export async function mountChat(opts: MountChatOptions): Promise<{ middleware: Middleware; stop(): void }> {
  const { startChatRuntime } = await import('../bot/chat-runtime.js');
  const runtime = await startChatRuntime({
    db: opts.db,
    redis: opts.redis,
    prefix: opts.prefix,
    log: opts.log.child({ part: 'web-chat' }),
    sessionTtlMs: opts.sessionTtlMs ?? 24 * 3600_000,
    reviewOverFen: opts.reviewOverFen ?? 5_000_000,
    maxQtyPerLine: opts.maxQtyPerLine ?? 100_000,
    catalogReloadMs: opts.catalogReloadMs ?? 300_000,
  });
  const router = createChatRoutes({
    service: runtime.service,
    mailbox: runtime.mailbox,
    people: pgChatPeople(opts.db),
  });
  return { middleware: chatMiddleware(router), stop: runtime.stop };
}
