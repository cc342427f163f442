import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** BullMQ's Lua scripts by the SHA1 Redis knows them by (EVALSHA), read from the installed package. */
export function bullmqScriptNames(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('bullmq')), 'scripts');
  const names = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (!/^[A-Za-z]+-\d+\.js$/.test(file)) continue;
    const loaded = require(join(dir, file)) as Record<string, { name: string; content: string }>;
    for (const script of Object.values(loaded))
      names.set(createHash('sha1').update(script.content).digest('hex'), script.name);
  }
  return names;
}
