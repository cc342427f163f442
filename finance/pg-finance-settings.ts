import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { MatchConfig } from './open-orders.js';

/** The shop's matching and aging settings. */
export interface FinanceSettings extends MatchConfig {
  /** Owed money older than this many days (from shipment) is overdue. */
  paymentTermsDays: number;
  /** Statement rows waiting longer than this show in the mismatch report. */
  unmatchedAlertDays: number;
}

/** Reads the settings (one row, made by the migration). */
export async function readFinanceSettings(db: Kysely<Database>): Promise<FinanceSettings> {
  const row = await db
    .selectFrom('finance_settings')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    toleranceFen: row.tolerance_fen,
    dateWindowDays: row.date_window_days,
    paymentTermsDays: row.payment_terms_days,
    unmatchedAlertDays: row.unmatched_alert_days,
  };
}

/** Changes the settings; returns them as they are now. */
export async function writeFinanceSettings(
  db: Kysely<Database>,
  settings: FinanceSettings,
  staffId: string,
): Promise<FinanceSettings> {
  await db
    .updateTable('finance_settings')
    .set({
      tolerance_fen: settings.toleranceFen,
      date_window_days: settings.dateWindowDays,
      payment_terms_days: settings.paymentTermsDays,
      unmatched_alert_days: settings.unmatchedAlertDays,
      updated_by: staffId,
      updated_at: sql`now()`,
    })
    .where('id', '=', 1)
    .execute();
  return readFinanceSettings(db);
}
