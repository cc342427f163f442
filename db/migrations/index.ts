import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002OrderPipeline from './0002-order-pipeline.js';
import * as m0003HotRowStorage from './0003-hot-row-storage.js';
import * as m0004CustomerOpenBalance from './0004-customer-open-balance.js';
import * as m0005LinksAndIdempotency from './0005-links-and-idempotency.js';
import * as m0006StaffAccounts from './0006-staff-accounts.js';
import * as m0010WecomChannel from './0010-wecom-channel.js';
import * as m0011OrderLifecycle from './0011-order-lifecycle.js';
import * as m0012CatalogChanges from './0012-catalog-changes.js';
import * as m0020Dashboard from './0020-dashboard.js';
import * as m0021MoneyJournal from './0021-money-journal.js';
import * as m0022BankStatements from './0022-bank-statements.js';
import * as m0030OrderPictures from './0030-order-pictures.js';
import * as m0031OrderNumberSequence from './0031-order-number-sequence.js';
import * as m0032ChangeNoticesAfterCommit from './0032-change-notices-after-commit.js';

/** Every migration, in order. New ones are added here (name sorts after the previous one). */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-order-pipeline': m0002OrderPipeline,
  '0003-hot-row-storage': m0003HotRowStorage,
  '0004-customer-open-balance': m0004CustomerOpenBalance,
  '0005-links-and-idempotency': m0005LinksAndIdempotency,
  '0006-staff-accounts': m0006StaffAccounts,
  '0010-wecom-channel': m0010WecomChannel,
  '0011-order-lifecycle': m0011OrderLifecycle,
  '0012-catalog-changes': m0012CatalogChanges,
  '0020-dashboard': m0020Dashboard,
  '0021-money-journal': m0021MoneyJournal,
  '0022-bank-statements': m0022BankStatements,
  '0030-order-pictures': m0030OrderPictures,
  '0031-order-number-sequence': m0031OrderNumberSequence,
  '0032-change-notices-after-commit': m0032ChangeNoticesAfterCommit,
};
