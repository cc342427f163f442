/**
 * The callback against the official sample vector (shared/wecom/VECTORS.md), and the route over real PostgreSQL and
 * Redis: a wrong signature, a stale timestamp or a replayed nonce is refused with 4xx and records nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createApp } from '../api/app.js';
import { wecomCallbackRoutes } from '../api/wecom-callback-routes.js';
import { createTestDb, type TestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { signedKfPush, signedVerification } from '../test/wecom-double/callback-push.js';
import { createRedisNonceStore } from './redis-wecom-nonces.js';
import { readEventPush, verifyUrl } from './wecom-callback.js';
import { readFlatXml } from './wecom-xml.js';

/** WeCom's 加解密方案说明 example, as VECTORS.md gives it. */
const sample = {
  token: 'QDG6eK',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  plain: '1616140317555161061',
};
const config = { corpId: sample.corpId, token: sample.token, aesKey: sample.aesKey, openKfIds: [] };
const sampleQuery = {
  msg_signature: sample.msg_signature,
  timestamp: sample.timestamp,
  nonce: sample.nonce,
  echostr: sample.echostr,
};

describe('the WeCom callback crypto', () => {
  it('verifies and decrypts the official sample vector', () => {
    expect(verifyUrl(config, sampleQuery)).toEqual({ ok: true, echo: sample.plain });
  });

  it('refuses the sample with one character of the signature changed, or for another corp', () => {
    const bad = { ...sampleQuery, msg_signature: `6${sample.msg_signature.slice(1)}` };
    expect(verifyUrl(config, bad)).toEqual({ ok: false, refusal: 'bad_signature' });
    expect(verifyUrl({ ...config, corpId: 'ww-other' }, sampleQuery)).toEqual({
      ok: false,
      refusal: 'wrong_receiver',
    });
    expect(verifyUrl(config, { ...sampleQuery, echostr: undefined })).toEqual({
      ok: false,
      refusal: 'missing_parameters',
    });
  });

  it('reads an event push signed as the platform signs it, and refuses one five minutes and a second off', () => {
    const now = 1_800_000_000;
    const push = signedKfPush(config, { openKfId: 'wkAAA', token: 'ENC-TOKEN' }, { timestamp: now });
    expect(readEventPush(config, push.query, push.body, now + 10)).toEqual({
      ok: true,
      kind: 'kf_wake_up',
      wakeUp: { openKfId: 'wkAAA', token: 'ENC-TOKEN', createTime: now },
    });
    expect(readEventPush(config, push.query, push.body, now + 301)).toEqual({
      ok: false,
      refusal: 'stale_timestamp',
    });
    const tampered = push.body.replace(
      /<Encrypt><!\[CDATA\[(.)/,
      (_, c: string) => `<Encrypt><![CDATA[${c === 'A' ? 'B' : 'A'}`,
    );
    expect(readEventPush(config, push.query, tampered, now)).toEqual({ ok: false, refusal: 'bad_signature' });
  });

  it('reads CDATA and plain elements of flat XML', () => {
    expect(readFlatXml('<xml><A><![CDATA[x<y]]></A><B>12</B><C>a &amp; b</C></xml>')).toEqual({
      A: 'x<y',
      B: '12',
      C: 'a & b',
    });
    expect(readFlatXml('not xml')).toBeUndefined();
  });
});

describe('POST and GET /wecom/kf/callback', () => {
  let tdb: TestDb;
  let redis: Redis;
  let server: Server;
  let base: string;
  const log = pino({ level: 'silent' });
  const secrets = { corpId: 'ww-shop', token: 'CallbackToken1', aesKey: 'a'.repeat(43) };

  beforeAll(async () => {
    tdb = await createTestDb();
    redis = new Redis(testRedisUrl());
    const nonces = createRedisNonceStore({ redis, prefix: uniquePrefix('wecom-cb') });
    const app = createApp({
      log,
      keys: ['test-cookie-key'],
      mounts: [wecomCallbackRoutes({ config: { ...secrets, openKfIds: [] }, db: tdb.db, nonces, log })],
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wecom/kf/callback`;
  });

  afterAll(async () => {
    server.close();
    redis.disconnect();
    await tdb.drop();
  });

  const post = (push: { query: Record<string, string>; body: string }) =>
    fetch(`${base}?${new URLSearchParams(push.query)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: push.body,
    });
  const wakeUps = () => tdb.db.selectFrom('wecom_accounts').selectAll().execute();

  it('echoes the plain text of a signed URL verification, and refuses a wrong signature', async () => {
    const query = signedVerification(secrets, '5927210263146347658');
    const ok = await fetch(`${base}?${new URLSearchParams(query)}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('5927210263146347658');
    const wrong = await fetch(`${base}?${new URLSearchParams({ ...query, msg_signature: '0'.repeat(40) })}`);
    expect(wrong.status).toBe(401);
  });

  it('records a wake-up with its token, and refuses its replay', async () => {
    const push = signedKfPush(secrets, { openKfId: 'wk-1', token: 'T1' });
    const first = await post(push);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('');
    expect(await wakeUps()).toMatchObject([{ open_kfid: 'wk-1', sync_token: 'T1' }]);
    const again = await post(push);
    expect(again.status).toBe(403);
  });

  it('refuses a wrong signature and a stale timestamp and records nothing', async () => {
    const forged = signedKfPush({ ...secrets, token: 'SomeoneElse' }, { openKfId: 'wk-2', token: 'T2' });
    expect((await post(forged)).status).toBe(401);
    const stale = signedKfPush(
      secrets,
      { openKfId: 'wk-2', token: 'T2' },
      { timestamp: Math.floor(Date.now() / 1000) - 301 },
    );
    expect((await post(stale)).status).toBe(403);
    const other = signedKfPush({ ...secrets, corpId: 'ww-other' }, { openKfId: 'wk-2', token: 'T2' });
    expect((await post(other)).status).toBe(403);
    expect((await wakeUps()).map((w) => w.open_kfid)).toEqual(['wk-1']);
  });
});
