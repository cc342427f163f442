import { createHash } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import { HttpError } from './http-errors.js';

/** What the store knows of a key when a request claims it. */
export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'done'; requestHash: string; status: number; body: unknown }
  | { kind: 'running'; requestHash: string };

/** Where first answers are kept (PostgreSQL: pg-idempotency-store.ts). */
export interface IdempotencyStore {
  /** Claims `key` for this request, or says what became of the request that claimed it first. */
  claim(scope: string, key: string, requestHash: string): Promise<IdempotencyClaim>;
  /** Keeps the first answer; later requests with the key get it. */
  complete(scope: string, key: string, status: number, body: unknown): Promise<void>;
  /** Forgets a claim whose request failed on our side, so that the client's retry does the work. */
  release(scope: string, key: string): Promise<void>;
}

export interface IdempotencyOptions {
  store: IdempotencyStore;
  /** Whose keys these are: the signed-in person, so two people's keys never meet. */
  scopeOf: (ctx: Context) => string;
  /** How long a repeat waits for the first request to finish before answering 409. */
  waitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY = /^[\w.:-]{8,100}$/;

const texts = {
  badKey: 'Idempotency-Key 格式不对：8 到 100 个字母、数字或 _ . : -',
  reused: '这个 Idempotency-Key 已经用于另一个请求',
  running: '同一个请求还在处理中，请稍后再试',
};

function requestHash(ctx: Context): string {
  return createHash('sha256')
    .update(`${ctx.method} ${ctx.path}\n${JSON.stringify(ctx.request.body ?? null)}`)
    .digest('base64url');
}

/**
 * Every state-changing request may carry an `Idempotency-Key` header (the back office sends one per form
 * submission). The first request with a key does the work and its answer is kept; a repeat — in sequence or at the
 * same time — gets that answer (header `Idempotent-Replayed: true`) without the work being done again. A key
 * reused for a different request answers 422. Only answers of work done are kept: a request refused with an error
 * did nothing (whether thrown or answered 4xx/5xx), and its retry is judged afresh. Requests without the header pass untouched. Handlers that write
 * money also store `ctx.state.idempotencyKey` with the booking, unique, so even a repeat after a crash between the
 * booking and keeping its answer books once.
 */
export function idempotency(opts: IdempotencyOptions): Middleware {
  const waitMs = opts.waitMs ?? 10_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (ctx, next) => {
    const key = ctx.get('idempotency-key');
    if (!key || !STATE_CHANGING.has(ctx.method)) return next();
    if (!KEY.test(key)) throw new HttpError(400, 'invalid_idempotency_key', texts.badKey);
    const scope = opts.scopeOf(ctx);
    const hash = requestHash(ctx);
    for (const started = Date.now(); ; await sleep(100)) {
      const claim = await opts.store.claim(scope, key, hash);
      if (claim.kind === 'claimed') break;
      if (claim.requestHash !== hash) throw new HttpError(422, 'idempotency_key_reused', texts.reused);
      if (claim.kind === 'done') {
        ctx.status = claim.status;
        ctx.body = claim.body;
        ctx.set('Idempotent-Replayed', 'true');
        return;
      }
      if (Date.now() - started > waitMs) throw new HttpError(409, 'request_in_progress', texts.running);
    }
    ctx.state.idempotencyKey = `${scope}:${key}`;
    try {
      await next();
    } catch (err) {
      // A refused request did nothing: forget the claim, and a retry is judged afresh.
      await opts.store.release(scope, key).catch(() => undefined);
      throw err;
    }
    if (ctx.status >= 400) await opts.store.release(scope, key);
    else await opts.store.complete(scope, key, ctx.status, ctx.body ?? null);
  };
}
