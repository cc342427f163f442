import base from './jest.config.js';

/**
 * The fault suite (`npm run test:faults`): processes killed, servers restarted, duplicates, hostile traffic and
 * races, each case checked by the reconciliation of the books. One file at a time, so that the timings each case
 * prints are not the sum of several cases fighting over two cores.
 */
/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/data/'],
  maxWorkers: 1,
  testTimeout: 180_000,
};
