import { timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * HTTP Basic authentication for back-office pages and endpoints (Bull Board, admin APIs). Browsers prompt for it,
 * scripts send `Authorization: Basic …`.
 */
export function adminAuth(credentials: { user: string; password: string }): Middleware {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    const match = /^Basic\s+(.+)$/i.exec(header);
    if (match?.[1]) {
      const decoded = Buffer.from(match[1], 'base64').toString('utf8');
      const sep = decoded.indexOf(':');
      if (
        sep >= 0 &&
        same(decoded.slice(0, sep), credentials.user) &&
        same(decoded.slice(sep + 1), credentials.password)
      ) {
        await next();
        return;
      }
    }
    ctx.status = 401;
    ctx.set('WWW-Authenticate', 'Basic realm="liaodan admin", charset="UTF-8"');
    ctx.body = { error: { code: 'unauthorized', message: '请先登录' } };
  };
}
