// Keyboard use and low vision: every control of the join screen is reached by Tab in reading
// order with a visible focus ring and no trap; menus and dialogs take focus, close on Escape and
// give focus back; the layout holds at 200% zoom (a 640×400 CSS-pixel window) and at 800×600.
import type { Page } from '@playwright/test';
import { expect, openParley, parleyUrl, test } from './fixtures';

/** The bits of the page's DOM these checks read (the e2e project has no DOM types). */
interface PageElement {
  tagName: string;
  textContent: string | null;
  labels?: { textContent: string | null }[] | null;
  getAttribute(name: string): string | null;
  contains(other: unknown): boolean;
}
interface PageWindow {
  document: {
    activeElement: PageElement | null;
    body: PageElement;
    documentElement: { scrollWidth: number; clientWidth: number };
  };
  getComputedStyle(element: PageElement): { outlineStyle: string; outlineWidth: string };
}

// Dozens of key presses, each a round trip to a busy browser.
test.describe.configure({ timeout: 300_000 });

interface Focused {
  label: string;
  outline: string;
}

/** What has focus: its accessible-ish name, and its computed outline (the focus ring). */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const win = globalThis as unknown as PageWindow;
    const element = win.document.activeElement;
    if (!element || element === win.document.body) return null;
    const labelled = element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
    const style = win.getComputedStyle(element);
    return { label: `${element.tagName.toLowerCase()}:${labelled.trim().replace(/\s+/g, ' ')}`, outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });
}

async function tabThrough(page: Page, limit: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && seen.some((entry) => entry.label === now.label)) break;
    if (now) seen.push(now);
  }
  return seen;
}

test('the join screen is operable by keyboard in reading order, with focus always visible and no trap', async ({ browser, sim, hostUrl }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Kim Keys', join: false }));
  await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();

  const order = await tabThrough(page, 60);
  const labels = order.map((entry) => entry.label);
  const position = (pattern: RegExp): number => labels.findIndex((label) => pattern.test(label));
  // The fields in the order a person reads them.
  const expected = [/^select:Theme/, /^select:Language/, /^input:Conferencing node/, /^input:Meeting$/, /^input:Your name/, /^input:PIN/, /^button:Join$/];
  const positions = expected.map(position);
  expect(positions.every((at) => at >= 0), labels.join(' | ')).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // Every stop shows a focus ring.
  expect(order.filter((entry) => !/^solid [1-9]/.test(entry.outline)).map((entry) => entry.label)).toEqual([]);
  // No trap: Tab went on past the last control (the loop ended by coming round, not by the limit).
  expect(order.length).toBeLessThan(60);

  // Enter on Join joins.
  await page.getByRole('button', { name: 'Join' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave' }).click();
  await context.close();
});

test('menus and dialogs take focus, close on Escape and give focus back', async ({ browser, sim, hostUrl }) => {
  const host = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', pin: '1234', name: 'Hana Keys' });
  const guest = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Gus Keys' });
  const roster = host.getByRole('region', { name: 'Participants' });
  const more = roster.getByRole('button', { name: 'More actions for Gus Keys' });
  await expect(more).toBeVisible();

  await more.focus();
  await host.keyboard.press('Enter');
  const menu = host.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await host.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
  await host.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();

  // The disconnect confirmation: focus inside, Tab stays inside, Escape closes, focus comes back.
  await host.keyboard.press('Enter');
  await menu.getByRole('menuitem', { name: 'Disconnect', exact: true }).focus();
  await host.keyboard.press('Enter');
  const dialog = host.getByRole('alertdialog', { name: 'Disconnect Gus Keys?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  for (let press = 0; press < 4; press += 1) {
    await host.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains((globalThis as unknown as PageWindow).document.activeElement))).toBe(true);
  }
  await host.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(roster.getByRole('listitem').filter({ hasText: 'Gus Keys' })).toHaveCount(1);

  for (const page of [guest, host]) {
    await page.getByRole('button', { name: 'Leave', exact: true }).click();
    await page.context().close();
  }
});

test('at 200% zoom the join screen reflows without losing anything, and the meeting works at 800×600', async ({ browser, sim, hostUrl }) => {
  // 200% zoom of a 1280×800 window is a 640×400 CSS-pixel viewport.
  const zoomed = await browser.newContext({ viewport: { width: 640, height: 400 } });
  const page = await zoomed.newPage();
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Zoe Zoom', join: false }));
  const join = page.getByRole('button', { name: 'Join' });
  await join.scrollIntoViewIfNeeded();
  await expect(join).toBeInViewport();
  const overflow = await page.evaluate(() => {
    const root = (globalThis as unknown as PageWindow).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  for (const label of ['Conferencing node', 'Meeting', 'Your name', 'PIN']) {
    const box = await page.getByLabel(label, { exact: true }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 641, label).toBe(true);
  }
  await zoomed.close();

  const small = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const meeting = await small.newPage();
  await meeting.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Sam Small' }));
  await expect(meeting.getByRole('button', { name: 'Leave' })).toBeVisible();
  const stage = meeting.getByRole('main');
  const withPanel = await stage.boundingBox();
  expect(withPanel && withPanel.width >= 400 && withPanel.height >= 200).toBe(true);
  await expect(meeting.getByRole('region', { name: 'Participants' })).toBeVisible();
  await expect(meeting.getByRole('button', { name: 'Leave' })).toBeInViewport();

  // Folding the side panel gives the video the whole width.
  await meeting.getByRole('button', { name: 'Hide side panel' }).click();
  await expect(meeting.getByRole('region', { name: 'Participants' })).toBeHidden();
  const alone = await stage.boundingBox();
  expect(alone && withPanel && alone.width > withPanel.width + 200).toBe(true);
  await meeting.getByRole('button', { name: 'Show side panel' }).click();
  await expect(meeting.getByRole('region', { name: 'Participants' })).toBeVisible();
  await meeting.getByRole('button', { name: 'Leave' }).click();
  await small.close();
});
