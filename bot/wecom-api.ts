import type { Logger } from '../lib/logger.js';
import type { AccessTokens, FetchedToken } from './redis-wecom-token.js';

/** The platform's answer: a value, or its errcode (code branches on errcode only, never on errmsg). */
export type WecomResult<T> = { ok: true; value: T } | { ok: false; errcode: number; errmsg: string };

/** errcodes with a meaning for us (PROTOCOL.md §3, §7). */
export const WecomErrors = {
  systemBusy: -1,
  invalidToken: 40014,
  missingToken: 41001,
  tokenExpired: 42001,
  rateLimited: 45009,
  tooManyConcurrent: 45033,
  quotaExhausted: 95001,
  sessionStateInvalid: 95018,
} as const;

const TOKEN_ERRORS = new Set<number>([
  WecomErrors.invalidToken,
  WecomErrors.missingToken,
  WecomErrors.tokenExpired,
]);
const BACK_OFF_ERRORS = new Set<number>([
  WecomErrors.systemBusy,
  WecomErrors.rateLimited,
  WecomErrors.tooManyConcurrent,
]);

/** One message of sync_msg's `msg_list`; the body object is named after `msgtype`. */
export interface KfMessage {
  msgid: string;
  open_kfid?: string;
  external_userid?: string;
  send_time: number;
  origin: number;
  servicer_userid?: string;
  msgtype: string;
  text?: { content: string; menu_id?: string };
  image?: { media_id: string };
  voice?: { media_id: string };
  video?: { media_id: string };
  file?: { media_id: string };
  event?: KfEvent;
  [body: string]: unknown;
}

export interface KfEvent {
  event_type: string;
  open_kfid?: string;
  external_userid?: string;
  scene?: string;
  scene_param?: string;
  welcome_code?: string;
  fail_msgid?: string;
  fail_type?: number;
  recall_msgid?: string;
  change_type?: number;
  old_servicer_userid?: string;
  new_servicer_userid?: string;
  [field: string]: unknown;
}

export interface SyncPage {
  next_cursor: string;
  has_more: number;
  msg_list: KfMessage[];
}

/** What may be sent: text, or a menu of clickable choices. */
export type OutgoingBody =
  | { msgtype: 'text'; text: { content: string } }
  | {
      msgtype: 'msgmenu';
      msgmenu: {
        head_content?: string;
        list: { type: 'click'; click: { id: string; content: string } }[];
        tail_content?: string;
      };
    };

export interface Media {
  contentType: string;
  filename: string | null;
  bytes: Buffer;
}

/** The 微信客服 API as the channel uses it. */
export interface WecomApi {
  syncMsg(req: {
    open_kfid: string;
    cursor?: string;
    token?: string;
    limit: number;
  }): Promise<WecomResult<SyncPage>>;
  sendMsg(req: { touser: string; open_kfid: string } & OutgoingBody): Promise<WecomResult<{ msgid: string }>>;
  sendMsgOnEvent(req: { code: string } & OutgoingBody): Promise<WecomResult<{ msgid: string }>>;
  getMedia(mediaId: string): Promise<WecomResult<Media>>;
  addContactWay(req: { open_kfid: string; scene: string }): Promise<WecomResult<{ url: string }>>;
  transServiceState(req: {
    open_kfid: string;
    external_userid: string;
    service_state: number;
    servicer_userid?: string;
  }): Promise<WecomResult<{ msg_code?: string }>>;
}

export interface WecomApiOptions {
  apiBase: string;
  tokens: AccessTokens;
  log: Logger;
  /** Per request. Default 10 s. */
  timeoutMs?: number;
  /** Tries for a busy or unreachable platform (rate limits, 5xx, timeouts). Default 4. */
  attempts?: number;
  /** First back-off delay; doubles per try. Default 1 s. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A platform that did not answer in JSON (5xx, timeout, network). */
const unavailable = (why: string) => ({ errcode: WecomErrors.systemBusy, errmsg: `unavailable: ${why}` });

/** Calls gettoken. Throws with the errcode when the platform refuses (40001: a bad secret). */
export async function fetchAccessToken(
  apiBase: string,
  corpId: string,
  secret: string,
  timeoutMs = 10_000,
): Promise<FetchedToken> {
  const url = `${apiBase}/cgi-bin/gettoken?corpid=${encodeURIComponent(corpId)}&corpsecret=${encodeURIComponent(secret)}`;
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await res.json()) as {
    errcode?: number;
    errmsg?: string;
    access_token?: string;
    expires_in?: number;
  };
  if (body.errcode || !body.access_token)
    throw new Error(`WeCom gettoken refused: errcode ${body.errcode ?? '?'} ${body.errmsg ?? ''}`);
  return { token: body.access_token, expiresInSeconds: body.expires_in ?? 7200 };
}

/**
 * The API over HTTP. Every call: an expired or invalid token is dropped from the shared cache and the call retried
 * once with a fresh one; rate limits, "system busy", 5xx and timeouts are retried with exponential back-off; any
 * other errcode is returned to the caller.
 */
export function createWecomApi(opts: WecomApiOptions): WecomApi {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const attempts = opts.attempts ?? 4;
  const backoffMs = opts.backoffMs ?? 1000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  async function once(
    path: string,
    token: string,
    init: { body?: unknown; query?: Record<string, string> },
  ): Promise<Response | { errcode: number; errmsg: string }> {
    const query = new URLSearchParams({ access_token: token, ...init.query });
    try {
      const res = await fetch(`${opts.apiBase}${path}?${query}`, {
        method: init.body === undefined ? 'GET' : 'POST',
        ...(init.body !== undefined && {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(init.body),
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status >= 500) {
        await res.body?.cancel();
        return unavailable(`http ${res.status}`);
      }
      return res;
    } catch (err) {
      return unavailable((err as Error).name === 'TimeoutError' ? 'timeout' : String((err as Error).message));
    }
  }

  async function call<T>(
    path: string,
    init: { body?: unknown; query?: Record<string, string> },
    read: (res: Response) => Promise<WecomResult<T>> = readJson,
  ): Promise<WecomResult<T>> {
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const token = await opts.tokens.get();
      const answer = await once(path, token, init);
      const result = answer instanceof Response ? await read(answer) : ({ ok: false, ...answer } as const);
      if (result.ok) return result;
      if (TOKEN_ERRORS.has(result.errcode) && !refreshed) {
        refreshed = true;
        opts.log.info({ path, errcode: result.errcode }, 'wecom access token refused, fetching a new one');
        await opts.tokens.invalidate(token);
        attempt--;
        continue;
      }
      if (BACK_OFF_ERRORS.has(result.errcode) && attempt < attempts) {
        const delay = backoffMs * 2 ** (attempt - 1);
        opts.log.warn(
          { path, errcode: result.errcode, errmsg: result.errmsg, delay },
          'wecom busy, backing off',
        );
        await sleep(delay);
        continue;
      }
      return result;
    }
  }

  return {
    syncMsg: (req) => call('/cgi-bin/kf/sync_msg', { body: req }),
    sendMsg: (req) => call('/cgi-bin/kf/send_msg', { body: req }),
    sendMsgOnEvent: (req) => call('/cgi-bin/kf/send_msg_on_event', { body: req }),
    addContactWay: (req) => call('/cgi-bin/kf/add_contact_way', { body: req }),
    transServiceState: (req) => call('/cgi-bin/kf/service_state/trans', { body: req }),
    getMedia: (mediaId) => call('/cgi-bin/media/get', { query: { media_id: mediaId } }, readMedia),
  };
}

async function readJson<T>(res: Response): Promise<WecomResult<T>> {
  let body: { errcode?: number; errmsg?: string };
  try {
    body = (await res.json()) as { errcode?: number; errmsg?: string };
  } catch {
    return { ok: false, ...unavailable(`http ${res.status}, not JSON`) };
  }
  if (body.errcode) return { ok: false, errcode: body.errcode, errmsg: body.errmsg ?? '' };
  return { ok: true, value: body as T };
}

/** media/get answers the file itself, or a JSON error (told apart by Content-Type). */
async function readMedia(res: Response): Promise<WecomResult<Media>> {
  const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
  if (contentType.startsWith('application/json') || contentType.startsWith('text/plain'))
    return readJson<Media>(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
  return { ok: true, value: { contentType, filename, bytes: Buffer.from(await res.arrayBuffer()) } };
}
