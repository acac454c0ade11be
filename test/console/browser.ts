import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { consoleBuilt, CONSOLE_DIST, ensureConsoleBuilt } from '../../server/console.js';
import { passwordOf } from '../helpers/hub.js';

/** Where the journeys leave their screenshots (gitignored; the README names it). */
export const SCREENSHOTS = path.resolve('test-artifacts', 'screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `npm ci` builds the console; when a checkout has no build yet, the first test file builds it while the
 * others wait (a directory is the lock: mkdir is atomic).
 */
export async function ensureBuilt(): Promise<void> {
  if (consoleBuilt()) return;
  const lock = `${CONSOLE_DIST}.lock`;
  try {
    fs.mkdirSync(lock, { recursive: false });
  } catch {
    const deadline = Date.now() + 180_000;
    while (!consoleBuilt()) {
      if (Date.now() > deadline) throw new Error('console build did not finish');
      await new Promise((r) => setTimeout(r, 500));
    }
    return;
  }
  try {
    await ensureConsoleBuilt(() => {});
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function launch(): Promise<Browser> {
  await ensureBuilt();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

/** A page as a person in Beijing sees it, on a 1366-pixel-wide screen. */
export async function openPage(browser: Browser, width = 1366): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function signIn(page: Page, baseUrl: string, username: string, password = passwordOf(username)): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出' }).waitFor();
}

/**
 * Clicks a dialog's 确定 and waits until the dialog has closed. When the step fails, the console keeps the dialog open
 * and says why in a message: the test then fails with that sentence instead of a bare timeout further on.
 */
export async function confirmDialog(page: Page, dialogName: string, okText = '确定'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: okText }).click();
  const failed = page.locator('.ant-message-error');
  await Promise.race([
    dialog.waitFor({ state: 'hidden' }),
    failed.first().waitFor().then(async () => { throw new Error(`「${dialogName}」未完成：${await failed.first().innerText()}`); }),
  ]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation { id: string; impact: string; help: string; nodes: string[] }

/** axe-core on the page as it is now: the serious and critical violations (the bar is none). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the console keeps its CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // Colours are judged at rest: a button still fading between its states (Ant Design's transitions) would be
  // measured half-way. Every running CSS transition and animation is let finish first.
  // Endless ones (a spinner) are left alone, and nothing is waited for more than 3 s.
  const settle = (): Promise<unknown> => page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    return Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 3000))]);
  });
  const run = (): Promise<Violation[]> => page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  await settle();
  const first = await run();
  if (!first.some((v) => v.id === 'color-contrast')) return first;
  // A notice that starts fading in while axe runs (a mutation's answer arriving then) is measured half-way; once
  // more at rest, a real contrast fault is found again and a passing fade is not (seen once in CI under load).
  await settle();
  return run();
}

/** Visible text of the main region: what the person reads. */
export const mainText = (page: Page): Promise<string> => page.locator('main').innerText();

/** No enum name or UUID on screen. */
export function expectNoCodes(raw: string): void {
  // A link may carry an id (the Weibo post's portal link does); prose may not.
  const text = raw.replace(/https?:\/\/\S+/g, '');
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/\b(DRAFT|IN_REVIEW|APPROVED|REJECTED|SCHEDULED|PUBLISHED|RETRACTED|EDITOR|REVIEWER|CHANNEL_ADMIN|OVERSEER|ADMIN|PORTAL|WECHAT|WEIBO|id_card|mobile|person_name|classification_mark)\b/);
}
