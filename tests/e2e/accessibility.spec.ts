// Every screen and state a person meets, checked with axe (0 violations), in the light and the dark theme.
// Screens are reached the way a person reaches them, through the simulator.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expect, openParley, parleyUrl, test } from './fixtures';

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
    test.describe.configure({ timeout: 360_000 });

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
  });
}
