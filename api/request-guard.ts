import type { Context, Middleware } from 'koa';
import { errorTexts } from './error-texts.js';
import { HttpError } from './http-errors.js';

/* eslint-disable no-control-regex -- finding control characters is the point */
/** C0 control characters and DEL; tab, line feed and carriage return are allowed in body text. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_ANYWHERE = /[\u0000-\u001f\u007f]/;
/* eslint-enable no-control-regex */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBody(ctx: Context): boolean {
  return Number(ctx.get('content-length') || 0) > 0 || ctx.get('transfer-encoding') !== '';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(400, 'bad_request', errorTexts.badRequest);
  }
}

/** Whether any string in `value` (objects and arrays, a few levels deep) has a control character. */
function bodyHasControl(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return CONTROL_IN_TEXT.test(value);
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  for (const [key, inner] of Object.entries(value)) {
    if (CONTROL_ANYWHERE.test(key) || bodyHasControl(inner, depth + 1)) return true;
  }
  return false;
}

export interface RequestGuardOptions {
  /** Path prefixes whose routes read bodies of other types themselves (e.g. a platform's XML callback). */
  otherBodyPaths?: string[];
}

/**
 * Before the body is parsed: a state-changing request with a body must send JSON (415 otherwise, so a plain HTML
 * form from another site cannot post here), and the path and query may hold no control characters.
 */
export function requestGuard(opts: RequestGuardOptions = {}): Middleware {
  const exempt = opts.otherBodyPaths ?? [];
  return async (ctx, next) => {
    if (CONTROL_ANYWHERE.test(safeDecode(ctx.path)) || CONTROL_ANYWHERE.test(safeDecode(ctx.querystring)))
      throw new HttpError(400, 'invalid_characters', errorTexts.controlCharacters);
    const json = ctx.is('application/json', 'application/*+json');
    if (BODY_METHODS.has(ctx.method) && hasBody(ctx) && !json && !exempt.some((p) => ctx.path.startsWith(p)))
      throw new HttpError(415, 'unsupported_media_type', errorTexts.jsonOnly);
    await next();
  };
}

/** After the body is parsed: no control characters in any of its strings (NUL would reach PostgreSQL). */
export function bodyGuard(): Middleware {
  return async (ctx, next) => {
    if (bodyHasControl(ctx.request.body))
      throw new HttpError(400, 'invalid_characters', errorTexts.controlCharacters);
    await next();
  };
}
