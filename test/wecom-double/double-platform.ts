import { randomBytes } from 'node:crypto';

/**
 * The state and rules of the WeCom 微信客服 platform as PROTOCOL.md describes them, without HTTP: accounts' message
 * streams with cursors, sessions and their states, the 48 h / 5-message rule, welcome codes (20 s, once), access
 * and callback tokens, media. Where the protocol leaves an errcode unconfirmed, the double's choice is named in
 * DOUBLE_CHOSEN_ERRORS.
 */
export const PLATFORM_ERRORS = {
  invalidCredential: 40001,
  invalidMediaId: 40007,
  invalidToken: 40014,
  missingToken: 41001,
  tokenExpired: 42001,
  rateLimited: 45009,
  servicerNotReceiving: 95014,
  quotaExhausted: 95001,
  sessionStateInvalid: 95018,
} as const;

/** Codes the protocol does not confirm; the double answers these so the client's "any other errcode" path runs. */
export const DOUBLE_CHOSEN_ERRORS = {
  invalidParameter: 40058,
  invalidSyncToken: 95007,
  invalidWelcomeCode: 95016,
} as const;

const WINDOW_MS = 48 * 3600_000;
const MESSAGES_PER_WINDOW = 5;
const MESSAGE_KEPT_MS = 3 * 24 * 3600_000;
const SYNC_TOKEN_MS = 10 * 60_000;
const WELCOME_CODE_MS = 20_000;

export type PlatformMessage = Record<string, unknown> & { msgid: string; send_time: number };

interface Session {
  state: 0 | 1 | 2 | 3 | 4;
  servicer?: string;
  lastCustomerAt: number | null;
  sentSince: number;
  lastWelcomeAt: number | null;
  everMessaged: boolean;
}

/** A message the shop sent that the platform accepted. */
export interface SentMessage {
  msgid: string;
  touser: string;
  open_kfid: string;
  msgtype: string;
  text: string;
  at: number;
  /** Accepted although the 48 h window had passed: a msg_send_fail follows (fail_type 4). */
  failsLater: boolean;
}

const id = (prefix: string) => `${prefix}${randomBytes(9).toString('base64url')}`;

/** Renders a text or msgmenu body the way a customer reads it. */
export function readable(body: Record<string, unknown>): string {
  if (body.msgtype === 'msgmenu') {
    const menu = body.msgmenu as {
      head_content?: string;
      list?: { click?: { content: string } }[];
      tail_content?: string;
    };
    const items = (menu.list ?? []).map((i, n) => `[${n + 1}] ${i.click?.content ?? ''}`);
    return [menu.head_content ?? '', ...items, menu.tail_content ?? ''].filter(Boolean).join('\n');
  }
  return String((body.text as { content?: string } | undefined)?.content ?? '');
}

export class DoublePlatform {
  readonly accessTokens = new Map<string, number>();
  readonly syncTokens = new Map<string, { openKfId: string; at: number }>();
  readonly streams = new Map<string, PlatformMessage[]>();
  readonly sessions = new Map<string, Session>();
  readonly welcomeCodes = new Map<string, { at: number; used: boolean; openKfId: string; userId: string }>();
  readonly media = new Map<string, { contentType: string; filename: string; bytes: Buffer }>();
  readonly sent: SentMessage[] = [];
  readonly welcomes: { code: string; text: string; msgid: string }[] = [];
  readonly transfers: {
    open_kfid: string;
    external_userid: string;
    service_state: number;
    servicer_userid?: string;
  }[] = [];
  /** Servicers who are receiving (trans to state 3 needs one). */
  readonly servicers = new Set<string>();

  constructor(
    readonly corpId: string,
    readonly secret: string,
    readonly now: () => number,
  ) {}

  private session(openKfId: string, userId: string): Session {
    const key = `${openKfId}|${userId}`;
    let s = this.sessions.get(key);
    if (!s) {
      s = { state: 4, lastCustomerAt: null, sentSince: 0, lastWelcomeAt: null, everMessaged: false };
      this.sessions.set(key, s);
    }
    return s;
  }

  sessionState(openKfId: string, userId: string) {
    return this.session(openKfId, userId).state;
  }

  private append(openKfId: string, msg: Omit<PlatformMessage, 'msgid' | 'send_time'>): PlatformMessage {
    const stream = this.streams.get(openKfId) ?? [];
    this.streams.set(openKfId, stream);
    const full = { msgid: id('msg'), send_time: Math.floor(this.now() / 1000), ...msg } as PlatformMessage;
    stream.push(full);
    return full;
  }

  // --- what customers and servicers do ---

  customerMessage(openKfId: string, userId: string, msgtype: string, body: unknown): PlatformMessage {
    const s = this.session(openKfId, userId);
    if (s.state === 4) s.state = 0;
    s.lastCustomerAt = this.now();
    s.sentSince = 0;
    s.everMessaged = true;
    return this.append(openKfId, {
      open_kfid: openKfId,
      external_userid: userId,
      origin: 3,
      msgtype,
      [msgtype]: body,
    });
  }

  addMedia(contentType: string, filename: string, bytes: Buffer): string {
    const mediaId = id('media');
    this.media.set(mediaId, { contentType, filename, bytes });
    return mediaId;
  }

  event(openKfId: string, userId: string, event: Record<string, unknown>): PlatformMessage {
    return this.append(openKfId, {
      origin: 4,
      msgtype: 'event',
      event: { open_kfid: openKfId, external_userid: userId, ...event },
    });
  }

  /** enter_session; `welcome_code` only when no welcome in 48 h and the user never messaged (PROTOCOL.md §4). */
  enterSession(openKfId: string, userId: string, scene?: string, sceneParam?: string) {
    const s = this.session(openKfId, userId);
    const mayWelcome =
      !s.everMessaged && (s.lastWelcomeAt === null || this.now() - s.lastWelcomeAt > WINDOW_MS);
    const code = mayWelcome ? id('wc') : undefined;
    if (code) this.welcomeCodes.set(code, { at: this.now(), used: false, openKfId, userId });
    const msg = this.event(openKfId, userId, {
      event_type: 'enter_session',
      scene: scene ?? '',
      ...(sceneParam !== undefined && { scene_param: sceneParam }),
      ...(code && { welcome_code: code }),
    });
    return { msg, code };
  }

  endSession(openKfId: string, userId: string) {
    const s = this.session(openKfId, userId);
    const old = s.servicer;
    s.state = 4;
    delete s.servicer;
    return this.event(openKfId, userId, {
      event_type: 'session_status_change',
      change_type: 3,
      ...(old && { old_servicer_userid: old }),
      msg_code: id('mc'),
    });
  }

  // --- tokens ---

  issueAccessToken(corpId: string, secret: string) {
    if (corpId !== this.corpId || secret !== this.secret) return null;
    const token = id('at');
    this.accessTokens.set(token, this.now() + 7200_000);
    return token;
  }

  /** errcode for a call's access_token, 0 when valid. */
  checkAccessToken(token: string | undefined): number {
    if (!token) return PLATFORM_ERRORS.missingToken;
    const expires = this.accessTokens.get(token);
    if (expires === undefined) return PLATFORM_ERRORS.invalidToken;
    return expires <= this.now() ? PLATFORM_ERRORS.tokenExpired : 0;
  }

  expireAccessTokens() {
    for (const token of this.accessTokens.keys()) this.accessTokens.set(token, 0);
  }

  issueSyncToken(openKfId: string) {
    const token = id('ENC');
    this.syncTokens.set(token, { openKfId, at: this.now() });
    return token;
  }

  // --- the API's rules ---

  syncMsg(req: { cursor?: string; token?: string; limit?: number; open_kfid?: string }, pageMax: number) {
    if (req.token !== undefined) {
      const t = this.syncTokens.get(req.token);
      if (!t || this.now() - t.at > SYNC_TOKEN_MS)
        return { errcode: DOUBLE_CHOSEN_ERRORS.invalidSyncToken, errmsg: 'invalid msg token' };
    }
    const limit = req.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return { errcode: DOUBLE_CHOSEN_ERRORS.invalidParameter, errmsg: 'invalid limit' };
    const stream = this.streams.get(req.open_kfid ?? '') ?? [];
    let start: number;
    if (req.cursor) {
      const decoded = /^c:(\d+)$/.exec(Buffer.from(req.cursor, 'base64url').toString());
      if (!decoded) return { errcode: DOUBLE_CHOSEN_ERRORS.invalidParameter, errmsg: 'invalid cursor' };
      start = Number(decoded[1]);
    } else {
      const since = Math.floor((this.now() - MESSAGE_KEPT_MS) / 1000);
      start = stream.findIndex((m) => m.send_time >= since);
      if (start < 0) start = stream.length;
    }
    const end = Math.min(stream.length, start + Math.min(limit, pageMax));
    return {
      errcode: 0,
      errmsg: 'ok',
      next_cursor: Buffer.from(`c:${end}`).toString('base64url'),
      has_more: end < stream.length ? 1 : 0,
      msg_list: stream.slice(start, end),
    };
  }

  sendMsg(req: Record<string, unknown>) {
    const touser = String(req.touser ?? '');
    const openKfId = String(req.open_kfid ?? '');
    const body = req[String(req.msgtype)] as Record<string, unknown> | undefined;
    if (!touser || !openKfId || !body || !['text', 'msgmenu'].includes(String(req.msgtype)))
      return { errcode: DOUBLE_CHOSEN_ERRORS.invalidParameter, errmsg: 'invalid message' };
    if (req.msgtype === 'text' && Buffer.byteLength(String(body.content ?? '')) > 2048)
      return { errcode: DOUBLE_CHOSEN_ERRORS.invalidParameter, errmsg: 'content too long' };
    if (req.msgtype === 'msgmenu' && ((body.list as unknown[] | undefined)?.length ?? 0) > 10)
      return { errcode: DOUBLE_CHOSEN_ERRORS.invalidParameter, errmsg: 'too many menu items' };
    const s = this.session(openKfId, touser);
    if (s.state !== 0 && s.state !== 1)
      return { errcode: PLATFORM_ERRORS.sessionStateInvalid, errmsg: 'send msg session status invalid' };
    const outside = s.lastCustomerAt === null || this.now() - s.lastCustomerAt > WINDOW_MS;
    if (!outside && s.sentSince >= MESSAGES_PER_WINDOW)
      return { errcode: PLATFORM_ERRORS.quotaExhausted, errmsg: '发送客服消息次数限制' };
    if (!outside) s.sentSince++;
    const msgid = id('sent');
    this.sent.push({
      msgid,
      touser,
      open_kfid: openKfId,
      msgtype: String(req.msgtype),
      text: readable({ msgtype: req.msgtype, [String(req.msgtype)]: body }),
      at: this.now(),
      failsLater: outside,
    });
    // Accepted, then reported as failed: the "48 h passed" errcode is not confirmed, fail_type 4 is.
    if (outside)
      this.event(openKfId, touser, { event_type: 'msg_send_fail', fail_msgid: msgid, fail_type: 4 });
    return { errcode: 0, errmsg: 'ok', msgid };
  }

  sendMsgOnEvent(req: Record<string, unknown>) {
    const code = this.welcomeCodes.get(String(req.code ?? ''));
    if (!code || code.used || this.now() - code.at > WELCOME_CODE_MS)
      return { errcode: DOUBLE_CHOSEN_ERRORS.invalidWelcomeCode, errmsg: 'invalid code' };
    code.used = true;
    this.session(code.openKfId, code.userId).lastWelcomeAt = this.now();
    const msgid = id('wel');
    this.welcomes.push({ code: String(req.code), text: readable(req), msgid });
    return { errcode: 0, errmsg: 'ok', msgid };
  }

  trans(req: {
    open_kfid: string;
    external_userid: string;
    service_state: number;
    servicer_userid?: string;
  }) {
    const s = this.session(req.open_kfid, req.external_userid);
    if (s.state === 4)
      return { errcode: PLATFORM_ERRORS.sessionStateInvalid, errmsg: 'session status invalid' };
    if (req.service_state === 3) {
      if (!req.servicer_userid || !this.servicers.has(req.servicer_userid))
        return { errcode: PLATFORM_ERRORS.servicerNotReceiving, errmsg: 'servicer not receiving' };
      s.servicer = req.servicer_userid;
    } else if (![1, 2, 4].includes(req.service_state)) {
      return { errcode: DOUBLE_CHOSEN_ERRORS.invalidParameter, errmsg: 'invalid service_state' };
    }
    s.state = req.service_state as Session['state'];
    this.transfers.push(req);
    return { errcode: 0, errmsg: 'ok', msg_code: id('mc') };
  }
}
