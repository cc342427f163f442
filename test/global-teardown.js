export default async function globalTeardown() {
  await globalThis.__liaodanServices?.stop();
}
