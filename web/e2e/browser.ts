import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../auth/demo-accounts.js';

/**
 * Where screenshots go: SCREENSHOT_DIR (e.g. docs/screenshots, to refresh the README's pictures) or a folder the
 * tests leave in the system's temp dir.
 */
export const SHOTS = process.env.SCREENSHOT_DIR ?? join(process.env.TMPDIR ?? '/tmp', 'liaodan-web-shots');
mkdirSync(SHOTS, { recursive: true });

/** Debian's chromium, headless, as api/chat-page.test.ts runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/** A page of its own (cookies never shared), Beijing time, Chinese, recording console errors and failed requests. */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  opts: { width?: number; height?: number; mobile?: boolean } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1,
    ...(opts.mobile && { isMobile: true, hasTouch: true }),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, context, errors, close: () => context.close() };
}

/** Signs in through the login page and waits for the desk. */
export async function signIn(page: Page, base: string, login: string): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.locator('#login-name').fill(login);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/admin\/desk$/);
  await page.locator('[data-test=who]').waitFor();
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0)); // sticky header and menu where a person sees them
  await page.waitForTimeout(300); // transitions and chart animations settle
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Every form control on the page has a label a screen reader announces (label[for], aria-label or aria-labelledby). */
export async function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('input, select, textarea'))) {
      const input = el as HTMLInputElement;
      if (input.type === 'hidden' || input.closest('[aria-hidden=true]') || input.offsetParent === null)
        continue;
      const labelled =
        input.getAttribute('aria-label') ||
        input.getAttribute('aria-labelledby') ||
        (input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`)) ||
        input.closest('label');
      if (!labelled) out.push(input.outerHTML.slice(0, 160));
    }
    return out;
  });
}

/** The menu entries the layout shows. */
export async function menuTitles(page: Page): Promise<string[]> {
  return (await page.locator('.el-aside .el-menu-item').allTextContents()).map((t) => t.trim());
}
