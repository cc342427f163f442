import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RowError } from '../../lib/file-rows.js';
import { importCustomersFile, importStaffFile } from '../../customers/customer-import.js';
import { importCatalogFile } from '../catalog-import.js';

/** How many rows of each demo file were loaded. */
export interface DemoLoadSummary {
  staff: number;
  customers: number;
  products: number;
}

/** The committed demo files do not import cleanly: a bug in this repository, never a user mistake. */
export class DemoDataError extends Error {
  constructor(
    readonly file: string,
    readonly errors: RowError[],
  ) {
    const first = errors[0];
    super(`demo data ${file}: ${errors.length} error(s), first: ${first?.field} ${first?.reason}`);
    this.name = 'DemoDataError';
  }
}

const demoFile = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

/**
 * Loads the demo shop from this folder (staff, then customers, whose reps must exist, then products with tier
 * prices and stock) in one transaction: either all of it is there afterwards or none. Upserts, so loading twice
 * changes nothing. Throws DemoDataError when a file does not validate.
 */
export async function loadDemoData(db: Kysely<Database>): Promise<DemoLoadSummary> {
  return db.transaction().execute(async (trx) => {
    const staff = await importStaffFile(trx, demoFile('staff.csv'));
    if (!staff.ok) throw new DemoDataError('staff.csv', staff.errors);
    const customers = await importCustomersFile(trx, demoFile('customers.csv'));
    if (!customers.ok) throw new DemoDataError('customers.csv', customers.errors);
    const products = await importCatalogFile(trx, demoFile('products.json'));
    if (!products.ok) throw new DemoDataError('products.json', products.errors);
    return { staff: staff.rows, customers: customers.rows, products: products.products };
  });
}
