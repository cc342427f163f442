import type { Logger } from '../lib/logger.js';

/**
 * Migrates the database and, on first run (no products yet), loads the demo shop from `catalog/demo/`.
 */
export async function prepareDatabase(url: string, opts: { demo: boolean; log: Logger }): Promise<void> {
  const { createDb, migrateToLatest } = await import('../db/pg-database.js');
  const db = createDb({ url, max: 2 });
  try {
    const result = await migrateToLatest(db);
    const applied = result.results?.map((r) => r.migrationName) ?? [];
    if (applied.length) opts.log.info({ applied }, 'migrations applied');
    if (!opts.demo) return;
    const { count } = await db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    if (Number(count) > 0) return;
    const { loadDemoData } = await import('../catalog/demo/load-demo-data.js');
    const summary = await loadDemoData(db);
    const { setDemoPasswords } = await import('../auth/demo-accounts.js');
    await setDemoPasswords(db);
    opts.log.info(summary, 'demo data loaded');
  } finally {
    await db.destroy();
  }
}
