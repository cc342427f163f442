import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalPostgres } from '../lib/local-postgres.js';
import { startLocalRedis } from '../lib/local-redis.js';
import { freePort } from '../lib/free-port.js';

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts one throwaway PostgreSQL and one Redis for the whole run. Test files isolate themselves: each gets its
 * own database (test/pg.ts) and its own queue prefix (test/redis.ts).
 */
export async function startTestServices(): Promise<TestServices> {
  const dir = mkdtempSync(join(tmpdir(), 'liaodan-test-'));
  chmodSync(dir, 0o755); // the postgres user must traverse it
  const [pgPort, redisPort] = [await freePort(), await freePort()];
  const [postgres, redis] = await Promise.all([
    startLocalPostgres({ dir: join(dir, 'pg'), port: pgPort, ephemeral: true }),
    startLocalRedis({ dir: join(dir, 'redis'), port: redisPort, ephemeral: true }),
  ]);
  return {
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    dir,
    async stop() {
      await Promise.all([postgres.stop(), redis.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
