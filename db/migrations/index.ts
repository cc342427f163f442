import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';

/** Every migration, in order. New ones are added here (name sorts after the previous one). */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
};
