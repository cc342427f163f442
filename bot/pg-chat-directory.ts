import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import type { PastOrder } from '../dialog/dialog-types.js';
import type { ChatDirectory, CustomerRef, Party, Speaker, StaffRef } from './conversation-types.js';
import type { IdentityLookup } from './outbound-router.js';

export interface PgChatDirectoryOptions {
  db: Db;
  /** Lookups are cached this long (identities change rarely; a new import shows up after it). Default 30 s. */
  cacheMs?: number;
  /** How many earlier orders the engine sees for 跟上次一样. Default 5. */
  historyOrders?: number;
  now?: () => number;
  /**
   * Spreads expiries, so that the lookups of customers who started talking together are not all read again in the
   * same seconds: a value read on a miss lives a random part of `cacheMs` (a tenth of it at least), a value read
   * again ahead of its expiry between half of `cacheMs` and all of it. Default Math.random.
   */
  random?: () => number;
}

/**
 * A cached lookup. Past three quarters of its life (`refreshAt`; earlier would read an active chat's lookups more
 * often than they expire), a use still gets it and reads it again in the background, so
 * that someone who keeps talking never waits for the read (a miss cost an answer one to three round trips, often
 * while the pool was busy: the tail of bench:bot's latency); it still expires at `until`, as before.
 */
interface Entry<T> {
  until: number;
  refreshAt: number;
  value: Promise<T>;
  refreshing?: boolean;
}

const toCustomer = (r: {
  id: string;
  name: string;
  tier: string | null;
  rep_id: string | null;
}): CustomerRef => ({
  id: r.id,
  name: r.name,
  tier: r.tier,
  repId: r.rep_id,
});

/** Customers, staff and chat identities from PostgreSQL, with a short in-process cache. */
export function createPgChatDirectory(opts: PgChatDirectoryOptions): ChatDirectory & IdentityLookup {
  const { db } = opts;
  const cacheMs = opts.cacheMs ?? 30_000;
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  /**
   * An entry for a value read now. Read on a miss (`first`), it expires at a random point of the whole cache time
   * (from a tenth of it, so that the uses of a key while its read is in flight share that read): a thousand
   * customers who began together, whose first reads expired between half the cache time and all of it, were read
   * again in a wave that filled the pool (docs/reliability.md). Read again ahead of expiry, between half of it and
   * all of it: entries already spread stay spread.
   */
  function entry<T>(value: Promise<T>, first = false): Entry<T> {
    const at = now();
    const life = first ? cacheMs * (1 - 0.9 * random()) : cacheMs * (1 - random() / 2);
    return { until: at + life, refreshAt: at + life * 0.75, value };
  }
  /**
   * Reads `key` again in the background once its entry is past `refreshAt`; the fresh value replaces the entry
   * (unless something replaced it meanwhile), a failed read leaves it to expire.
   */
  function refreshAhead<T, E extends Entry<T>>(
    entries: Map<string, E>,
    key: string,
    hit: E,
    load: () => Promise<T>,
    fresh: (value: T) => E,
  ): void {
    if (hit.refreshing || now() < hit.refreshAt) return;
    hit.refreshing = true;
    load().then(
      (value) => {
        if (entries.get(key) === hit) entries.set(key, fresh(value));
      },
      () => undefined,
    );
  }
  const cache = new Map<string, Entry<unknown>>();
  function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit && now() < hit.until) {
      refreshAhead(cache, key, hit, load as () => Promise<unknown>, (value) => entry(Promise.resolve(value)));
      return hit.value as Promise<T>;
    }
    const value = load();
    cache.set(key, entry(value, true));
    value.catch(() => cache.delete(key));
    if (cache.size > 50_000) cache.clear();
    return value;
  }
  /** Keeps a value read along with another lookup, unless the cache has it. */
  function prime(key: string, value: unknown): void {
    if (!cache.has(key)) cache.set(key, entry(Promise.resolve(value), true));
  }

  const customerCols = ['id', 'name', 'tier', 'rep_id'] as const;
  const historyOrders = opts.historyOrders ?? 5;
  /**
   * Each customer's earlier orders, cached like the lookups (read again ahead of expiry too); once loaded
   * (`loaded`), `orderPlaced` adds an order to the end instead of reading them all again (two statements per order
   * otherwise).
   */
  const histories = new Map<string, Entry<PastOrder[]> & { loaded?: PastOrder[] }>();
  /**
   * Counts the changes to `histories` made by anything but a contact's read (a history read, a placement); each
   * customer's last one is noted in `historyChanged`, so that a contact's read keeps the history it found only if
   * nothing changed that customer's since the read began (a placement meanwhile may or may not be in it).
   */
  let historyVersion = 0;
  const historyChanged = new Map<string, number>();
  /** The version at which `histories` was last emptied (a bound on its size): every customer's changed then. */
  let historiesCleared = 0;
  function historyTouched(customerId: string): void {
    historyChanged.set(customerId, ++historyVersion);
  }
  function clearHistories(): void {
    histories.clear();
    historyChanged.clear();
    historiesCleared = ++historyVersion;
  }
  /**
   * Keeps the history a contact's read found, begun at `readFrom`. It lives the whole cache time: a contact's
   * entry lives at most that long and is read again ahead sooner (at three quarters of a life of at most the
   * cache time), which reads this again with it, so a chat that keeps talking reads one statement, not two; a
   * history not read again that way expires as one read on its own does, at most the cache time after its read.
   */
  function primeHistory(customerId: string, loaded: PastOrder[], readFrom: number): void {
    if ((historyChanged.get(customerId) ?? historiesCleared) > readFrom) return;
    if (histories.size > 50_000) clearHistories();
    const at = now();
    histories.set(customerId, {
      until: at + cacheMs,
      refreshAt: at + cacheMs * 0.75,
      value: Promise.resolve(loaded),
      loaded,
    });
  }

  /** Both lookups (contact id, then name) in one round trip; the contact id wins. */
  async function identityOf(channel: string, contactId: string, alternative: string) {
    const rows = await db
      .selectFrom('chat_identities')
      .select(['external_id', 'customer_id', 'staff_id'])
      .where('channel', '=', channel)
      .where('external_id', 'in', [contactId, alternative])
      .execute();
    return rows.find((r) => r.external_id === contactId) ?? rows[0];
  }

  /**
   * Who is behind a chat account: the identity (contact id, then name; the contact id wins) with its customer and
   * its active staff member, and a customer's last `historyOrders` orders, in one statement of constant text (one
   * round trip, prepared once per connection). The customer or staff member is kept for their own lookups too, and
   * the history for `history` (every customer turn asks for it right after the identity: the two were two
   * statements, read again each on its own schedule).
   */
  async function speakerOf(channel: string, contactId: string, alternative: string): Promise<Speaker> {
    const readFrom = historyVersion;
    const { rows } = await sql<{
      external_id: string;
      customer_id: string | null;
      customer_name: string | null;
      tier: string | null;
      rep_id: string | null;
      staff_id: string | null;
      staff_name: string | null;
      roles: string[] | null;
      history: { sku: string; qty: number }[][] | null;
    }>`
      select i.external_id, c.id as customer_id, c.name as customer_name, c.tier, c.rep_id,
             s.id as staff_id, s.name as staff_name, s.roles, h.orders as history
      from chat_identities i
      left join customers c on c.id = i.customer_id
      left join staff s on s.id = i.staff_id and s.active = true
      left join lateral (
        select json_agg(o.lines order by o.created_at, o.no) as orders
        from (select o.created_at, o.no,
                     coalesce((select json_agg(json_build_object('sku', l.sku, 'qty', l.qty) order by l.line_no)
                               from order_lines l where l.order_id = o.id), '[]') as lines
              from orders o
              where o.customer_id = c.id and o.status not in ('cancelled', 'rejected')
              order by o.created_at desc, o.no desc limit ${historyOrders}) o
      ) h on c.id is not null
      where i.channel = ${channel} and i.external_id in (${contactId}, ${alternative})`.execute(db);
    const row = rows.find((r) => r.external_id === contactId) ?? rows[0];
    if (row?.customer_id && row.customer_name !== null) {
      const customer = toCustomer({
        id: row.customer_id,
        name: row.customer_name,
        tier: row.tier,
        rep_id: row.rep_id,
      });
      prime(`cu|${customer.id}`, customer);
      primeHistory(
        customer.id,
        (row.history ?? []).map((lines) => ({ lines })),
        readFrom,
      );
      return { kind: 'customer', customer };
    }
    if (row?.staff_id && row.staff_name !== null && row.roles !== null) {
      const staff: StaffRef = { id: row.staff_id, name: row.staff_name, roles: row.roles };
      prime(`st|${staff.id}`, staff);
      return { kind: 'staff', staff };
    }
    return { kind: 'unknown' };
  }

  const directory: ChatDirectory & IdentityLookup = {
    resolveContact(channel, contactId, displayName) {
      return cached(`c|${channel}|${contactId}|${displayName}`, () =>
        speakerOf(channel, contactId, `name:${displayName}`),
      );
    },
    resolveGroup(channel, groupId, topic) {
      return cached(`g|${channel}|${groupId}|${topic}`, async () => {
        const row = await identityOf(channel, groupId, `room:${topic}`);
        return row?.customer_id ? directory.customer(row.customer_id) : null;
      });
    },
    customer(id) {
      return cached(`cu|${id}`, async () => {
        const row = await db
          .selectFrom('customers')
          .select(customerCols)
          .where('id', '=', id)
          .executeTakeFirst();
        return row ? toCustomer(row) : null;
      });
    },
    staff(id) {
      return cached(`st|${id}`, async (): Promise<StaffRef | null> => {
        const row = await db
          .selectFrom('staff')
          .select(['id', 'name', 'roles'])
          .where('id', '=', id)
          .where('active', '=', true)
          .executeTakeFirst();
        return row ?? null;
      });
    },
    async findCustomers(query) {
      const q = query.trim();
      if (!q) return [];
      const exact = await db
        .selectFrom('customers')
        .select(customerCols)
        .where((eb) => eb.or([eb('name', '=', q), eb('id', '=', q)]))
        .execute();
      if (exact.length) return exact.map(toCustomer);
      const like = q.replace(/[\\%_]/g, (c) => `\\${c}`);
      const rows = await db
        .selectFrom('customers')
        .select(customerCols)
        .where('name', 'like', `%${like}%`)
        .orderBy('name')
        .limit(10)
        .execute();
      return rows.map(toCustomer);
    },
    reps() {
      return cached('reps', () =>
        db
          .selectFrom('staff')
          .select(['id', 'name', 'roles'])
          .where(sql<boolean>`'rep' = any(roles)`)
          .where('active', '=', true)
          .orderBy('id')
          .execute(),
      );
    },
    history(customerId) {
      const hit = histories.get(customerId);
      if (hit && now() < hit.until) {
        refreshAhead(
          histories,
          customerId,
          hit,
          () => loadHistory(customerId),
          (loaded) => {
            historyTouched(customerId);
            return { ...entry(Promise.resolve(loaded)), loaded };
          },
        );
        return hit.value;
      }
      if (histories.size > 50_000) clearHistories();
      const fresh = historyEntry(loadHistory(customerId));
      histories.set(customerId, fresh);
      historyTouched(customerId);
      fresh.value.catch(() => {
        if (histories.get(customerId) === fresh) histories.delete(customerId);
      });
      return fresh.value;
    },
    orderPlaced(customerId, order) {
      const hit = histories.get(customerId);
      historyTouched(customerId);
      // One still loading may or may not hold the new order: it is read again next time.
      if (!order || !hit?.loaded) {
        histories.delete(customerId);
        return;
      }
      const loaded = [...hit.loaded, order].slice(-historyOrders);
      // A new entry object, so that a read ahead begun before the order was committed is not taken over it.
      histories.set(customerId, { ...hit, refreshing: false, value: Promise.resolve(loaded), loaded });
    },
    async identities(channel: string, party: Party) {
      const rows = await db
        .selectFrom('chat_identities')
        .select('external_id')
        .where('channel', '=', channel)
        .where(party.kind === 'customer' ? 'customer_id' : 'staff_id', '=', party.id)
        .execute();
      return rows.map((r) => r.external_id);
    },
  };

  /** An entry for a history read now, which notes the orders once they are read. */
  function historyEntry(value: Promise<PastOrder[]>): Entry<PastOrder[]> & { loaded?: PastOrder[] } {
    const fresh: Entry<PastOrder[]> & { loaded?: PastOrder[] } = entry(value, true);
    value.then(
      (loaded) => (fresh.loaded = loaded),
      () => undefined,
    );
    return fresh;
  }

  /**
   * The customer's last `historyOrders` orders with their lines, in one statement (one round trip, and the same
   * text whatever the number of orders, so the bot's connections prepare it once): the orders, oldest first (orders
   * placed in one transaction share their `created_at`; their serial `no` orders them).
   */
  async function loadHistory(customerId: string): Promise<PastOrder[]> {
    const { rows } = await sql<{ id: string; sku: string | null; qty: number | null }>`
      select o.id, l.sku, l.qty
      from (select id, created_at, no from orders
            where customer_id = ${customerId} and status not in ('cancelled', 'rejected')
            order by created_at desc, no desc limit ${historyOrders}) o
      left join order_lines l on l.order_id = o.id
      order by o.created_at, o.no, l.line_no`.execute(db);
    const orders = new Map<string, PastOrder['lines']>();
    for (const row of rows) {
      let lines = orders.get(row.id);
      if (!lines) orders.set(row.id, (lines = []));
      if (row.sku !== null && row.qty !== null) lines.push({ sku: row.sku, qty: row.qty });
    }
    return [...orders.values()].map((lines) => ({ lines }));
  }
  return directory;
}
