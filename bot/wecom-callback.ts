import { timingSafeEqual } from 'node:crypto';
import { decrypt, getSignature } from '@wecom/crypto';
import type { WecomCallbackConfig } from './wecom-config.js';
import { readFlatXml } from './wecom-xml.js';

/** Query parameters of a callback request (already URL-decoded). */
export interface CallbackQuery {
  msg_signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
}

/** Why a callback request is refused; every one answers 4xx and changes nothing. */
export type CallbackRefusal =
  | 'missing_parameters'
  | 'bad_signature'
  | 'stale_timestamp'
  | 'replayed_nonce'
  | 'undecryptable'
  | 'wrong_receiver'
  | 'bad_body';

export type VerifyResult = { ok: true; echo: string } | { ok: false; refusal: CallbackRefusal };

/** A kf_msg_or_event push: there are new messages for this account; pull them with this token. */
export interface KfWakeUp {
  openKfId: string;
  token: string;
  createTime: number;
}

export type EventResult =
  | { ok: true; kind: 'kf_wake_up'; wakeUp: KfWakeUp }
  | { ok: true; kind: 'other'; msgType: string; event: string }
  | { ok: false; refusal: CallbackRefusal };

/** How far an event push's timestamp may be from our clock. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function signatureMatches(config: WecomCallbackConfig, q: CallbackQuery, encrypted: string): boolean {
  const expected = getSignature(config.token, q.timestamp ?? '', q.nonce ?? '', encrypted);
  return sameText(expected, (q.msg_signature ?? '').toLowerCase());
}

function open(config: WecomCallbackConfig, encrypted: string): { message: string } | CallbackRefusal {
  let opened: { message: string; id: string };
  try {
    opened = decrypt(config.aesKey, encrypted);
  } catch {
    return 'undecryptable';
  }
  return opened.id === config.corpId ? { message: opened.message } : 'wrong_receiver';
}

/**
 * URL verification (GET, when the URL is saved in the admin console): the signature covers `echostr`; the answer is
 * the decrypted text. No freshness check: the platform's own sample is years old, and a replayed check changes
 * nothing.
 */
export function verifyUrl(config: WecomCallbackConfig, q: CallbackQuery): VerifyResult {
  if (!q.msg_signature || !q.timestamp || !q.nonce || !q.echostr)
    return { ok: false, refusal: 'missing_parameters' };
  if (!signatureMatches(config, q, q.echostr)) return { ok: false, refusal: 'bad_signature' };
  const opened = open(config, q.echostr);
  return typeof opened === 'string' ? { ok: false, refusal: opened } : { ok: true, echo: opened.message };
}

/**
 * An event push (POST, XML body whose `Encrypt` the signature covers). Checks signature, the timestamp within
 * MAX_CLOCK_SKEW_SECONDS of `nowSeconds`, the receiver (CorpID), and reads the decrypted event. Replayed nonces are
 * the caller's to refuse (it keeps the store).
 */
export function readEventPush(
  config: WecomCallbackConfig,
  q: CallbackQuery,
  body: string,
  nowSeconds: number,
): EventResult {
  if (!q.msg_signature || !q.timestamp || !q.nonce) return { ok: false, refusal: 'missing_parameters' };
  const outer = readFlatXml(body);
  const encrypted = outer?.Encrypt;
  if (!encrypted) return { ok: false, refusal: 'bad_body' };
  if (!signatureMatches(config, q, encrypted)) return { ok: false, refusal: 'bad_signature' };
  const timestamp = Number(q.timestamp);
  if (!Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > MAX_CLOCK_SKEW_SECONDS)
    return { ok: false, refusal: 'stale_timestamp' };
  const opened = open(config, encrypted);
  if (typeof opened === 'string') return { ok: false, refusal: opened };
  const inner = readFlatXml(opened.message);
  if (!inner) return { ok: false, refusal: 'bad_body' };
  const msgType = inner.MsgType ?? '';
  const event = inner.Event ?? '';
  if (msgType === 'event' && event === 'kf_msg_or_event' && inner.OpenKfId && inner.Token) {
    return {
      ok: true,
      kind: 'kf_wake_up',
      wakeUp: { openKfId: inner.OpenKfId, token: inner.Token, createTime: Number(inner.CreateTime ?? 0) },
    };
  }
  return { ok: true, kind: 'other', msgType, event };
}
