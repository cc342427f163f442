import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

/** The back office's sources (Vue, built by Vite) and where the build goes. */
export const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const BUILD_INFO = join(WEB_DIST, 'build-info.json');
const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));
/** Folders of web/ that are not sources of the page. */
const NOT_SOURCES = new Set(['dist', 'e2e', 'node_modules']);

function sourceFiles(dir: string, top: boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) out.push(path);
    else if (!(top && NOT_SOURCES.has(name))) out.push(...sourceFiles(path, false));
  }
  return out;
}

/** A hash of every source of the web app and of the locked dependency versions: what a build was made from. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(WEB_ROOT, true), LOCK_FILE]) {
    hash.update(relative(WEB_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export type WebBuildState = 'fresh' | 'stale' | 'missing';

/** Whether `web/dist` holds a build of the current sources (a few milliseconds: hashes, no build). */
export function webBuildState(): WebBuildState {
  if (!existsSync(BUILD_INFO) || !existsSync(join(WEB_DIST, 'index.html'))) return 'missing';
  try {
    const info = JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as { sourceHash?: string };
    return info.sourceHash === webSourceHash() ? 'fresh' : 'stale';
  } catch {
    return 'stale';
  }
}

/** Builds the web app with Vite in a child process, then records the sources' hash beside the build. */
export async function buildWeb(log: Logger): Promise<void> {
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  if (!existsSync(vite))
    throw new Error('vite is not installed: run npm ci (the web app is built from sources)');
  const hash = webSourceHash();
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: WEB_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
  writeFileSync(BUILD_INFO, JSON.stringify({ sourceHash: hash, builtAt: new Date().toISOString() }));
  log.info({ ms: Date.now() - started }, 'web app built');
}

/** Builds the web app when it is missing or older than its sources; returns what it found. */
export async function ensureWebBuilt(log: Logger): Promise<WebBuildState> {
  const state = webBuildState();
  if (state !== 'fresh') {
    log.info({ state }, 'building the web app');
    await buildWeb(log);
  }
  return state;
}
