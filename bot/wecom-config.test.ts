/**
 * The channel's configuration: off unless configured, a partial setup stops the process naming the missing
 * variables, and with only the callback trio set the api answers URL verification (the pull side waits for the
 * secret).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { pino } from 'pino';
import { ApiConfig } from '../api/config.js';
import { startApi } from '../api/main.js';
import { ConfigError, DEV_APP_SECRET, parseConfig } from '../lib/config.js';
import { createTestDb } from '../test/pg.js';
import { testRedisUrl, uniquePrefix } from '../test/redis.js';
import { signedVerification } from '../test/wecom-double/callback-push.js';
import { BotConfig } from './config.js';
import { wecomConfig } from './wecom-config.js';

const trio = {
  WECOM_CORP_ID: 'wwShop01',
  WECOM_CALLBACK_TOKEN: 'Token123',
  WECOM_CALLBACK_AES_KEY: 'x'.repeat(43),
};
const base = { DATABASE_URL: 'postgres://localhost/x', REDIS_URL: 'redis://localhost' };

describe('WeCom configuration', () => {
  it('is off when nothing is set', () => {
    expect(wecomConfig(parseConfig(BotConfig, base))).toEqual({ callback: null, api: null });
  });

  it('answers callbacks with the trio, and pulls once the secret is set too', () => {
    const callbackOnly = wecomConfig(parseConfig(BotConfig, { ...base, ...trio }));
    expect(callbackOnly.callback).toMatchObject({ corpId: 'wwShop01', token: 'Token123' });
    expect(callbackOnly.api).toBeNull();
    const full = wecomConfig(
      parseConfig(BotConfig, { ...base, ...trio, WECOM_KF_SECRET: 's', WECOM_OPEN_KFIDS: 'wk1, wk2' }),
    );
    expect(full.api).toMatchObject({
      apiBase: 'https://qyapi.weixin.qq.com',
      openKfIds: ['wk1', 'wk2'],
      appSecret: DEV_APP_SECRET,
    });
  });

  it('names what is missing or malformed', () => {
    const partial = () => wecomConfig(parseConfig(BotConfig, { ...base, WECOM_CORP_ID: 'wwShop01' }));
    expect(partial).toThrow(ConfigError);
    expect(partial).toThrow(/WECOM_CALLBACK_TOKEN: is required[\s\S]*WECOM_CALLBACK_AES_KEY: is required/);
    expect(() => parseConfig(BotConfig, { ...base, ...trio, WECOM_CALLBACK_AES_KEY: 'short' })).toThrow(
      /WECOM_CALLBACK_AES_KEY: must be the 43 letters/,
    );
    expect(() => wecomConfig(parseConfig(BotConfig, { ...base, ...trio, NODE_ENV: 'production' }))).toThrow(
      /APP_SECRET: set a random secret of at least 32 characters/,
    );
  });

  it('stops `liaodan api` with the variable name', () => {
    const r = spawnSync(process.execPath, ['bin/liaodan.js', 'api'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { PATH: process.env.PATH, ...base, WECOM_CORP_ID: 'wwShop01' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('WECOM_CALLBACK_TOKEN: is required');
  });

  it('lets the api answer URL verification with only the trio set, and refuse a wrong signature', async () => {
    const tdb = await createTestDb();
    const config = parseConfig(ApiConfig, {
      DATABASE_URL: tdb.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix('wecom-api'),
      LOG_LEVEL: 'silent',
      API_PORT: '0',
      CATALOG_RELOAD_SECONDS: '0',
      ...trio,
    });
    const api = await startApi(config, pino({ level: 'silent' }));
    try {
      const query = signedVerification(
        { corpId: trio.WECOM_CORP_ID, token: trio.WECOM_CALLBACK_TOKEN, aesKey: trio.WECOM_CALLBACK_AES_KEY },
        '88889999',
      );
      const ok = await fetch(`${api.url}/wecom/kf/callback?${new URLSearchParams(query)}`);
      expect([ok.status, await ok.text()]).toEqual([200, '88889999']);
      const bad = await fetch(
        `${api.url}/wecom/kf/callback?${new URLSearchParams({ ...query, msg_signature: 'f'.repeat(40) })}`,
      );
      expect(bad.status).toBe(401);
      // A POST that is not JSON reaches the callback (not the api's 415), and is refused for its signature.
      const post = await fetch(`${api.url}/wecom/kf/callback?${new URLSearchParams(query)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: '<xml><Encrypt><![CDATA[abc]]></Encrypt></xml>',
      });
      expect(post.status).toBe(401);
    } finally {
      await api.stop();
      await tdb.drop();
    }
  }, 30_000);
});
