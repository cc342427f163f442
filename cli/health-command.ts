import type { Command } from 'commander';
import { sql } from 'kysely';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';

const HealthConfig = z.object({ DATABASE_URL: common.DATABASE_URL, REDIS_URL: common.REDIS_URL });

/**
 * `liaodan health`: exits 0 when PostgreSQL and Redis answer within 3 s, 1 otherwise. The container health check of
 * the worker and the bot, which serve no HTTP.
 */
export function registerHealthCommand(program: Command): void {
  program
    .command('health')
    .description('check that PostgreSQL and Redis answer (exit 0) or not (exit 1)')
    .action(async () => {
      const config = parseConfig(HealthConfig, process.env);
      const { createDb } = await import('../db/pg-database.js');
      const { Redis } = await import('ioredis');
      const db = createDb({ url: config.DATABASE_URL, max: 1 });
      const redis = new Redis(config.REDIS_URL, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        connectTimeout: 3000,
      });
      redis.on('error', () => undefined); // reported as redis: false
      const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 3000).unref());
      const check = async (f: () => Promise<unknown>) =>
        Promise.race([
          f().then(
            () => true,
            () => false,
          ),
          timeout,
        ]);
      const [postgres, redisOk] = await Promise.all([
        check(() => sql`select 1`.execute(db)),
        check(async () => {
          await redis.connect();
          return redis.ping();
        }),
      ]);
      process.stdout.write(`${JSON.stringify({ postgres, redis: redisOk })}\n`);
      redis.disconnect();
      await db.destroy();
      process.exitCode = postgres && redisOk ? 0 : 1;
    });
}
