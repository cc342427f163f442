import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { chromium, type BrowserContext } from 'playwright-core';
import { startChatRuntime } from '../bot/chat-runtime.js';
import { loadDemoData } from '../catalog/demo/load-demo-data.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { createApp } from './app.js';
import { chatMiddleware, createChatRoutes, pgChatPeople } from './chat-routes.js';

const log = pino({ level: 'silent' });
let tdb: TestDb;
let redis: Redis;
let server: Server;
let base: string;
let browser: BrowserContext;
const profile = mkdtempSync(join(tmpdir(), 'liaodan-chromium-'));

beforeAll(async () => {
  tdb = await createTestDb();
  await loadDemoData(tdb.db);
  redis = new Redis(testRedisUrl());
  // The real dialog engine over the demo shop, as `liaodan start` serves it.
  const runtime = await startChatRuntime({
    db: tdb.db,
    redis,
    prefix: uniquePrefix('web'),
    log,
    sessionTtlMs: 3600_000,
    reviewOverFen: 10_000_000,
    maxQtyPerLine: 100_000,
    catalogReloadMs: 0,
  });
  const router = createChatRoutes({
    service: runtime.service,
    mailbox: runtime.mailbox,
    people: pgChatPeople(tdb.db),
  });
  const app = createApp({ log, mounts: [chatMiddleware(router)] });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A fresh profile directory: chromium keeps nothing from other runs.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  redis.disconnect();
  await tdb.drop();
  rmSync(profile, { recursive: true, force: true });
});

describe('the /chat page', () => {
  it("lets one pick a customer, chat, and see the bot's question and the order number", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/chat`);
    await page.locator('#who option[value="customer:c-wang-zxd"]').waitFor({ state: 'attached' });
    await page.selectOption('#who', 'customer:c-wang-zxd');
    await page.fill('#text', '海螺水泥 50袋');
    await page.click('#go');
    const question = await page.locator('.msg.bot').first().textContent();
    expect(question).toMatch(/要哪一种？.+ \/ .+/);
    await page.fill('#text', '32.5');
    await page.click('#go');
    await page.locator('.msg.bot').nth(1).waitFor();
    await page.fill('#text', '确认');
    await page.press('#text', 'Enter');
    await page.locator('.msg.bot', { hasText: '订单号' }).waitFor();
    const order = await tdb.db
      .selectFrom('orders')
      .select('no')
      .where('customer_id', '=', 'c-wang-zxd')
      .executeTakeFirstOrThrow();
    expect(await page.locator('.msg.bot').last().textContent()).toContain(`订单号 ${order.no}`);
    await page.close();
  });

  it('refuses a message from someone who is not in the directory', async () => {
    const res = await fetch(`${base}/chat/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ as: 'customer:nobody', text: '水泥 1袋' }),
    });
    expect(res.status).toBe(404);
  });
});
