import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ApiConfig } from '../api/config.js';
import { BotConfig } from '../bot/config.js';
import { StartConfig } from '../cli/start-command.js';
import { WorkerConfig } from '../worker/config.js';

function keysOf(schema: z.ZodType): string[] {
  const s = schema as unknown as { shape?: Record<string, unknown>; in?: z.ZodType };
  if (s.shape) return Object.keys(s.shape);
  if (s.in) return keysOf(s.in);
  throw new Error('not an object schema');
}

describe('.env.example', () => {
  it('documents every variable that a process reads', () => {
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const read = new Set([ApiConfig, WorkerConfig, BotConfig, StartConfig].flatMap(keysOf));
    expect([...read].filter((k) => !documented.has(k))).toEqual([]);
  });
});
