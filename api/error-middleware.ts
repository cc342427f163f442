import type { Middleware } from 'koa';
import { ZodError } from 'zod';
import type { Logger } from '../lib/logger.js';
import { HttpError } from './http-errors.js';

/** A domain error class the api knows how to present, and the status it maps to. */
export interface ErrorMapping {
  match: (err: unknown) => boolean;
  status: number;
  code: string;
}

/**
 * Turns thrown errors into JSON `{ error: { code, message, details? } }` responses. Unknown errors are logged and
 * answered with 500 without leaking internals.
 */
export function errorMiddleware(log: Logger, mappings: ErrorMapping[] = []): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof HttpError) {
        ctx.status = err.status;
        ctx.body = { error: { code: err.code, message: err.message, details: err.details } };
        return;
      }
      if (err instanceof ZodError) {
        ctx.status = 400;
        ctx.body = { error: { code: 'invalid_input', message: 'invalid input', details: err.issues } };
        return;
      }
      const mapping = mappings.find((m) => m.match(err));
      if (mapping) {
        ctx.status = mapping.status;
        ctx.body = { error: { code: mapping.code, message: (err as Error).message } };
        return;
      }
      log.error({ err, method: ctx.method, path: ctx.path }, 'request failed');
      ctx.status = 500;
      ctx.body = { error: { code: 'internal', message: 'internal error' } };
    }
  };
}
