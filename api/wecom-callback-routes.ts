import Router from '@koa/router';
import type { Redis } from 'ioredis';
import type { Context, Middleware } from 'koa';
import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import { recordWakeUp } from '../bot/pg-wecom-accounts.js';
import type { NonceStore } from '../bot/redis-wecom-nonces.js';
import { readEventPush, verifyUrl, type CallbackQuery, type CallbackRefusal } from '../bot/wecom-callback.js';
import type { WecomCallbackConfig } from '../bot/wecom-config.js';
import { HttpError } from './http-errors.js';

/** The callback path to enter in the WeCom admin console (behind the shop's public https address). */
export const WECOM_CALLBACK_PATH = '/wecom/kf/callback';

const MAX_BODY_BYTES = 64 * 1024;

export interface WecomCallbackDeps {
  config: WecomCallbackConfig;
  db: Db;
  nonces: NonceStore;
  log: Logger;
  now?: () => Date;
  /** Recording a wake-up may take this long; the platform waits 5 s in all. Default 3 s. */
  recordTimeoutMs?: number;
}

/** Fails with 503 when `work` takes longer than `ms` (the platform retries a 5xx; the wake-up may still land). */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, 'unavailable', '回调暂时无法处理')), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

const STATUS: Record<CallbackRefusal, number> = {
  missing_parameters: 400,
  bad_body: 400,
  bad_signature: 401,
  stale_timestamp: 403,
  replayed_nonce: 403,
  undecryptable: 403,
  wrong_receiver: 403,
};

function refuse(log: Logger, refusal: CallbackRefusal): never {
  log.warn({ refusal }, 'wecom callback refused');
  throw new HttpError(STATUS[refusal], refusal, '回调请求无效');
}

function queryOf(ctx: Context): CallbackQuery {
  const q = ctx.query;
  const one = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    msg_signature: one(q.msg_signature),
    timestamp: one(q.timestamp),
    nonce: one(q.nonce),
    echostr: one(q.echostr),
  };
}

async function rawBody(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body_too_large', '请求太大');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `GET /wecom/kf/callback`: URL verification, answers the decrypted `echostr` as plain text.
 * `POST /wecom/kf/callback`: an encrypted event push; a kf_msg_or_event records the wake-up (account, token) in
 * PostgreSQL and answers an empty 200 at once: the bot process pulls the messages. Wrong signature, a timestamp
 * off by more than 5 minutes, a nonce seen before, or a ciphertext for another corp: 4xx, nothing recorded.
 */
export function wecomCallbackRoutes(deps: WecomCallbackDeps): Middleware {
  const now = deps.now ?? (() => new Date());
  const log = deps.log.child({ part: 'wecom-callback' });
  const router = new Router();
  router.get(WECOM_CALLBACK_PATH, (ctx) => {
    const result = verifyUrl(deps.config, queryOf(ctx));
    if (!result.ok) refuse(log, result.refusal);
    ctx.type = 'text/plain';
    ctx.body = result.echo;
    log.info('wecom callback URL verified');
  });
  router.post(WECOM_CALLBACK_PATH, async (ctx) => {
    const query = queryOf(ctx);
    const result = readEventPush(deps.config, query, await rawBody(ctx), Math.floor(now().getTime() / 1000));
    if (!result.ok) refuse(log, result.refusal);
    const { timestamp = '', nonce = '' } = query;
    if (!(await deps.nonces.take(timestamp, nonce))) refuse(log, 'replayed_nonce');
    try {
      if (result.kind === 'kf_wake_up') {
        const { openKfId } = result.wakeUp;
        if (deps.config.openKfIds.length && !deps.config.openKfIds.includes(openKfId)) {
          log.warn({ openKfId }, 'wecom wake-up for an account not in WECOM_OPEN_KFIDS ignored');
        } else {
          await within(deps.recordTimeoutMs ?? 3000, recordWakeUp(deps.db, result.wakeUp, now()));
          log.debug({ openKfId }, 'wecom wake-up recorded');
        }
      } else {
        log.info({ msgType: result.msgType, event: result.event }, 'wecom callback of another kind ignored');
      }
    } catch (err) {
      // Nothing was recorded: the platform's retry (same nonce) must get through.
      await deps.nonces.release(timestamp, nonce).catch(() => undefined);
      throw err;
    }
    ctx.status = 200;
    ctx.type = 'text/plain';
    ctx.body = '';
  });
  const routes = router.routes() as unknown as Middleware;
  const allowed = router.allowedMethods() as unknown as Middleware;
  return (ctx, next) => routes(ctx, () => allowed(ctx, next));
}

/** The callback route when the channel is configured (none otherwise), for `AppParts.mounts`. */
export async function wecomCallbackMounts(opts: {
  config: WecomCallbackConfig | null;
  db: Db;
  redis: Redis;
  prefix: string;
  log: Logger;
}): Promise<Middleware[]> {
  if (!opts.config) return [];
  const { createRedisNonceStore } = await import('../bot/redis-wecom-nonces.js');
  const nonces = createRedisNonceStore({ redis: opts.redis, prefix: opts.prefix });
  opts.log.info({ path: WECOM_CALLBACK_PATH }, 'wecom callback enabled');
  return [wecomCallbackRoutes({ config: opts.config, db: opts.db, nonces, log: opts.log })];
}
