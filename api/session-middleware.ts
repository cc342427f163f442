import { randomBytes } from 'node:crypto';
import type Koa from 'koa';
import type { Context, Middleware } from 'koa';
import session from 'koa-session';
import type { Redis } from 'ioredis';
import { currentPerson, type SessionPersonRef } from '../auth/pg-staff-accounts.js';
import type { Db } from '../db/pg-database.js';

/** What a session keeps: whose it is, when it began, its CSRF token. */
export interface SessionAuth {
  person: SessionPersonRef;
  createdAt: number;
  csrf: string;
}

export interface SessionSettings {
  redis: Redis;
  /** QUEUE_PREFIX: session keys are `<prefix>:session:<id>`. */
  prefix: string;
  db: Db;
  /** Cookies only over HTTPS (production behind a TLS proxy). */
  secure: boolean;
  /** A session unused this long is over; one older than the absolute limit is over however busy. */
  staffIdleMs: number;
  staffAbsoluteMs: number;
  customerIdleMs: number;
  customerAbsoluteMs: number;
  now?: () => number;
}

export const SESSION_COOKIE = 'liaodan.sid';
/**
 * Readable by the page's script, which sends it back as `X-CSRF-Token` (double submit). Named as axios expects, so
 * pages built on axios (Bull Board) send it back as `X-XSRF-TOKEN` by themselves.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';

const limits = (s: SessionSettings, kind: SessionPersonRef['kind']) =>
  kind === 'staff'
    ? { idle: s.staffIdleMs, absolute: s.staffAbsoluteMs }
    : { idle: s.customerIdleMs, absolute: s.customerAbsoluteMs };

/**
 * Cookie sessions kept in Redis (koa-session with an external store; the cookie holds only a signed random id):
 * HttpOnly, SameSite=Lax, Secure when configured, rolling idle expiry and an absolute limit. After it, the person of
 * every request is read from PostgreSQL, so a switched-off account, a changed password or a revoked customer link
 * ends its sessions at once; `ctx.state.person` is set for the rest of the request.
 */
export function sessionMiddleware(app: Koa, s: SessionSettings): Middleware[] {
  const now = s.now ?? Date.now;
  const key = (id: string) => `${s.prefix}:session:${id}`;
  const sessions = session(
    {
      key: SESSION_COOKIE,
      httpOnly: true,
      sameSite: 'lax',
      secure: s.secure,
      signed: true,
      rolling: true,
      maxAge: s.staffIdleMs,
      genid: () => randomBytes(24).toString('base64url'),
      store: {
        async get(id: string) {
          const raw = await s.redis.get(key(id));
          return raw ? JSON.parse(raw) : undefined;
        },
        async set(id: string, value: unknown, maxAge: number) {
          await s.redis.set(
            key(id),
            JSON.stringify(value),
            'PX',
            Math.max(1000, Number(maxAge) || s.staffIdleMs),
          );
        },
        async destroy(id: string) {
          await s.redis.del(key(id));
        },
      },
    },
    app,
  ) as unknown as Middleware;
  const loadPerson: Middleware = async (ctx, next) => {
    const auth = ctx.session?.auth as SessionAuth | undefined;
    if (auth) {
      const person =
        now() - auth.createdAt <= limits(s, auth.person.kind).absolute
          ? await currentPerson(s.db, auth.person)
          : undefined;
      if (person) ctx.state.person = person;
      else ctx.session = null;
    }
    await next();
  };
  return [sessions, loadPerson];
}

/**
 * Starts a session for a person who just proved who they are (password, customer link): a new session id (the old
 * one is destroyed, so a session id planted before sign-in is worthless), a fresh CSRF token in its cookie.
 */
export async function beginSession(
  ctx: Context,
  s: Pick<SessionSettings, 'secure' | 'staffIdleMs' | 'customerIdleMs'>,
  person: SessionPersonRef,
  now = Date.now(),
): Promise<SessionAuth> {
  if (!ctx.session) throw new Error('session middleware missing');
  const auth: SessionAuth = { person, createdAt: now, csrf: randomBytes(18).toString('base64url') };
  ctx.session.auth = auth;
  ctx.session.maxAge = person.kind === 'staff' ? s.staffIdleMs : s.customerIdleMs;
  await ctx.session.regenerate();
  ctx.cookies.set(CSRF_COOKIE, auth.csrf, {
    httpOnly: false,
    sameSite: 'lax',
    secure: s.secure,
    signed: false,
  });
  return auth;
}

/** Ends the session (the Redis key is deleted, the cookies cleared). */
export function endSession(ctx: Context): void {
  ctx.session = null;
  ctx.cookies.set(CSRF_COOKIE, null);
}

/** The CSRF token of the request's session, if it has one. */
export function csrfTokenOf(ctx: Context): string | undefined {
  return (ctx.session?.auth as SessionAuth | undefined)?.csrf;
}
