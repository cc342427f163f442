import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Middleware } from 'koa';
import { WEB_DIST } from '../lib/web-build.js';
import { personOf } from './operations.js';

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>聊单 后台</title></head>
<body><p>后台页面还没有构建。请在项目目录运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。</p></body></html>`;

/**
 * The back office (the Vue app built into `web/dist`) under `/admin/`: its files as they are (hashed assets cached
 * for a year), every other path under `/admin/` answered with `index.html` so the app's router shows the page.
 * `/admin/queues` (Bull Board) is left to its own router. `/` leads staff to their desk, a customer to their chat
 * and anyone else to the sign-in page.
 */
export function adminPages(opts: { dist?: string } = {}): Middleware {
  const dist = opts.dist ?? WEB_DIST;
  let index: Promise<string> | undefined;
  const indexHtml = () =>
    (index ??= readFile(join(dist, 'index.html'), 'utf8').catch((err: unknown) => {
      index = undefined;
      throw err;
    }));

  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === '/') {
      const person = personOf(ctx);
      ctx.redirect(
        person?.kind === 'staff' ? '/admin/' : person?.kind === 'customer' ? '/chat' : '/admin/login',
      );
      return;
    }
    if (ctx.path === '/admin') {
      ctx.redirect('/admin/');
      return;
    }
    if (!ctx.path.startsWith('/admin/') || ctx.path.startsWith('/admin/queues')) return next();
    const rel = normalize(decodeURIComponent(ctx.path.slice('/admin/'.length)));
    if (rel && !rel.startsWith('..') && !rel.includes(`${sep}..`) && extname(rel)) {
      const file = join(dist, rel);
      const found = await stat(file).catch(() => undefined);
      if (found?.isFile()) {
        ctx.type = extname(file);
        ctx.set(
          'Cache-Control',
          rel.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        ctx.body = await readFile(file);
        return;
      }
      if (rel.startsWith(`assets${sep}`)) return next();
    }
    try {
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = await indexHtml();
    } catch {
      ctx.status = 503;
      ctx.type = 'html';
      ctx.body = NOT_BUILT;
    }
  };
}
