// Every screen and state a person meets, checked with axe (0 violations), in the light and the dark theme.
// Screens are reached the way a person reaches them, through the simulator.
import type { Page } from '@playwright/test';
import { axeResults, expectNoAxeViolations } from './accessibility';
import { expect, openParley, parleyUrl, test } from './fixtures';
import { startCalendarFeedServer } from './kioskCalendarFeed';
import { startKioskHostProcess } from './kioskProcesses';

async function leave(...pages: Page[]): Promise<void> {
  for (const page of pages) {
    const button = page.getByRole('button', { name: 'Leave', exact: true });
    if (await button.isVisible()) await button.click();
    await page.context().close();
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    // An axe run over a live meeting page takes tens of seconds on a loaded machine.
    test.describe.configure({ timeout: 900_000 });

    test('join screen, PIN prompt, reception prompt and SSO choice', async ({ browser, sim, hostUrl }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.pin', name: 'Pat', join: false }));
      await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();
      await expectNoAxeViolations(page, `join (${colorScheme})`);

      await page.getByRole('button', { name: 'Join' }).click();
      await expect(page.getByRole('alert')).toContainText(/PIN/i);
      await expectNoAxeViolations(page, `PIN prompt (${colorScheme})`);

      await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.reception', name: 'Rita' }));
      await expect(page.getByLabel('Meeting extension')).toBeVisible();
      await expectNoAxeViolations(page, `reception prompt (${colorScheme})`);

      await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Sam' }));
      await expect(page.getByRole('button', { name: /^Sign in with / }).first()).toBeVisible();
      await expectNoAxeViolations(page, `SSO choice (${colorScheme})`);

      await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.nowhere', name: 'Nora' }));
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, `join error (${colorScheme})`);
      await context.close();
    });

    test('meeting with roster, chat, captions, host menu, and disconnected', async ({ browser, sim, hostUrl }) => {
      const host = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', pin: '1234', name: 'Hana Host' });
      await host.emulateMedia({ colorScheme });
      const guest = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Gus Guest' });
      await guest.emulateMedia({ colorScheme });
      const roster = host.getByRole('region', { name: 'Participants' });
      await expect(roster.getByRole('listitem').filter({ hasText: 'Gus Guest' })).toBeVisible();

      const chat = guest.getByRole('region', { name: 'Chat' });
      await chat.getByRole('textbox', { name: 'Message' }).fill('Hello host');
      await chat.getByRole('button', { name: 'Send' }).click();
      await expect(host.getByRole('region', { name: 'Chat' })).toContainText('Hello host');
      await host.getByRole('button', { name: 'Show captions' }).click();
      await expect(host.getByRole('region', { name: 'Captions' })).toContainText(/\w/, { timeout: 20_000 });
      await expectNoAxeViolations(host, `meeting as host (${colorScheme})`);
      await expectNoAxeViolations(guest, `meeting as guest (${colorScheme})`);

      await roster.getByRole('button', { name: 'More actions for Gus Guest' }).click();
      await expect(host.getByRole('menu')).toBeVisible();
      await expectNoAxeViolations(host, `participant menu (${colorScheme})`);
      await host.keyboard.press('Escape');

      await host.getByRole('button', { name: 'Caption history' }).click();
      await expect(host.getByRole('region', { name: 'Caption history' })).toBeVisible();
      await expectNoAxeViolations(host, `caption history (${colorScheme})`);

      await sim.post('/_sim/disconnect', { alias: 'meet.guest', displayName: 'Gus Guest', reason: 'Disconnected by an administrator' });
      await expect(guest.getByRole('button', { name: 'Rejoin' })).toBeVisible();
      await expectNoAxeViolations(guest, `disconnected (${colorScheme})`);
      await leave(guest, host);
    });

    test('host controls, their dialogs, breakout rooms and presentation layouts', async ({ browser, sim, hostUrl }) => {
      const host = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', pin: '1234', name: 'Hana Axe' });
      await host.emulateMedia({ colorScheme });
      const guest = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Gus Axe' });
      await guest.emulateMedia({ colorScheme });
      const roster = host.getByRole('region', { name: 'Participants' });
      await expect(roster.getByRole('listitem').filter({ hasText: 'Gus Axe' })).toBeVisible();

      await host.getByText('More host controls').click();
      await expect(host.getByRole('button', { name: 'End meeting for everyone' })).toBeVisible();
      await expectNoAxeViolations(host, `more host controls (${colorScheme})`);

      await host.getByRole('button', { name: 'End meeting for everyone' }).click();
      await expect(host.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(host, `end-meeting confirmation (${colorScheme})`);
      await host.keyboard.press('Escape');
      await expect(host.getByRole('alertdialog')).toHaveCount(0);

      await roster.getByRole('button', { name: 'More actions for Gus Axe' }).click();
      await host.getByRole('menu').getByRole('menuitem', { name: 'Send DTMF' }).click();
      await expect(host.getByRole('dialog', { name: 'Send DTMF to Gus Axe' })).toBeVisible();
      await expectNoAxeViolations(host, `participant dialog (${colorScheme})`);
      await host.keyboard.press('Escape');

      const panel = host.getByRole('region', { name: 'Breakout rooms' });
      await panel.getByRole('button', { name: 'Show breakout rooms' }).click();
      await expect(panel.getByRole('spinbutton', { name: 'Number of rooms' })).toBeVisible();
      await expectNoAxeViolations(host, `breakout setup (${colorScheme})`);
      await panel.getByRole('spinbutton', { name: 'Number of rooms' }).fill('1');
      await panel.getByRole('button', { name: 'Open rooms' }).click();
      await expect(guest.getByRole('region', { name: 'Your breakout room' })).toBeVisible({ timeout: 30_000 });
      await expect(panel.getByRole('button', { name: 'Close all rooms' })).toBeVisible();
      await expectNoAxeViolations(host, `breakout rooms open (${colorScheme})`);
      await expectNoAxeViolations(guest, `in a breakout room (${colorScheme})`);
      await panel.getByRole('button', { name: 'Close all rooms' }).click();
      await host.getByRole('alertdialog').getByRole('button', { name: 'Close all rooms' }).click();
      await expect(guest.getByRole('region', { name: 'Your breakout room' })).toHaveCount(0, { timeout: 30_000 });

      await guest.getByRole('button', { name: 'Share screen' }).click();
      await expect(guest.getByRole('region', { name: 'Presenting' })).toBeVisible();
      await expect(host.getByRole('region', { name: 'Received presentation' })).toBeVisible({ timeout: 30_000 });
      await expectNoAxeViolations(guest, `presenting (${colorScheme})`);
      for (const layout of ['Presentation large', 'Side by side', 'Swapped']) {
        await host.getByRole('radio', { name: layout }).check();
        await expectNoAxeViolations(host, `presentation layout "${layout}" (${colorScheme})`);
      }
      await guest.getByRole('button', { name: 'Stop sharing' }).click();
      await leave(guest, host);
    });

    test('Settings, Call statistics, Audio and video settings and Keyboard shortcuts', async ({ browser, sim, hostUrl }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Sid Settings', join: false }));
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `Settings (${colorScheme})`);
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'Join' }).click();
      await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();

      await page.getByRole('button', { name: 'Call statistics', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Call statistics' })).toBeVisible();
      await expectNoAxeViolations(page, `Call statistics (${colorScheme})`);
      await page.getByRole('button', { name: 'Audio and video settings' }).click();
      await expect(page.getByRole('region', { name: 'Audio and video settings' })).toBeVisible();
      await expectNoAxeViolations(page, `Audio and video settings (${colorScheme})`);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoAxeViolations(page, `Keyboard shortcuts (${colorScheme})`);
      await page.keyboard.press('Escape');
      await leave(page);
    });

    test('every kiosk screen: waiting to join, administrator, room setup, in the meeting, reconnecting', async ({ browser, sim }) => {
      const kiosk = await startKioskHostProcess({ node: sim.url, alias: 'meet.test', displayName: 'Room Axe', autoJoin: false, adminPin: '2468' });
      try {
        const page = await (await browser.newContext({ colorScheme })).newPage();
        await page.goto(kiosk.url);
        await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();
        await expectNoAxeViolations(page, `kiosk waiting to join (${colorScheme})`);

        await page.keyboard.press('Control+Alt+Shift+K');
        const admin = page.getByRole('dialog', { name: 'Administrator' });
        await expect(admin).toBeVisible();
        await expectNoAxeViolations(page, `kiosk administrator (${colorScheme})`);
        await admin.getByLabel('Admin PIN').fill('2468');
        await admin.getByRole('button', { name: 'Room setup' }).click();
        await expect(page.getByRole('heading', { name: 'Room setup' })).toBeVisible();
        await expectNoAxeViolations(page, `kiosk room setup (${colorScheme})`);
        await page.getByRole('button', { name: 'Cancel' }).click();

        await page.getByRole('button', { name: 'Join' }).click();
        await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible({ timeout: 30_000 });
        await expectNoAxeViolations(page, `kiosk in the meeting (${colorScheme})`);

        await sim.post('/_sim/maintenance', { enabled: true });
        await sim.post('/_sim/disconnect', { alias: 'meet.test', displayName: 'Room Axe', reason: 'Node entering maintenance' });
        await expect(page.getByRole('heading', { name: 'Reconnecting' })).toBeVisible({ timeout: 30_000 });
        await expectNoAxeViolations(page, `kiosk reconnecting (${colorScheme})`);
        await page.context().close();
      } finally {
        await sim.post('/_sim/maintenance', { enabled: false });
        await kiosk.stop();
      }
    });

    test('kiosk calendar: the room screen with Now, Next and Join, and the meeting with its calendar bar', async ({ browser, sim }) => {
      const feed = await startCalendarFeedServer();
      const minute = 60_000;
      const at = (offset: number) => new Date(Math.floor((Date.now() + offset) / 1000) * 1000);
      // Under way now (joinable: Join shows, since this room waits for Join) and one later without a meeting.
      feed.serve([
        { uid: 'axe-now', title: 'Design review', start: at(-10 * minute), end: at(50 * minute), location: 'meet.alice' },
        { uid: 'axe-next', title: 'Lunch', start: at(90 * minute), end: at(120 * minute), location: 'Canteen' },
      ]);
      const kiosk = await startKioskHostProcess({ node: sim.url, displayName: 'Room Calendar Axe', autoJoin: false, calendar: feed.url, alias: 'meet.alice' });
      try {
        const page = await (await browser.newContext({ colorScheme })).newPage();
        await page.goto(kiosk.url);
        await expect(page.getByRole('region', { name: 'Now' })).toContainText('Design review');
        await expect(page.getByRole('region', { name: 'Next' })).toContainText('Lunch');
        await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();
        await expectNoAxeViolations(page, `kiosk calendar (${colorScheme})`);

        await page.getByRole('button', { name: 'Join' }).click();
        await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible({ timeout: 30_000 });
        await expect(page.getByRole('region', { name: 'Now' })).toContainText('Design review');
        await expectNoAxeViolations(page, `kiosk calendar in the meeting (${colorScheme})`);
        await page.getByRole('button', { name: 'Leave' }).click();
        await page.context().close();
      } finally {
        await kiosk.stop();
        await feed.close();
      }
    });
  });
}

test.afterAll(() => {
  // The figures the closing note quotes: every screen checked, with axe's counts.
  for (const result of axeResults) console.log(`axe: ${result.screen}: ${result.violations} violations, ${result.passes} rules passed`);
});
