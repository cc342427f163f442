// Plain ESM so that jest loads it natively; tsx compiles the TypeScript it needs.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  // The back office's pages, built when missing or older than their sources (the browser tests load them).
  const { ensureWebBuilt } = await tsImport('../lib/web-build.ts', import.meta.url);
  const { createLogger } = await tsImport('../lib/logger.ts', import.meta.url);
  await ensureWebBuilt(createLogger({ level: 'warn', name: 'test-setup' }));
  const { startTestServices } = await tsImport('./services.ts', import.meta.url);
  const services = await startTestServices();
  process.env.TEST_DATABASE_URL = services.databaseUrl;
  process.env.TEST_REDIS_URL = services.redisUrl;
  globalThis.__liaodanServices = services;
}
