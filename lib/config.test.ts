import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ConfigError, common, parseConfig } from './config.js';

const schema = z.object({
  DATABASE_URL: common.DATABASE_URL,
  REDIS_URL: common.REDIS_URL,
  PORT: z.coerce.number().int().min(1).max(65535),
});

describe('parseConfig', () => {
  it('names a missing variable', () => {
    expect(() => parseConfig(schema, { REDIS_URL: 'redis://x', PORT: '80' })).toThrow(
      /DATABASE_URL: is required/,
    );
  });

  it('names a malformed variable and says what is wrong', () => {
    try {
      parseConfig(schema, { DATABASE_URL: 'mysql://x/y', REDIS_URL: 'redis://x', PORT: 'eighty' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems.map((p) => p.variable).sort()).toEqual(['DATABASE_URL', 'PORT']);
      expect((e as Error).message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    }
  });

  it('treats an empty variable as unset and applies defaults', () => {
    const s = z.object({ LOG_LEVEL: common.LOG_LEVEL });
    expect(parseConfig(s, { LOG_LEVEL: '' })).toEqual({ LOG_LEVEL: 'info' });
  });
});
