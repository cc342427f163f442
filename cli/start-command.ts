import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { common, parseConfig } from '../lib/config.js';
import { freePort } from '../lib/free-port.js';
import { stopAll, untilSignal } from '../lib/lifecycle.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { superviseParts } from '../lib/process-supervisor.js';
import { startBanner } from './start-banner.js';

/** What `liaodan start` itself reads; each process it runs parses its own schema on top. */
export const StartConfig = z.object({
  LOG_LEVEL: common.LOG_LEVEL,
  DATABASE_URL: common.DATABASE_URL.optional(),
  REDIS_URL: common.REDIS_URL.optional(),
  /** Resolved against the current directory at once: PostgreSQL resolves relative paths against its own. */
  DATA_DIR: z
    .string()
    .default('./data')
    .transform((dir) => resolve(dir)),
  LOCAL_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LOCAL_REDIS_PORT: z.coerce.number().int().min(1).max(65535).default(63799),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  API_HOST: z.string().default('127.0.0.1'),
  /** 0 picks a free port once, kept across restarts of the api. */
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  NODE_ENV: common.NODE_ENV,
});
type StartConfig = z.infer<typeof StartConfig>;

const script = fileURLToPath(new URL('../bin/liaodan.js', import.meta.url));

/** The staff accounts that have the demo password, for the banner. */
async function demoStaff(databaseUrl: string): Promise<{ id: string; roles: string[] }[]> {
  const { createDb } = await import('../db/pg-database.js');
  const db = createDb({ url: databaseUrl, max: 1 });
  try {
    const { verifyPassword } = await import('../auth/argon2-passwords.js');
    const { DEMO_PASSWORD } = await import('../auth/demo-accounts.js');
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'roles', 'password_hash'])
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    const checked = await Promise.all(
      staff.map(async (s) => ((await verifyPassword(s.password_hash, DEMO_PASSWORD)) ? s : undefined)),
    );
    return checked.flatMap((s) => (s ? [{ id: s.id, roles: s.roles }] : []));
  } finally {
    await db.destroy();
  }
}

/** PostgreSQL and Redis: the given URLs, or local servers with their data under DATA_DIR. */
async function services(
  config: StartConfig,
  log: Logger,
  parts: { name: string; stop: () => Promise<void> }[],
) {
  if (config.DATABASE_URL && config.REDIS_URL)
    return { databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL };
  const { startLocalServices } = await import('../lib/local-services.js');
  const local = await startLocalServices({
    dataDir: config.DATA_DIR,
    pgPort: config.LOCAL_PG_PORT,
    redisPort: config.LOCAL_REDIS_PORT,
    log,
    install: true,
    want: { postgres: !config.DATABASE_URL, redis: !config.REDIS_URL },
  });
  parts.push({ name: 'local services', stop: local.stop });
  return {
    databaseUrl: config.DATABASE_URL ?? local.databaseUrl,
    redisUrl: config.REDIS_URL ?? local.redisUrl,
  };
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'run everything: local PostgreSQL/Redis when no URLs are set, migrations, demo data, api, worker, bot',
    )
    .action(async () => {
      const config = parseConfig(StartConfig, process.env);
      const log = createLogger({ level: config.LOG_LEVEL, name: 'liaodan' });
      const parts: { name: string; stop: () => Promise<void> }[] = [];
      let outcome: 'signal' | 'gave up' = 'signal';
      try {
        const { databaseUrl, redisUrl } = await services(config, log, parts);
        // The back office's pages: built once, and again whenever their sources changed (a hash, no build, when not).
        const { ensureWebBuilt } = await import('../lib/web-build.js');
        await ensureWebBuilt(log);
        const { prepareDatabase } = await import('./prepare-database.js');
        await prepareDatabase(databaseUrl, { demo: config.DEMO_DATA === 'auto', log });

        const apiPort = config.API_PORT === 0 ? await freePort() : config.API_PORT;
        // The demo shop's sign-in panel, in development only (the api refuses it in production).
        const demo = config.DEMO_DATA === 'auto' && config.NODE_ENV !== 'production';
        const env = {
          ...process.env,
          DATABASE_URL: databaseUrl,
          REDIS_URL: redisUrl,
          API_PORT: String(apiPort),
          ...(demo && { DEMO_LOGINS: process.env.DEMO_LOGINS ?? 'on' }),
        };
        const supervisor = superviseParts({
          script,
          log,
          parts: ['worker', 'bot', 'api'].map((name) => ({ name, args: [name], env })),
        });
        parts.push({ name: 'processes', stop: () => supervisor.stop() });
        const ready = await supervisor.ready;
        const url = ready.api?.url ?? `http://${config.API_HOST}:${apiPort}`;
        const banner = startBanner({ url, demoStaff: demo ? await demoStaff(databaseUrl) : [] });
        process.stdout.write(banner.text);
        log.info(banner.fields, 'liaodan is running: Ctrl-C stops it');
        const ended = await Promise.race([untilSignal(log), supervisor.gaveUp]);
        if (typeof ended === 'object') outcome = 'gave up';
      } finally {
        await stopAll(log, parts);
      }
      if (outcome === 'gave up') process.exitCode = 1;
    });
}
