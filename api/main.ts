import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type { Middleware } from 'koa';
import { createDb } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import { createApp } from './app.js';
import type { ApiConfig } from './config.js';

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** Wires the api process: database, feature routers, HTTP server. Returns once it listens. */
export async function startApi(config: ApiConfig, log: Logger): Promise<RunningApi> {
  const db = createDb({ url: config.DATABASE_URL });
  const mounts: Middleware[] = [];
  const app = createApp({
    log,
    mounts,
    health: async () => ({
      postgres: await sql`select 1`.execute(db).then(
        () => true,
        () => false,
      ),
    }),
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.API_PORT, config.API_HOST, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.API_HOST}:${port}`;
  log.info({ url }, 'api listening');
  return {
    url,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await db.destroy();
    },
  };
}
