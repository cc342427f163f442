import { timingSafeEqual } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import { HttpError } from './http-errors.js';
import { siteOrigin } from './operations.js';
import { csrfTokenOf } from './session-middleware.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const csrfTexts = {
  crossOrigin: '请求来源不对，已拒绝（只接受本站页面发出的请求）',
  token: '页面已过期，请刷新后再试',
};

function originOf(ctx: Context): string | undefined {
  const origin = ctx.get('origin');
  if (origin && origin !== 'null') return origin;
  const referer = ctx.get('referer');
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface CsrfOptions {
  /** The site's own origin (PUBLIC_URL); the request's own (siteOrigin: protocol and host, proxy headers trusted) by default. */
  origin?: string;
  /** Path prefixes called by other servers, which authenticate themselves (a platform's signed callback). */
  exempt?: string[];
}

/**
 * Every state-changing request must come from this site: its `Origin` (or, without one, its `Referer`) is this
 * site's, and when it rides on a session it carries that session's token in `X-CSRF-Token` or `X-XSRF-TOKEN` (the page
 * reads it from the `XSRF-TOKEN` cookie). A form on another site fails the first test, a script on another site the second.
 */
export function csrfGuard(opts: CsrfOptions = {}): Middleware {
  const exempt = opts.exempt ?? [];
  return async (ctx, next) => {
    if (!STATE_CHANGING.has(ctx.method) || exempt.some((p) => ctx.path.startsWith(p))) return next();
    const expected = opts.origin ?? siteOrigin(ctx);
    const origin = originOf(ctx);
    if (!origin || origin !== expected) throw new HttpError(403, 'cross_origin', csrfTexts.crossOrigin);
    const token = csrfTokenOf(ctx);
    if (token && !same(ctx.get('x-csrf-token') || ctx.get('x-xsrf-token'), token))
      throw new HttpError(403, 'csrf_token', csrfTexts.token);
    await next();
  };
}
