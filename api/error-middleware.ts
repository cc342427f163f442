import { randomUUID } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from '../db/pg-errors.js';
import type { Logger } from '../lib/logger.js';
import { isRedisUnavailable } from '../lib/redis-errors.js';
import { errorTexts, zodProblem } from './error-texts.js';
import { HttpError } from './http-errors.js';

/** A domain error class the api knows how to present: its status, stable code and Chinese message. */
export interface ErrorMapping {
  match: (err: unknown) => boolean;
  status: number;
  code: string;
  /** The message people read, in Chinese. */
  message: (err: unknown) => string;
}

/** What a failed request answers. */
interface Answer {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

/** Errors of the HTTP layer (body parsing, Koa's ctx.throw) carry a status; 4xx ones are the client's. */
function clientHttpStatus(err: unknown): { status: number; type?: string } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { status, statusCode, type } = err as { status?: unknown; statusCode?: unknown; type?: unknown };
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  if (code === undefined || code < 400 || code > 499) return undefined;
  return { status: code, ...(typeof type === 'string' && { type }) };
}

/** SQLSTATE class 22 (data exception): a value the client sent that PostgreSQL cannot take. */
function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

function answerFor(err: unknown, mappings: ErrorMapping[]): Answer | undefined {
  if (err instanceof HttpError)
    return { status: err.status, code: err.code, message: err.message, details: err.details };
  if (err instanceof ZodError)
    return { status: 400, code: 'invalid_input', message: zodProblem(err), details: err.issues };
  const mapping = mappings.find((m) => m.match(err));
  if (mapping) return { status: mapping.status, code: mapping.code, message: mapping.message(err) };
  if (isDatabaseUnavailable(err) || isRedisUnavailable(err))
    return { status: 503, code: 'unavailable', message: errorTexts.unavailable };
  if (isDataException(err)) return { status: 400, code: 'invalid_input', message: errorTexts.invalidValue };
  const http = clientHttpStatus(err);
  if (http) {
    if (http.status === 413) return { status: 413, code: 'too_large', message: errorTexts.tooLarge };
    if (http.status === 415)
      return { status: 415, code: 'unsupported_media_type', message: errorTexts.jsonOnly };
    if (http.type === undefined || http.type === 'entity.parse.failed')
      return { status: http.status, code: 'invalid_json', message: errorTexts.invalidJson };
    return { status: http.status, code: 'bad_request', message: errorTexts.badRequest };
  }
  return undefined;
}

/** A caller's own request id when it is a plain token; otherwise a new one. */
function requestIdOf(ctx: Context): string {
  const given = ctx.get('x-request-id');
  return /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
}

/**
 * The api's error boundary. Every answer carries an `X-Request-Id`. A client's mistake answers 4xx
 * `{ error: { code, message, details? } }` with a stable code and a Chinese message, and is not logged as an error;
 * an unavailable database or Redis answers 503 with Retry-After; anything else is our bug: logged once with its
 * stack and request id, answered 500 with the request id and nothing of the internals. Unmatched routes answer a
 * JSON 404 (405 for a known path with another method).
 */
export function errorMiddleware(log: Logger, mappings: ErrorMapping[] = []): Middleware {
  return async (ctx, next) => {
    const requestId = requestIdOf(ctx);
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
      if (ctx.body === undefined || ctx.body === null) {
        if (ctx.status === 404) throw new HttpError(404, 'not_found', errorTexts.noSuchPath);
        if (ctx.status === 405) throw new HttpError(405, 'method_not_allowed', errorTexts.methodNotAllowed);
      }
    } catch (err) {
      const answer = answerFor(err, mappings);
      if (!answer) {
        log.error({ err, requestId, method: ctx.method, path: ctx.path }, 'request failed');
        ctx.status = 500;
        ctx.body = { error: { code: 'internal', message: errorTexts.internal(requestId), requestId } };
        return;
      }
      if (answer.status === 503) {
        log.warn(
          { requestId, method: ctx.method, path: ctx.path, reason: String(err) },
          'service unavailable',
        );
        ctx.set('Retry-After', '5');
      }
      ctx.status = answer.status;
      const { status: _status, ...error } = answer;
      ctx.body = { error };
    }
  };
}
