import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import { hashPassword } from './argon2-passwords.js';

/** The password of every demo staff account (development only; production refuses it). */
export const DEMO_PASSWORD = 'liaodan-demo';

/** Gives every staff member without a password the demo password (the demo shop, on first start). */
export async function setDemoPasswords(db: Db): Promise<number> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const r = await db
    .updateTable('staff')
    .set({ password_hash: hash, auth_epoch: sql`auth_epoch + 1` })
    .where('password_hash', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
