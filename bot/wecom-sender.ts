import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import {
  exhaustSends,
  latestAccountOf,
  reserveSends,
  returnSend,
  type ContactKey,
} from './pg-wecom-contacts.js';
import {
  BATCHED,
  heldFor,
  markSent,
  recordOutgoing,
  removeOutgoing,
  type OutgoingKind,
} from './pg-wecom-outgoing.js';
import { WecomErrors, type WecomApi, type WecomResult } from './wecom-api.js';
import { splitText, toOutgoingBody } from './wecom-menu.js';
import { reasonText, wecomTexts } from './wecom-texts.js';

export interface WecomSenderDeps {
  db: Db;
  api: WecomApi;
  log: Logger;
  now: () => Date;
  /** Tells the user's rep (every rep when there is none) at once. */
  tellStaff: (externalUserId: string, text: string) => Promise<void>;
  /** How reps know the user: the customer's name, or a new contact's short id. */
  whoIs: (externalUserId: string) => Promise<string>;
  /** The account for users who never wrote (should not happen: binding needs a message or enter_session). */
  fallbackOpenKfId: string | null;
}

/** Sends to WeChat users within the platform's rule (5 messages within 48 h of the customer's last message). */
export interface WecomSender {
  /**
   * Answers a message the customer just sent: the turn's replies merged into one message (a menu when it ends with
   * a choice question), then whatever was held for them in a second one.
   */
  reply(key: ContactKey, texts: string[]): Promise<void>;
  /**
   * Keeps a turn's replies (durably) while later messages of the same customer wait in the page being handled: the
   * answer to the last of them carries them all, so a backlog does not spend the platform's allowance one by one.
   */
  defer(key: ContactKey, texts: string[]): Promise<void>;
  /** A notice (order reviewed, shipped, paid …): sent when the window allows, otherwise held and the rep told. */
  notice(externalUserId: string, text: string): Promise<'sent' | 'held'>;
  /** The enter_session welcome with its welcome_code (valid 20 s, once). */
  welcome(key: ContactKey, code: string, text: string): Promise<boolean>;
}

/** Why a refused send is held (retried with the next answer) or failed (shown in the back office only). */
function refusalOf(result: { errcode: number }): { state: 'held' | 'failed'; reason: string } {
  switch (result.errcode) {
    case WecomErrors.sessionStateInvalid:
      return { state: 'held', reason: 'session_closed' };
    case WecomErrors.quotaExhausted:
      return { state: 'held', reason: 'quota' };
    case WecomErrors.rateLimited:
    case WecomErrors.tooManyConcurrent:
      return { state: 'held', reason: 'rate_limited' };
    case WecomErrors.systemBusy:
    case WecomErrors.invalidToken:
    case WecomErrors.tokenExpired:
    case WecomErrors.missingToken:
      return { state: 'held', reason: 'platform_error' };
    default:
      return { state: 'failed', reason: `errcode:${result.errcode}` };
  }
}

export function createWecomSender(deps: WecomSenderDeps): WecomSender {
  const { db, api, log } = deps;

  async function tell(key: ContactKey, state: 'held' | 'failed', reason: string, text: string) {
    const who = await deps.whoIs(key.externalUserId);
    const words = state === 'held' ? wecomTexts.repHeld : wecomTexts.repFailed;
    await deps
      .tellStaff(key.externalUserId, words(who, reasonText(reason), text))
      .catch((err: unknown) => log.warn({ err }, 'could not tell the rep about an undelivered message'));
  }

  /** One platform message within the allowance; the refusal when it could not go. */
  async function sendOne(
    key: ContactKey,
    text: string,
  ): Promise<{ ok: true; msgid: string } | { ok: false; state: 'held' | 'failed'; reason: string }> {
    const reserved = await reserveSends(db, key, 1, deps.now());
    if (!reserved.granted) return { ok: false, state: 'held', reason: reserved.reason };
    let result: WecomResult<{ msgid: string }>;
    try {
      result = await api.sendMsg({
        touser: key.externalUserId,
        open_kfid: key.openKfId,
        ...toOutgoingBody(text),
      });
    } catch (err) {
      log.warn({ err }, 'wecom send_msg threw');
      result = { ok: false, errcode: WecomErrors.systemBusy, errmsg: String(err) };
    }
    if (result.ok) return { ok: true, msgid: result.value.msgid };
    log.warn({ errcode: result.errcode, errmsg: result.errmsg }, 'wecom send_msg refused');
    if (result.errcode === WecomErrors.quotaExhausted) await exhaustSends(db, key);
    else await returnSend(db, key);
    return { ok: false, ...refusalOf(result) };
  }

  async function sendNew(key: ContactKey, kind: OutgoingKind, text: string): Promise<'sent' | 'held'> {
    const sent = await sendOne(key, text);
    const now = deps.now();
    if (sent.ok) {
      await recordOutgoing(db, key, { kind, text, state: 'sent', msgid: sent.msgid, now });
      return 'sent';
    }
    await recordOutgoing(db, key, { kind, text, state: sent.state, reason: sent.reason, now });
    log.info({ kind, reason: sent.reason, state: sent.state }, 'wecom message not sent, kept');
    await tell(key, sent.state, sent.reason, text);
    return 'held';
  }

  return {
    async reply(key, texts) {
      // What waited before this turn (a reply held just now is not tried twice in one turn).
      const waiting = await heldFor(db, key.externalUserId);
      const batched = waiting.filter((h) => h.reason === BATCHED);
      const held = waiting.filter((h) => h.reason !== BATCHED);
      const merged = [...batched.map((b) => b.text), ...texts].filter(Boolean).join('\n');
      if (merged) for (const piece of splitText(merged)) await sendNew(key, 'reply', piece);
      // Recorded again under the merged message (sent or held): a crash before this only repeats them.
      await removeOutgoing(
        db,
        batched.map((b) => b.id),
      );
      if (!held.length) return;
      const text = [wecomTexts.heldNoticesHead, ...held.map((h) => h.text)].join('\n');
      const sent = await sendOne(key, splitText(text)[0] as string);
      if (sent.ok) {
        await markSent(
          db,
          held.map((h) => h.id),
          sent.msgid,
          deps.now(),
        );
        log.info({ count: held.length }, 'held wecom messages delivered');
      }
    },
    async defer(key, texts) {
      const merged = texts.filter(Boolean).join('\n');
      if (merged)
        await recordOutgoing(db, key, {
          kind: 'reply',
          text: merged,
          state: 'held',
          reason: BATCHED,
          now: deps.now(),
        });
    },
    async notice(externalUserId, text) {
      const openKfId = (await latestAccountOf(db, externalUserId)) ?? deps.fallbackOpenKfId ?? '';
      return sendNew({ openKfId, externalUserId }, 'notice', text);
    },
    async welcome(key, code, text) {
      const result = await api.sendMsgOnEvent({ code, ...toOutgoingBody(text) });
      const now = deps.now();
      if (result.ok) {
        await recordOutgoing(db, key, {
          kind: 'welcome',
          text,
          state: 'sent',
          msgid: result.value.msgid,
          now,
        });
        return true;
      }
      log.warn({ errcode: result.errcode, errmsg: result.errmsg }, 'wecom welcome not sent');
      await recordOutgoing(db, key, {
        kind: 'welcome',
        text,
        state: 'failed',
        reason: `errcode:${result.errcode}`,
        now,
      });
      return false;
    },
  };
}
