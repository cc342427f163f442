import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { z } from 'zod';
import { decideAccess, type Access } from '../auth/access.js';
import type { AuditActor } from '../auth/pg-audit-log.js';
import type { Person, StaffPerson } from '../auth/person.js';
import { HttpError } from './http-errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler gets: the parsed request, and who calls. */
export interface OperationInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Present for every operation whose access is not `anyone`. */
  person: Person | undefined;
  ctx: Context;
}

/**
 * One back-office operation: the single place that says its path, who may call it, what it takes and what it
 * answers. The router, the permission checks, the OpenAPI document and the denial-matrix test are all made from
 * the list of operations.
 */
export interface Operation<P = unknown, Q = unknown, B = unknown> {
  /** The OpenAPI operationId, e.g. `listOrders`. */
  id: string;
  method: HttpMethod;
  /** A Koa path, e.g. `/api/orders/:orderNo`. */
  path: string;
  /** What it does, in Chinese. */
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** The answer's shape, for the document. */
  response?: z.ZodType;
  /** Status of a successful answer (default 200; the handler may set `ctx.status` to another). */
  status?: number;
  /** A JSON body limit above the usual 1 MB (e.g. `20mb` for an uploaded file, `15mb` for a picture). */
  bodyLimit?: string;
  handle(input: OperationInput<P, Q, B>): Promise<unknown>;
}

/** Keeps the handler's types tied to the schemas. */
export function defineOperation<P = undefined, Q = undefined, B = undefined>(
  op: Operation<P, Q, B>,
): Operation<P, Q, B> {
  return op;
}

export const accessTexts = {
  signIn: '请先登录',
  forbidden: '没有权限做这件事',
  outOfScope: '这不是您负责的客户',
};

/** The person of the request, as the session middleware found it. */
export function personOf(ctx: Context): Person | undefined {
  return ctx.state.person as Person | undefined;
}

/** The staff member calling a staff-only operation (the router has checked the access already). */
export function staffOf(input: { person: Person | undefined }): StaffPerson {
  if (input.person?.kind !== 'staff') throw new HttpError(403, 'forbidden', accessTexts.forbidden);
  return input.person;
}

/** Who acts, for the audit log. */
export function auditActor(input: { person: Person | undefined; ctx: Context }): AuditActor {
  const staff = staffOf(input);
  return { staffId: staff.id, roles: staff.roles, address: input.ctx.ip || null };
}

export const outOfScope = () => new HttpError(403, 'out_of_scope', accessTexts.outOfScope);

/**
 * Mounts operations on a router: checks access first (401 without a session, 403 for a person the operation does
 * not allow; nothing is parsed or done before), then parses path, query and body with their schemas (400), then
 * runs the handler.
 */
export function operationsMiddleware(operations: readonly Operation[]): Middleware {
  const router = new Router();
  for (const op of operations) {
    const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    router[method](op.path, async (ctx) => {
      const person = personOf(ctx);
      const decision = decideAccess(op.access, person);
      if (decision === 'sign_in') throw new HttpError(401, 'unauthorized', accessTexts.signIn);
      if (decision === 'forbidden') throw new HttpError(403, 'forbidden', accessTexts.forbidden);
      const input = {
        params: op.params ? op.params.parse(ctx.params) : undefined,
        query: op.query ? op.query.parse(ctx.query) : undefined,
        body: op.body ? op.body.parse(ctx.request.body ?? {}) : undefined,
        person,
        ctx,
      };
      ctx.status = op.status ?? 200; // the handler may set another
      const body = await op.handle(input as OperationInput<unknown, unknown, unknown>);
      if (body !== undefined) ctx.body = body;
    });
  }
  const routes = router.routes() as unknown as Middleware;
  const allowed = router.allowedMethods() as unknown as Middleware;
  return (ctx, next) => routes(ctx, () => allowed(ctx, next));
}

/**
 * The site's own origin as the request reached it (`https://host`, proxy headers trusted). Not `ctx.origin`, which
 * in Koa 3 is the request's `Origin` header: what the client claims, not where it is.
 */
export function siteOrigin(ctx: Context): string {
  return `${ctx.protocol}://${ctx.host}`;
}
