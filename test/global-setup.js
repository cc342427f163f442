// Plain ESM so that jest loads it natively; tsx compiles the TypeScript it needs.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestServices } = await tsImport('./services.ts', import.meta.url);
  const services = await startTestServices();
  process.env.TEST_DATABASE_URL = services.databaseUrl;
  process.env.TEST_REDIS_URL = services.redisUrl;
  globalThis.__liaodanServices = services;
}
