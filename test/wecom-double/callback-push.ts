import { randomBytes } from 'node:crypto';
import { encrypt, getSignature } from '@wecom/crypto';
import { writeFlatXml } from '../../bot/wecom-xml.js';

/** The callback secrets the platform and the shop share. */
export interface CallbackSecrets {
  corpId: string;
  token: string;
  aesKey: string;
}

/** A signed callback request as the platform sends it. */
export interface SignedPush {
  query: { msg_signature: string; timestamp: string; nonce: string };
  body: string;
}

/** URL-verification query for `GET <callback>` carrying `plain` encrypted in `echostr`. */
export function signedVerification(
  secrets: CallbackSecrets,
  plain: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const echostr = encrypt(secrets.aesKey, plain, secrets.corpId);
  const nonce = String(randomBytes(4).readUInt32BE(0));
  return {
    msg_signature: getSignature(secrets.token, timestamp, nonce, echostr),
    timestamp: String(timestamp),
    nonce,
    echostr,
  };
}

/** A kf_msg_or_event push, encrypted and signed exactly as the platform does (XML body, signature over Encrypt). */
export function signedKfPush(
  secrets: CallbackSecrets,
  event: { openKfId: string; token: string },
  opts: { timestamp?: number; nonce?: string } = {},
): SignedPush {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const inner = writeFlatXml({
    ToUserName: secrets.corpId,
    CreateTime: timestamp,
    MsgType: 'event',
    Event: 'kf_msg_or_event',
    Token: event.token,
    OpenKfId: event.openKfId,
  });
  const encrypted = encrypt(secrets.aesKey, inner, secrets.corpId);
  const nonce = opts.nonce ?? String(randomBytes(4).readUInt32BE(0));
  return {
    query: {
      msg_signature: getSignature(secrets.token, timestamp, nonce, encrypted),
      timestamp: String(timestamp),
      nonce,
    },
    body: writeFlatXml({ ToUserName: secrets.corpId, Encrypt: encrypted, AgentID: '' }),
  };
}
