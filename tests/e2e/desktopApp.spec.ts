// What the renderer shows of the installed app, through the browser host: a pasted Pexip web app
// link joins, Recent meetings rejoin with one click, and the Settings screen keeps what is changed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { withPageQuery } from '../host/pageAddress';
import { expect, parleyUrl, test, type SimulatorControl } from './fixtures';

async function participant(sim: SimulatorControl, alias: string, name: string) {
  const state = (await sim.state()) as unknown as {
    rooms: { alias: string; participants: { display_name: string; is_client_muted: boolean }[] }[];
  };
  return state.rooms.find((room) => room.alias === alias)?.participants.find((p) => p.display_name === name);
}

/** A paste into the focused field, as the clipboard delivers it. */
async function paste(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  // A string: the e2e project compiles without the DOM library.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

async function openJoinScreen(hostUrl: string, page: Page): Promise<void> {
  await page.goto(withPageQuery(hostUrl, ''));
  await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
}

test('a Pexip web app link pasted into Meeting joins with its name and choices; Recent meetings rejoins it in one click', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await openJoinScreen(hostUrl, page);
  await paste(page, 'Meeting', `${sim.url}/webapp/#/?conference=meet.alice&name=Lina%20Link&muteMicrophone=1&unknown=x`);
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Lina Link' })).toBeVisible();
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Lina Link'))?.is_client_muted).toBe(true);
  await page.getByRole('button', { name: 'Leave' }).click();

  const recent = page.locator('section.recent');
  await expect(recent.getByRole('heading', { name: 'Recent meetings' })).toBeVisible();
  // The host's store is shared by every spec in the run: pick this simulator's entry by its address.
  const rejoin = recent.getByRole('button', { name: `Alice's VMR meet.alice on ${sim.url}`, exact: true });
  await expect(rejoin).toBeVisible();
  await rejoin.click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Lina Link')) !== undefined).toBe(true);
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('a pasted link to an http:// node elsewhere is refused in words and joins nothing', async ({ browser, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await openJoinScreen(hostUrl, page);
  await paste(page, 'Meeting', 'http://meet.example.com/webapp/#/?conference=team&name=Eve');
  await expect(page.getByRole('alert')).toContainText('unencrypted');
  await expect(page.getByRole('button', { name: 'Leave' })).toHaveCount(0);
  await page.context().close();
});

test('the Settings screen keeps your name, theme and saved nodes, and they prefill the join screen', async ({ browser, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await openJoinScreen(hostUrl, page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  for (const section of ['Joining', 'Conferencing nodes', 'Notifications', 'Desktop', 'Appearance', 'Network', 'Updates']) {
    await expect(page.getByRole('region', { name: section })).toBeVisible();
  }
  expect((await new AxeBuilder({ page }).include('.settings-screen').analyze()).violations).toEqual([]);

  await page.getByLabel('Your name').fill('Sam Settings');
  await page.getByLabel('Your name').press('Tab');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Add a conferencing node').fill('meet.example.com');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Saved conferencing nodes' })).toContainText('meet.example.com');
  await expect(page.getByRole('radio', { name: 'meet.example.com' })).toBeChecked();
  await page.getByLabel('Proxy address').fill('not a proxy');
  await page.getByLabel('Proxy address').press('Tab');
  await expect(page.getByRole('alert')).toContainText('The proxy address must be');

  // A reloaded page (as after a restart) reads them back from the store.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Settings');
  await expect(page.getByLabel('Conferencing node')).toHaveValue('meet.example.com');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Remove meet.example.com' }).click();
  await expect(page.getByText('No saved conferencing nodes.')).toBeVisible();
  await page.getByRole('radio', { name: 'Same as the system' }).check();
  // The host's store outlives this test: leave the name as it was for the specs after it.
  await page.getByLabel('Your name').fill('');
  await page.getByLabel('Your name').press('Tab');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
  await page.context().close();
});

test('"Keyboard shortcuts" lists the shortcuts; M mutes; Space held while muted talks ("Talking") and letting go mutes again', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Pia Push', extra: { muteMicrophone: '1' } }));
  await expect(page.getByRole('button', { name: 'Unmute microphone' })).toBeVisible();
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Pia Push'))?.is_client_muted).toBe(true);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('row', { name: /Leave the meeting/ })).toContainText('Ctrl+Shift+L');
  await expect(dialog.getByRole('row', { name: /push-to-talk/ })).toContainText('Hold Space');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.down('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Talking' })).toBeVisible();
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Pia Push'))?.is_client_muted).toBe(false);
  await page.keyboard.up('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Talking' })).toHaveCount(0);
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Pia Push'))?.is_client_muted).toBe(true);

  await page.keyboard.press('m');
  await expect(page.getByRole('button', { name: 'Mute microphone' })).toBeVisible();
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Pia Push'))?.is_client_muted).toBe(false);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
  await page.context().close();
});

test('the system-wide shortcut keys are changed by pressing them; refused keys are said in words and the old keys stay', async ({ browser, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await openJoinScreen(hostUrl, page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const desktop = page.getByRole('region', { name: 'Desktop' });
  const keys = desktop.getByRole('group', { name: 'Keys for the system-wide shortcuts' });
  await expect(keys).toContainText('Mute or unmute from other apps');
  await expect(keys.locator('kbd').first()).toHaveText('Ctrl+Alt+M');
  await expect(keys.locator('kbd').nth(1)).toHaveText('Ctrl+Alt+Space');
  const change = keys.getByRole('button', { name: 'Change the keys for Mute or unmute from other apps' });
  const capture = keys.getByLabel('Press the new keys for Mute or unmute from other apps (Escape cancels)');

  // A shortcut Parley uses in its own window (Leave) is refused.
  await change.click();
  await expect(capture).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  await expect(keys.getByRole('alert')).toHaveText('Parley already uses Ctrl+Shift+L in its own window. Ctrl+Alt+M stays.');
  await expect(change).toBeFocused();
  // A key with no modifier is refused; Escape cancels.
  await change.click();
  await page.keyboard.press('k');
  await expect(keys.getByRole('alert')).toHaveText(/^K cannot be used: hold at least one modifier/);
  await change.click();
  await page.keyboard.down('Control');
  await expect(capture).toHaveValue('Ctrl+…');
  await page.keyboard.up('Control');
  await page.keyboard.press('Escape');
  await expect(keys.getByRole('status')).toHaveText('Not changed: Mute or unmute from other apps stays Ctrl+Alt+M.');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  await change.click();
  await page.keyboard.press('Control+Alt+K');
  await expect(keys.getByRole('status')).toHaveText('Mute or unmute from other apps: now Ctrl+Alt+K.');
  await keys.getByRole('button', { name: 'Change the keys for Talk from other apps (hold the keys)' }).click();
  await page.keyboard.press('Control+Alt+K');
  await expect(keys.getByRole('alert')).toHaveText('Ctrl+Alt+K is already the other system-wide shortcut. Ctrl+Alt+Space stays.');
  expect((await new AxeBuilder({ page }).include('.settings-screen').analyze()).violations).toEqual([]);

  // Kept in the store: a reload reads them back. Then the keys go back for the specs after this one.
  await page.reload();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(keys.locator('kbd').first()).toHaveText('Ctrl+Alt+K');
  await change.click();
  await page.keyboard.press('Control+Alt+M');
  await expect(keys.getByRole('status')).toHaveText('Mute or unmute from other apps: now Ctrl+Alt+M.');
  await page.context().close();
});
