import type { Logger } from '../lib/logger.js';
import { ApiConfig } from '../api/config.js';
import { startApi, type RunningApi } from '../api/main.js';
import { setDemoPasswords } from '../auth/demo-accounts.js';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { parseConfig } from '../lib/config.js';
import { testLogger } from './order-fixtures.js';
import { createTestDb, type TestDb } from './pg.js';
import { testRedisUrl, uniquePrefix } from './redis.js';

export interface TestApi {
  api: RunningApi;
  t: TestDb;
  url: string;
  prefix: string;
  stop(): Promise<void>;
}

/** The demo shop (staff with the demo password) in a database of its own, served by the real api wiring. */
export async function startTestApi(
  opts: { env?: Record<string, string>; log?: Logger; redisUrl?: string } = {},
): Promise<TestApi> {
  const t = await createTestDb();
  await loadDemoData(t.db);
  await setDemoPasswords(t.db);
  const prefix = uniquePrefix('api');
  const config = parseConfig(ApiConfig, {
    DATABASE_URL: t.url,
    REDIS_URL: opts.redisUrl ?? testRedisUrl(),
    QUEUE_PREFIX: prefix,
    API_PORT: '0',
    CATALOG_RELOAD_SECONDS: '0',
    ...opts.env,
  });
  const api = await startApi(config, opts.log ?? testLogger());
  return {
    api,
    t,
    url: api.url,
    prefix,
    async stop() {
      await api.stop();
      await t.drop();
    },
  };
}
