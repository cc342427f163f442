import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import type { Person } from './person.js';
import type { StaffRole } from './roles.js';

/** What a session keeps of its person: who, and the epoch or link version it was made under. */
export type SessionPersonRef =
  { kind: 'staff'; id: string; epoch: number } | { kind: 'customer'; id: string; linkVersion: number };

export interface StaffLogin {
  id: string;
  name: string;
  roles: StaffRole[];
  regions: string[];
  passwordHash: string | null;
  epoch: number;
  active: boolean;
}

/** The staff member signing in with `login` (their id), whatever their state; undefined for an unknown login. */
export async function findStaffLogin(db: Db, login: string): Promise<StaffLogin | undefined> {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name', 'roles', 'regions', 'password_hash', 'auth_epoch', 'active'])
    .where('id', '=', login.trim())
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      name: row.name,
      roles: row.roles,
      regions: row.regions,
      passwordHash: row.password_hash,
      epoch: row.auth_epoch,
      active: row.active,
    }
  );
}

/**
 * The person a session speaks for, as the database says now: a staff member still active, whose password has not
 * changed since (same epoch); a customer whose links were not revoked since (same link version). Otherwise
 * undefined, and the session is over.
 */
export async function currentPerson(db: Db, ref: SessionPersonRef): Promise<Person | undefined> {
  if (ref.kind === 'staff') {
    const row = await db
      .selectFrom('staff')
      .select(['id', 'name', 'roles', 'regions'])
      .where('id', '=', ref.id)
      .where('active', '=', true)
      .where('auth_epoch', '=', ref.epoch)
      .executeTakeFirst();
    return row && { kind: 'staff', id: row.id, name: row.name, roles: row.roles, regions: row.regions };
  }
  const row = await db
    .selectFrom('customers')
    .select(['id', 'name'])
    .where('id', '=', ref.id)
    .where('link_version', '=', ref.linkVersion)
    .executeTakeFirst();
  return row && { kind: 'customer', id: row.id, name: row.name };
}

/** Sets a staff member's password hash and ends every session made before. */
export async function setStaffPassword(db: Db, staffId: string, passwordHash: string): Promise<boolean> {
  const r = await db
    .updateTable('staff')
    .set({ password_hash: passwordHash, auth_epoch: sql`auth_epoch + 1` })
    .where('id', '=', staffId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A one-time token to set a password, valid for `ttlHours`; only its hash is stored. */
export async function createPasswordLink(db: Db, staffId: string, ttlHours = 72): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db
    .insertInto('password_links')
    .values({
      token_hash: tokenHash(token),
      staff_id: staffId,
      expires_at: sql`now() + make_interval(hours => ${ttlHours})`,
    })
    .execute();
  return token;
}

/**
 * Uses a one-time token: sets the password and marks the token used, in one transaction; undefined when the token
 * is unknown, used or expired.
 */
export async function usePasswordLink(
  db: Db,
  token: string,
  passwordHash: string,
): Promise<string | undefined> {
  return db.transaction().execute(async (tx) => {
    const link = await tx
      .updateTable('password_links')
      .set({ used_at: sql`now()` })
      .where('token_hash', '=', tokenHash(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('staff_id')
      .executeTakeFirst();
    if (!link) return undefined;
    await tx
      .updateTable('staff')
      .set({ password_hash: passwordHash, auth_epoch: sql`auth_epoch + 1` })
      .where('id', '=', link.staff_id)
      .execute();
    return link.staff_id;
  });
}

/** The customer's current link version (undefined for an unknown customer). */
export async function customerLinkVersion(db: Db, customerId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('customers')
    .select('link_version')
    .where('id', '=', customerId)
    .executeTakeFirst();
  return row?.link_version;
}

/**
 * Makes sure someone can sign in to a new installation: when no active admin has a password, the `admin` account
 * (created when missing) gets the given one. Returns whether it did anything.
 */
export async function ensureAdminAccount(db: Db, passwordHash: () => Promise<string>): Promise<boolean> {
  const admin = await db
    .selectFrom('staff')
    .select('id')
    .where(sql<boolean>`'admin' = any(roles)`)
    .where('active', '=', true)
    .where('password_hash', 'is not', null)
    .executeTakeFirst();
  if (admin) return false;
  const hash = await passwordHash();
  await db
    .insertInto('staff')
    .values({ id: 'admin', name: '管理员', roles: ['admin'], password_hash: hash, active: true })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        roles: sql`array(select distinct unnest(staff.roles || array['admin']))`,
        password_hash: hash,
        active: true,
        auth_epoch: sql`staff.auth_epoch + 1`,
      }),
    )
    .execute();
  return true;
}
