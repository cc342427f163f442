import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../lib/free-port.js';
import { launchChromium } from '../web/e2e/browser.js';
import { ApiClient } from './api-client.js';

const root = new URL('..', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;

/** A newcomer's machine: the repository's HEAD cloned into a fresh folder outside the work tree, installed as the README says. */
let home: string;
let clone: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'liaodan-newcomer-'));
  chmodSync(home, 0o755); // a folder the postgres user can enter, like a normal user's home
  clone = join(home, 'liaodan');
  // The commit checked out here (a worktree's HEAD too, which a plain clone of the repository would not give).
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim();
  execFileSync('git', ['clone', '--quiet', '--no-checkout', root, clone]);
  execFileSync('git', ['checkout', '--quiet', head], { cwd: clone });
  // `npm ci` exactly as the README says; the npm cache of the checkout that runs the tests makes it offline.
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: clone,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
}, 240_000);

/** Redis ports of every run, so that a failed test still leaves nothing running. */
const redisPorts: number[] = [];

afterAll(() => {
  spawnSync('pkill', ['-KILL', '-f', clone]);
  for (const port of redisPorts) spawnSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave']);
  rmSync(home, { recursive: true, force: true });
});

interface Running {
  url: string;
  /** npm's exit: 0, or the signal it passes on once its script has ended (as in a terminal). */
  exit: Promise<number | NodeJS.Signals | null>;
  output: () => string;
  signal: (signal: NodeJS.Signals) => void;
}

interface Ports {
  pg: number;
  redis: number;
  api: number;
}

/** `npm start` in the clone, with only PATH, HOME and the ports set; resolves when the banner is out. */
async function npmStart(ports: Ports, as?: { uid: number; gid: number; home: string }): Promise<Running> {
  const child = spawn('npm', ['start'], {
    cwd: clone,
    env: {
      PATH: process.env.PATH,
      HOME: as?.home ?? process.env.HOME,
      LOCAL_PG_PORT: String(ports.pg),
      LOCAL_REDIS_PORT: String(ports.redis),
      API_PORT: String(ports.api),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as in a terminal: Ctrl-C signals the whole group (npm, its shell, liaodan).
    detached: true,
    ...(as && { uid: as.uid, gid: as.gid }),
  });
  let out = '';
  const exit = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      // The log line (stderr) and the banner (stdout) come through two pipes, in either order.
      const m = /"chat":"(http:\/\/[^"]+)\/chat"/.exec(out);
      if (m?.[1] && out.includes('按 Ctrl-C 停止')) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => reject(new Error(`npm start exited ${code}:\n${out}`)));
  });
  return { url, exit, output: () => out, signal: (s) => process.kill(-(child.pid as number), s) };
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A demo customer, signed in through the personal link the demo panel lists. */
async function demoCustomer(url: string, id: string): Promise<ApiClient> {
  const demo = (await (await fetch(`${url}/chat/api/demo-accounts`)).json()) as {
    customers: { id: string; url: string }[];
  };
  const link = demo.customers.find((c) => c.id === id);
  if (!link) throw new Error(`no demo customer ${id}`);
  return ApiClient.customer(url, new URL(link.url).pathname);
}

async function say(customer: ApiClient, text: string): Promise<string> {
  const res = await customer.post('/chat/api/messages', { text });
  expect(res.status).toBe(200);
  return ((await res.json()) as { replies: string[] }).replies.join('\n');
}

async function orderStatus(ports: Ports, no: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${ports.pg}/postgres` });
  await client.connect();
  try {
    const r = await client.query<{ status: string }>('select status from orders where number = $1', [no]);
    return r.rows[0]?.status;
  } finally {
    await client.end();
  }
}

async function until<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Processes of the clone still running a few seconds after npm returned (none, when Ctrl-C stopped everything). */
async function leftOver(): Promise<string> {
  const pids = () => spawnSync('pgrep', ['-f', clone]).stdout.toString();
  await until(async () => (pids() === '' ? true : undefined), 10_000);
  return pids();
}

/** Chromium opens `/`, lands on the back office's sign-in page and finds its form rendered by the app's script. */
async function backOfficeRenders(url: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}/`);
    await page.waitForURL(/\/admin\/login/);
    await page.locator('#login-name').waitFor({ timeout: 15_000 });
    expect(await page.locator('h1').textContent()).toContain('后台登录');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
}

/** Orders through the chat, sees it approved by the workers, stops with Ctrl-C, starts again and finds it. */
async function newcomerRun(as?: { uid: number; gid: number; home: string }): Promise<void> {
  const ports = { pg: await freePort(), redis: await freePort(), api: await freePort() };
  redisPorts.push(ports.redis);
  const first = await npmStart(ports, as);
  expect(first.output()).toContain('客户聊天');
  expect(first.output()).toContain('演示员工');
  expect(first.output()).toMatch(/"products":\d{3}.*demo data loaded/);
  const health = await fetch(`${first.url}/healthz`);
  expect(await health.json()).toMatchObject({
    ok: true,
    failing: [],
    checks: {
      postgres: { ok: true },
      redis: { ok: true },
      worker: { ok: true },
      outbox: { ok: true },
      bot: { ok: true },
    },
  });
  expect((await fetch(`${first.url}/chat`)).status).toBe(200);
  // The back office was built by `npm start` and renders: `/` leads a visitor to its sign-in page.
  await backOfficeRenders(first.url);

  const wang = await demoCustomer(first.url, 'c-wang-zxd');
  expect(await say(wang, '海螺水泥 50袋')).toMatch(/要哪一种/);
  await say(wang, '32.5');
  const confirmed = await say(wang, '确认');
  const no = /订单号 (LD-\d{8}-\d{4,})/.exec(confirmed)?.[1] as string;
  expect(no).toMatch(/^LD-/);
  const approved = await until(
    async () => ((await orderStatus(ports, no)) === 'approved' ? true : undefined),
    20_000,
  );
  expect(approved).toBe(true);

  first.signal('SIGINT');
  expect([0, 'SIGINT']).toContain(await first.exit);
  expect(await leftOver()).toBe('');
  for (const port of Object.values(ports)) expect(await portAnswers(port)).toBe(false);

  const second = await npmStart(ports, as);
  expect(second.output()).not.toContain('demo data loaded');
  expect(await orderStatus(ports, no)).toBe('approved');
  second.signal('SIGINT');
  expect([0, 'SIGINT']).toContain(await second.exit);
  expect(await leftOver()).toBe('');
}

describe('npm start from a fresh clone', () => {
  it('serves the chat, runs an order through the workers, stops everything on Ctrl-C and keeps the data', async () => {
    await newcomerRun();
  }, 180_000);

  (isRoot ? it : it.skip)(
    'does the same for a user who is not root (the postgres user, which every such machine has)',
    async () => {
      rmSync(join(clone, 'data'), { recursive: true, force: true });
      const npmHome = join(home, 'npm-home');
      mkdirSync(npmHome);
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      execFileSync('chown', ['-R', `${uid}:${gid}`, clone, npmHome]);
      await newcomerRun({ uid, gid, home: npmHome });
    },
    180_000,
  );
});

describe('liaodan with a wrong setting', () => {
  it('stops with the variable name', () => {
    const r = spawnSync(process.execPath, ['bin/liaodan.js', 'migrate'], {
      cwd: root,
      env: { PATH: process.env.PATH, DATABASE_URL: 'mysql://localhost/shop' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('DATABASE_URL: must be a postgres:// URL');
  });
});
