import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { Access } from '../auth/access.js';
import { ROLE_LABELS, type StaffRole } from '../auth/roles.js';
import type { Operation } from './operations.js';

const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: '稳定的错误代码，程序按它判断' }),
      message: z.string().meta({ description: '给人看的中文说明' }),
    }),
  })
  .meta({ id: 'Error' });

/** The roles an access allows, as the document lists them (`x-roles`); admin may call every staff operation. */
export function rolesOf(access: Access): string[] {
  if (typeof access === 'string') return [access];
  return [...new Set<StaffRole>([...access, 'admin'])];
}

function rolesText(access: Access): string {
  if (access === 'anyone') return '任何人（不用登录）';
  if (access === 'signed_in') return '已登录的客户或员工（只作为本人）';
  if (access === 'customer') return '客户本人';
  return rolesOf(access)
    .map((r) => `${ROLE_LABELS[r as StaffRole]}（${r}）`)
    .join('、');
}

/** The OpenAPI 3.1 document of the operations, made from the same zod schemas that check the requests. */
export function openApiDocument(operations: readonly Operation[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    const item = (paths[path] ??= {});
    item[op.method.toLowerCase() as 'get'] = {
      operationId: op.id,
      summary: op.summary,
      description: `可以调用：${rolesText(op.access)}`,
      tags: [op.tag],
      'x-roles': rolesOf(op.access),
      requestParams: {
        ...(op.params && { path: op.params as z.ZodObject }),
        ...(op.query && { query: op.query as z.ZodObject }),
      },
      ...(op.body && { requestBody: { content: { 'application/json': { schema: op.body } } } }),
      responses: {
        [String(op.status ?? 200)]: {
          description: '成功',
          ...(op.response && { content: { 'application/json': { schema: op.response } } }),
        },
        default: {
          description: '出错：4xx 是请求的问题，5xx 是系统的问题',
          content: { 'application/json': { schema: ErrorBody } },
        },
      },
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: '聊单 liaodan 后台接口',
      version: '1',
      description:
        '登录后用 cookie 会话调用；所有改动数据的请求要带同源的 Origin 和 X-CSRF-Token（登录后从 /auth/me 或 XSRF-TOKEN cookie 取得），可以带 Idempotency-Key 防止重复提交。',
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'liaodan.sid' } } },
    security: [{ session: [] }],
    paths,
  });
}

const DOCS_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>聊单 接口文档</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

/** `GET /api/openapi.json` and the docs page `GET /api/docs` (Swagger UI, served from the npm package). */
export function openApiRoutes(operations: readonly Operation[]): Middleware {
  const document = openApiDocument(operations);
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const assets: Record<string, string> = {
    'swagger-ui.css': 'text/css',
    'swagger-ui-bundle.js': 'application/javascript',
  };
  const router = new Router();
  router.get('/api/openapi.json', (ctx) => {
    ctx.body = document;
  });
  router.get('/api/docs', (ctx) => {
    ctx.type = 'html';
    ctx.body = DOCS_PAGE;
  });
  router.get('/api/docs/init.js', (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = DOCS_INIT;
  });
  router.get('/api/docs/:asset', async (ctx, next) => {
    const type = assets[ctx.params.asset ?? ''];
    if (!type) return next();
    ctx.type = type;
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = await readFile(join(swagger, ctx.params.asset as string));
  });
  return router.routes() as unknown as Middleware;
}
