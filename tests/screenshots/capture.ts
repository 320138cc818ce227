// npm run screenshots: Parley's screens on the local simulator, captured in Chromium as PNGs under
// docs/screenshots/ (the README shows them), so the pictures stay true to the code.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../bench/browser';
import { startBrowserHost, withPageQuery } from '../host';
import { startSimulator } from '../sim';

const projectRoot = resolve(import.meta.dirname, '../..');
const outDir = resolve(projectRoot, 'docs/screenshots');
const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };
const viewport = { width: 1280, height: 800 };

const simulator = await startSimulator({ port: 0 });
const host = await startBrowserHost({ port: 0, rendererDir: process.env.PARLEY_RENDERER_DIR ?? resolve(projectRoot, 'out/renderer'), logger: silentLogger });
const browser: Browser = await launchChromium();
const pageUrl = (query: Record<string, string>): string =>
  withPageQuery(host.pageUrl, `?${new URLSearchParams({ node: simulator.url, ...query }).toString()}`);

async function open(query: Record<string, string>, options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme: options.colorScheme ?? 'light', locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  await page.goto(pageUrl(query));
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let video frames and the level meter settle so the picture is not mid-transition.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: resolve(outDir, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

await mkdir(outDir, { recursive: true });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const join = await open({ alias: 'meet.alice', name: 'Ada Lovelace' }, { colorScheme });
    await join.getByRole('button', { name: 'Join' }).waitFor();
    await join.getByLabel('Camera preview').waitFor();
    await shoot(join, `join-${colorScheme}`);
    await join.context().close();
  }

  // A meeting with two people, a chat message and captions.
  const other = await open({ alias: 'meet.guest', name: 'Grace Hopper', join: '1' });
  await other.getByRole('button', { name: 'Leave' }).waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await open({ alias: 'meet.guest', name: 'Ada Lovelace', pin: '1234', join: '1' }, { colorScheme });
    await page.getByRole('button', { name: 'Leave' }).waitFor();
    const chat = other.getByRole('region', { name: 'Chat' });
    await chat.getByRole('textbox', { name: 'Message' }).fill(`Hello Ada, the ${colorScheme} theme looks good`);
    await chat.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('region', { name: 'Chat' }).getByText('Hello Ada').waitFor();
    await page.getByRole('button', { name: 'Show captions' }).click();
    await page.getByRole('region', { name: 'Captions' }).getByText(/\w+:/).first().waitFor({ timeout: 30_000 });
    await shoot(page, `meeting-${colorScheme}`);
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.context().close();
  }
  await other.getByRole('button', { name: 'Leave' }).click();
  await other.context().close();

  // Arabic, laid out right to left; German.
  for (const [locale, name] of [['ar-EG', 'join-arabic'], ['de-DE', 'join-german']] as const) {
    const page = await open({ alias: 'meet.alice', name: 'Ada Lovelace' }, { locale });
    await page.locator('html[lang]').waitFor();
    await page.getByLabel('Camera preview').or(page.getByRole('combobox').first()).first().waitFor();
    await shoot(page, name);
    await page.context().close();
  }
} finally {
  await browser.close();
  await host.close();
  await simulator.close();
}
