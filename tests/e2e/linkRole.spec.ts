// The `role` link parameter through the browser host: a pasted Pexip web app link with role=guest
// joins a room with a host PIN at once as a guest; role=host asks for the host PIN first.
import type { Page } from '@playwright/test';
import { withPageQuery } from '../host/pageAddress';
import { expectNoAxeViolations } from './accessibility';
import { expect, test, type SimulatorControl } from './fixtures';

async function roleOf(sim: SimulatorControl, alias: string, name: string): Promise<string | undefined> {
  const state = (await sim.state()) as unknown as { rooms: { alias: string; participants: { display_name: string; role: string }[] }[] };
  return state.rooms.find((room) => room.alias === alias)?.participants.find((p) => p.display_name === name)?.role;
}

async function pasteIntoMeeting(page: Page, text: string): Promise<void> {
  await page.getByLabel('Meeting', { exact: true }).focus();
  // A string: the e2e project compiles without the DOM library.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

test('role=guest joins a room with a host PIN at once, as a guest, with no PIN prompt', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(withPageQuery(hostUrl, ''));
  await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
  await pasteIntoMeeting(page, `${sim.url}/webapp/#/?conference=meet.guest&name=Gwen%20Guest&role=guest`);
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect.poll(() => roleOf(sim, 'meet.guest', 'Gwen Guest')).toBe('GUEST');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('role=host asks for the host PIN before joining, and the host PIN joins as host', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(withPageQuery(hostUrl, ''));
  await expect(page.getByRole('heading', { name: 'Join a meeting' })).toBeVisible();
  await pasteIntoMeeting(page, `${sim.url}/webapp/#/?conference=meet.guest&name=Hugo%20Host&role=host`);
  await expect(page.getByLabel('PIN')).toBeVisible();
  await expect(page.getByText('Hosts need a PIN; guests may join without one: leave it empty.')).toBeVisible();
  expect(await roleOf(sim, 'meet.guest', 'Hugo Host')).toBeUndefined();
  await expectNoAxeViolations(page, 'host PIN asked by a role=host link');
  await page.getByLabel('PIN').fill('1234');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect.poll(() => roleOf(sim, 'meet.guest', 'Hugo Host')).toBe('HOST');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});
