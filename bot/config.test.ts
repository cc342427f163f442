import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfig } from '../lib/config.js';
import { BotConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://localhost/x', REDIS_URL: 'redis://localhost:6379' };

describe('BotConfig', () => {
  it('runs without WeChat by default', () => {
    const c = parseConfig(BotConfig, base);
    expect(c).toMatchObject({ WECHATY_PUPPET: 'none', BOT_CHANNEL: 'wechat', SESSION_TTL_SECONDS: 86400 });
  });

  it('names the missing token when the puppet service is chosen without one', () => {
    expect(() => parseConfig(BotConfig, { ...base, WECHATY_PUPPET: 'wechaty-puppet-service' })).toThrow(
      /WECHATY_PUPPET_SERVICE_TOKEN: is required/,
    );
  });

  it('reads mention nicknames as a list', () => {
    const c = parseConfig(BotConfig, { ...base, BOT_MENTION_NAMES: '小助手, 聊单 ' });
    expect(c.BOT_MENTION_NAMES).toEqual(['小助手', '聊单']);
  });

  it('refuses a non-numeric session TTL', () => {
    expect(() => parseConfig(BotConfig, { ...base, SESSION_TTL_SECONDS: 'soon' })).toThrow(ConfigError);
  });
});
