import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import {
  accountsDue,
  dropSyncToken,
  finishPull,
  readPullState,
  saveCursor,
  WECOM_WAKE_CHANNEL,
} from './pg-wecom-accounts.js';
import { recallMessage } from './pg-wecom-messages.js';
import type { KfMessage, WecomApi } from './wecom-api.js';

/** Advisory-lock namespace of pulls (the second key is hashtext(open_kfid)). */
const PULL_LOCK_NAMESPACE = 0x7765636f; // "weco"

export interface PullLoopOptions {
  db: Db;
  /** For LISTEN (a connection of its own). */
  databaseUrl: string;
  api: WecomApi;
  /** `moreFollow`: a later message of the same customer is in this page. */
  handle: (openKfId: string, msg: KfMessage, moreFollow: boolean) => Promise<void>;
  /** After each page, before its cursor is stored: the customers who wrote in it. */
  endOfPage?: (openKfId: string, externalUserIds: string[]) => Promise<void>;
  log: Logger;
  /** sync_msg `limit`; the platform's maximum is 1000. */
  limit?: number;
  /** Every account is pulled this often even without a callback; 0 never. */
  safetyPollMs: number;
  /** How often due accounts are looked for when no notification arrives. Default 2 s. */
  checkMs?: number;
  /** Wait after a failed pull before the account is tried again. Default 5 s. */
  retryMs?: number;
  now?: () => Date;
}

export interface PullOutcome {
  pages: number;
  messages: number;
  /** Another process holds the account's pull lock. */
  busy: boolean;
}

export interface PullLoop {
  /** Pulls one account now (the loop does this on wake-ups; tests call it directly). */
  pullAccount(openKfId: string): Promise<PullOutcome>;
  /** Ends the loop after the message in hand; the cursor of an unfinished page stays where it was. */
  stop(): Promise<void>;
}

/**
 * The bot's side of 微信客服: waits for wake-ups (PostgreSQL NOTIFY from the callback, a periodic check, a safety
 * poll), then pulls each due account with sync_msg, one pull per account across processes (a session advisory
 * lock), handing every message to `handle` in order and storing `next_cursor` after each page.
 */
export function startWecomPullLoop(opts: PullLoopOptions): PullLoop {
  const { db, log } = opts;
  const limit = opts.limit ?? 1000;
  const checkMs = opts.checkMs ?? 2000;
  const retryMs = opts.retryMs ?? 5000;
  const now = opts.now ?? (() => new Date());
  let stopping = false;
  let wakeUp: () => void = () => {};
  let pending = false;
  const notBefore = new Map<string, number>();

  async function pullPages(openKfId: string, outcome: PullOutcome): Promise<void> {
    for (;;) {
      const state = await readPullState(db, openKfId, now());
      if (!state) return;
      let cursor = state.cursor;
      let token = state.syncToken;
      for (;;) {
        const page = await opts.api.syncMsg({
          open_kfid: openKfId,
          limit,
          ...(cursor && { cursor }),
          ...(token && { token }),
        });
        if (!page.ok) {
          if (token) {
            // The callback's token was refused (expired, used up): pull without it.
            log.info({ openKfId, errcode: page.errcode }, 'wecom sync token refused, pulling without it');
            await dropSyncToken(db, openKfId, token);
            token = null;
            continue;
          }
          throw new Error(`sync_msg refused: errcode ${page.errcode} ${page.errmsg}`);
        }
        const messages = page.value.msg_list ?? [];
        // Recalls first: a message recalled within the same page is never applied.
        for (const m of messages) {
          if (m.msgtype === 'event' && m.event?.event_type === 'user_recall_msg' && m.event.recall_msgid)
            await recallMessage(db, openKfId, m.event.recall_msgid, m.event.external_userid);
        }
        const recalled = new Set(
          messages.filter((m) => m.event?.event_type === 'user_recall_msg').map((m) => m.event?.recall_msgid),
        );
        const lastOfCustomer = new Map<string, number>();
        messages.forEach((m, i) => {
          if (m.origin === 3 && m.external_userid && !recalled.has(m.msgid))
            lastOfCustomer.set(m.external_userid, i);
        });
        for (const [i, m] of messages.entries()) {
          if (stopping) return;
          const last = m.external_userid ? lastOfCustomer.get(m.external_userid) : undefined;
          await opts.handle(openKfId, m, last !== undefined && last > i);
          outcome.messages++;
        }
        await opts.endOfPage?.(openKfId, [...lastOfCustomer.keys()]);
        await saveCursor(db, openKfId, page.value.next_cursor, now());
        cursor = page.value.next_cursor;
        outcome.pages++;
        // An empty page may still say has_more: only has_more ends the loop.
        if (page.value.has_more !== 1 || stopping) break;
      }
      if (stopping) return;
      await finishPull(db, openKfId, state.wokenAt);
      const after = await readPullState(db, openKfId, now());
      if (!after || after.wokenAt.getTime() <= state.wokenAt.getTime()) return;
    }
  }

  async function pullAccount(openKfId: string): Promise<PullOutcome> {
    const outcome: PullOutcome = { pages: 0, messages: 0, busy: false };
    await db.connection().execute(async (conn) => {
      const lock = await sql<{ locked: boolean }>`
        select pg_try_advisory_lock(${PULL_LOCK_NAMESPACE}, hashtext(${openKfId})) as locked`.execute(conn);
      if (!lock.rows[0]?.locked) {
        outcome.busy = true;
        return;
      }
      try {
        await pullPages(openKfId, outcome);
      } finally {
        await sql`select pg_advisory_unlock(${PULL_LOCK_NAMESPACE}, hashtext(${openKfId}))`
          .execute(conn)
          .catch(() => undefined);
      }
    });
    return outcome;
  }

  const listener = listen(opts.databaseUrl, log, () => {
    pending = true;
    wakeUp();
  });

  const loop = (async () => {
    let lastSafetyPoll = Date.now();
    while (!stopping) {
      if (!pending)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, checkMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      pending = false;
      if (stopping) break;
      const safety = opts.safetyPollMs > 0 && Date.now() - lastSafetyPoll >= opts.safetyPollMs;
      if (safety) lastSafetyPoll = Date.now();
      try {
        for (const openKfId of await accountsDue(db, safety)) {
          if (stopping) break;
          if ((notBefore.get(openKfId) ?? 0) > Date.now()) continue;
          try {
            const outcome = await pullAccount(openKfId);
            if (outcome.messages || outcome.busy) log.info({ openKfId, ...outcome }, 'wecom pull done');
          } catch (err) {
            notBefore.set(openKfId, Date.now() + retryMs);
            log.warn({ err, openKfId }, 'wecom pull failed, will try again');
          }
        }
      } catch (err) {
        log.warn({ err }, 'wecom pull loop could not read the accounts');
      }
    }
  })();

  return {
    pullAccount,
    async stop() {
      stopping = true;
      wakeUp();
      await loop;
      await listener.close();
    },
  };
}

/** LISTEN on the wake-up channel with its own connection, reconnecting when it drops. */
function listen(url: string, log: Logger, onWake: () => void): { close(): Promise<void> } {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', onWake);
    c.on('error', (err) => {
      log.warn({ err }, 'wecom wake-up listener lost its connection');
      c.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void connect(), 1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${WECOM_WAKE_CHANNEL}`);
      client = c;
      onWake(); // wake-ups may have come while not listening
    } catch (err) {
      await c.end().catch(() => undefined);
      log.warn({ err }, 'wecom wake-up listener cannot connect, retrying');
      if (!closed) retry = setTimeout(() => void connect(), 2000);
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
