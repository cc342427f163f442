import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RowError } from '../lib/file-rows.js';
import { NAME_CHANNEL, nameExternalId, type Customer, type StaffMember } from './customer.js';

/** What a customers or staff import changed; `updated` includes people whose chat names changed. */
export interface PeopleImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Chat names newly bound to someone in the file (moved ones included). */
  chatNamesBound: number;
  /** Chat names no longer listed for their owner in the file, unbound. */
  chatNamesUnbound: number;
}

/** Errors name the person by `index` (position in the input) and `key` (id). */
export type PeopleImportResult =
  { ok: true; summary: PeopleImportSummary } | { ok: false; errors: RowError[] };

type Owner = { kind: 'customer' | 'staff'; id: string };

const PEOPLE_LOCK = 0x6c6961_02; // serialises customer and staff imports against each other
const CHUNK = 1000;

async function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>) {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

interface Person {
  id: string;
  chatNames: string[];
}

/**
 * Works out the chat-name bindings for `people` (all of one `kind`): which names to bind, which to unbind, and
 * which are errors because they belong to someone not in the import (or to the other kind).
 */
async function planChatNames(trx: Kysely<Database>, kind: Owner['kind'], people: Person[]) {
  const rows = await trx
    .selectFrom('chat_identities')
    .select(['external_id', 'customer_id', 'staff_id'])
    .where('channel', '=', NAME_CHANNEL)
    .where('external_id', 'like', 'name:%')
    .execute();
  const owner = new Map<string, Owner>(
    rows.map((r) => [
      r.external_id,
      r.customer_id !== null ? { kind: 'customer', id: r.customer_id } : { kind: 'staff', id: r.staff_id! },
    ]),
  );
  const inFile = new Set(people.map((p) => p.id));
  const errors: RowError[] = [];
  const bind: { person: Person; name: string }[] = [];
  const unbind: string[] = [];
  const changed = new Set<string>();
  people.forEach((person, index) => {
    const wanted = new Set(person.chatNames.map(nameExternalId));
    for (const [externalId, o] of owner) {
      if (o.kind === kind && o.id === person.id && !wanted.has(externalId)) {
        unbind.push(externalId);
        changed.add(person.id);
      }
    }
    for (const name of person.chatNames) {
      const o = owner.get(nameExternalId(name));
      if (o && o.kind === kind && o.id === person.id) continue;
      if (o && (o.kind !== kind || !inFile.has(o.id))) {
        const whose = o.kind === 'customer' ? `customer ${o.id}` : `staff member ${o.id}`;
        errors.push({
          index,
          key: person.id,
          field: 'chat_names',
          reason: `${name} already belongs to ${whose}`,
        });
        continue;
      }
      bind.push({ person, name });
      changed.add(person.id);
    }
  });
  // A name that moves to someone else in the file is rebound by the upsert, not unbound.
  const rebound = new Set(bind.map((b) => nameExternalId(b.name)));
  return { errors, bind, unbind: unbind.filter((id) => !rebound.has(id)), changed };
}

async function writeChatNames(
  trx: Kysely<Database>,
  kind: Owner['kind'],
  plan: Awaited<ReturnType<typeof planChatNames>>,
): Promise<void> {
  for (const ids of chunks(plan.unbind)) {
    await trx
      .deleteFrom('chat_identities')
      .where('channel', '=', NAME_CHANNEL)
      .where('external_id', '=', sql<string>`any(${ids})`)
      .execute();
  }
  for (const batch of chunks(plan.bind)) {
    await trx
      .insertInto('chat_identities')
      .values(
        batch.map(({ person, name }) => ({
          channel: NAME_CHANNEL,
          external_id: nameExternalId(name),
          display_name: name,
          customer_id: kind === 'customer' ? person.id : null,
          staff_id: kind === 'staff' ? person.id : null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['channel', 'external_id']).doUpdateSet((eb) => ({
          display_name: eb.ref('excluded.display_name'),
          customer_id: eb.ref('excluded.customer_id'),
          staff_id: eb.ref('excluded.staff_id'),
        })),
      )
      .execute();
  }
}

function assertUniqueIds(people: Person[], what: string): void {
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.id)) throw new Error(`${what}: duplicate id ${p.id}`);
    seen.add(p.id);
  }
}

/**
 * Upserts customers by id and binds their chat names, in one transaction (or inside the caller's). A rep that
 * is not a staff member, or a chat name that belongs to someone outside the import, is an error and then nothing
 * is written. Customers missing from the input are kept.
 */
export async function importCustomers(
  db: Kysely<Database>,
  customers: Customer[],
): Promise<PeopleImportResult> {
  assertUniqueIds(customers, 'importCustomers');
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${PEOPLE_LOCK})`.execute(trx);
    const reps = [...new Set(customers.flatMap((c) => (c.repId ? [c.repId] : [])))];
    const known = new Set<string>();
    for (const ids of chunks(reps)) {
      const found = await trx
        .selectFrom('staff')
        .select('id')
        .where('id', '=', sql<string>`any(${ids})`)
        .execute();
      for (const r of found) known.add(r.id);
    }
    const plan = await planChatNames(trx, 'customer', customers);
    const errors: RowError[] = [...plan.errors];
    customers.forEach((c, index) => {
      if (c.repId && !known.has(c.repId)) {
        errors.push({ index, key: c.id, field: 'rep', reason: `no staff member with id ${c.repId}` });
      }
    });
    if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.index! - b.index!) };

    const existing = new Map(
      (
        await trx
          .selectFrom('customers')
          .select(['id', 'name', 'tier', 'region', 'credit_limit_fen', 'rep_id'])
          .execute()
      ).map((r) => [r.id, r]),
    );
    const row = (c: Customer) => ({
      id: c.id,
      name: c.name,
      tier: c.tier ?? null,
      region: c.region ?? null,
      credit_limit_fen: c.creditLimitFen,
      rep_id: c.repId ?? null,
    });
    const key = (r: ReturnType<typeof row>) =>
      JSON.stringify([r.name, r.tier, r.region, r.credit_limit_fen, r.rep_id]);
    const summary = {
      inserted: 0,
      updated: 0,
      unchanged: 0,
      chatNamesBound: plan.bind.length,
      chatNamesUnbound: plan.unbind.length,
    };
    const writes: ReturnType<typeof row>[] = [];
    for (const c of customers) {
      const old = existing.get(c.id);
      const r = row(c);
      if (!old) summary.inserted++;
      else if (key(old) !== key(r) || plan.changed.has(c.id)) summary.updated++;
      else summary.unchanged++;
      if (!old || key(old) !== key(r)) writes.push(r);
    }
    for (const batch of chunks(writes)) {
      await trx
        .insertInto('customers')
        .values(batch)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            tier: eb.ref('excluded.tier'),
            region: eb.ref('excluded.region'),
            credit_limit_fen: eb.ref('excluded.credit_limit_fen'),
            rep_id: eb.ref('excluded.rep_id'),
            updated_at: sql`now()`,
          })),
        )
        .execute();
    }
    await writeChatNames(trx, 'customer', plan);
    return { ok: true, summary };
  });
}

/**
 * Upserts staff members by id (and marks them active) and binds their chat names, in one transaction (or inside
 * the caller's). A chat name that belongs to someone outside the import is an error and then nothing is written.
 */
export async function importStaff(db: Kysely<Database>, staff: StaffMember[]): Promise<PeopleImportResult> {
  assertUniqueIds(staff, 'importStaff');
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${PEOPLE_LOCK})`.execute(trx);
    const plan = await planChatNames(trx, 'staff', staff);
    if (plan.errors.length) return { ok: false, errors: plan.errors };
    const existing = new Map(
      (await trx.selectFrom('staff').select(['id', 'name', 'roles', 'regions', 'active']).execute()).map(
        (r) => [r.id, r],
      ),
    );
    const summary = {
      inserted: 0,
      updated: 0,
      unchanged: 0,
      chatNamesBound: plan.bind.length,
      chatNamesUnbound: plan.unbind.length,
    };
    const writes: StaffMember[] = [];
    for (const s of staff) {
      const old = existing.get(s.id);
      const same =
        old !== undefined &&
        old.name === s.name &&
        old.roles.join() === s.roles.join() &&
        old.regions.join() === s.regions.join() &&
        old.active;
      if (!old) summary.inserted++;
      else if (!same || plan.changed.has(s.id)) summary.updated++;
      else summary.unchanged++;
      if (!same) writes.push(s);
    }
    for (const batch of chunks(writes)) {
      await trx
        .insertInto('staff')
        .values(
          batch.map((s) => ({ id: s.id, name: s.name, roles: s.roles, regions: s.regions, active: true })),
        )
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            roles: eb.ref('excluded.roles'),
            regions: eb.ref('excluded.regions'),
            active: true,
          })),
        )
        .execute();
    }
    await writeChatNames(trx, 'staff', plan);
    return { ok: true, summary };
  });
}
