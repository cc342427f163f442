import { randomBytes } from 'node:crypto';

/** URL of the run's throwaway Redis. */
export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run the tests through jest (test/global-setup.ts)');
  return url;
}

/** A BullMQ prefix / key namespace unique to one test, so test files never see each other's queues. */
export function uniquePrefix(label = 't'): string {
  return `${label}-${randomBytes(5).toString('hex')}`;
}
