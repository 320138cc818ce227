// Presenting and receiving presentations between browser clients on the simulator, with the fake
// screen Chromium captures under --use-fake-ui-for-media-stream.
import type { Page } from '@playwright/test';
import { expect, expectMeetingVideoFlowing, openParley, test, type SimulatorControl } from './fixtures';
import type { VideoQuality } from './pageTypes';

function presentationVideo(page: Page) {
  return page.getByLabel('Presentation', { exact: true });
}

async function presentationFrames(page: Page): Promise<number> {
  return presentationVideo(page).evaluate((element) => (element as unknown as VideoQuality).getVideoPlaybackQuality().totalVideoFrames);
}

/** The received presentation decodes frames, and keeps decoding. */
async function expectPresentationFlowing(page: Page): Promise<void> {
  await expect.poll(() => presentationFrames(page), { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await presentationFrames(page);
  await expect.poll(() => presentationFrames(page), { timeout: 15_000 }).toBeGreaterThan(before + 3);
}

async function presentersIn(sim: SimulatorControl, alias: string): Promise<string[]> {
  const state = (await sim.state()) as unknown as {
    rooms: { alias: string; participants: { display_name: string; is_presenting: boolean }[] }[];
  };
  return (state.rooms.find((room) => room.alias === alias)?.participants ?? []).filter((p) => p.is_presenting).map((p) => p.display_name);
}

test('A presents to B, B takes over, and B stopping ends the presentation for A', async ({ browser, sim, hostUrl }) => {
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Presenter' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Viewer' });
  await expectMeetingVideoFlowing(alice);
  await expectMeetingVideoFlowing(bob);

  // A shares: the presenting bar with its preview and Stop sharing; B decodes the presentation.
  await alice.getByRole('button', { name: 'Share screen' }).click();
  const aliceBar = alice.getByRole('region', { name: 'Presenting' });
  await expect(aliceBar).toContainText('You are presenting');
  await expect(aliceBar.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
  await expect(alice.getByRole('button', { name: 'Share screen' })).toHaveCount(0);
  await expect(bob.getByText('Alice Presenter is presenting')).toBeVisible();
  await expectPresentationFlowing(bob);
  await expect.poll(() => presentersIn(sim, 'meet.alice')).toEqual(['Alice Presenter']);

  // B takes over: A stops sending, is told who took over, and receives B's presentation.
  await bob.getByRole('button', { name: 'Share screen' }).click();
  await expect(bob.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');
  await expect(alice.getByRole('status').filter({ hasText: 'Bob Viewer took over the presentation' })).toBeVisible();
  await expect(alice.getByRole('button', { name: 'Stop sharing' })).toHaveCount(0);
  await expect(alice.getByLabel('Shared screen preview')).toHaveCount(0);
  await expect(alice.getByText('Bob Viewer is presenting')).toBeVisible();
  await expect(presentationVideo(bob)).toHaveCount(0);
  await expectPresentationFlowing(alice);
  await expect.poll(() => presentersIn(sim, 'meet.alice')).toEqual(['Bob Viewer']);

  // B stops: the presentation disappears for A, and A may share again.
  await bob.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(presentationVideo(alice)).toHaveCount(0);
  await expect(alice.getByText('Bob Viewer is presenting')).toHaveCount(0);
  await expect(bob.getByRole('button', { name: 'Share screen' })).toBeEnabled();
  await expect(alice.getByRole('button', { name: 'Share screen' })).toBeEnabled();
  await expect.poll(() => presentersIn(sim, 'meet.alice')).toEqual([]);

  await alice.context().close();
  await bob.context().close();
});

test('a guest where guests may not present is refused with a message and sends nothing', async ({ browser, sim, hostUrl }) => {
  const host = await openParley(browser, hostUrl, sim.url, { alias: 'meet.nopresent', name: 'Hana Host', pin: '1234' });
  const guest = await openParley(browser, hostUrl, sim.url, { alias: 'meet.nopresent', name: 'Gus Guest' });
  await expectMeetingVideoFlowing(guest);

  await guest.getByRole('button', { name: 'Share screen' }).click();
  await expect(guest.getByRole('alert')).toContainText('You cannot present in this meeting: Guests cannot present');
  await expect(guest.getByRole('region', { name: 'Presenting' })).toHaveCount(0);
  await expect(guest.getByRole('button', { name: 'Share screen' })).toBeEnabled();
  expect(await presentersIn(sim, 'meet.nopresent')).toEqual([]);
  await expect(host.getByText('Gus Guest is presenting')).toHaveCount(0);
  await expect(presentationVideo(host)).toHaveCount(0);

  await guest.context().close();
  await host.context().close();
});

test('the same presenter shares twice in a row, and the viewer decodes both presentations', async ({ browser, sim, hostUrl }) => {
  // Two shares with their media checks: twice the work of the other tests here.
  test.setTimeout(180_000);
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Presenter' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Viewer' });
  await expectMeetingVideoFlowing(alice);
  await expectMeetingVideoFlowing(bob);

  for (const share of [1, 2]) {
    await alice.getByRole('button', { name: 'Share screen' }).click();
    await expect(alice.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');
    await expect(bob.getByText('Alice Presenter is presenting')).toBeVisible();
    // A new video element each time: its decoded frames count this share's frames only.
    await expectPresentationFlowing(bob);
    await expect.poll(() => presentersIn(sim, 'meet.alice'), { message: `share ${share}` }).toEqual(['Alice Presenter']);
    await alice.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(presentationVideo(bob)).toHaveCount(0);
    await expect.poll(() => presentersIn(sim, 'meet.alice')).toEqual([]);
    await expect(alice.getByRole('button', { name: 'Share screen' })).toBeEnabled();
  }

  await alice.context().close();
  await bob.context().close();
});

test('someone joining mid-presentation receives it, and the presenter stopping ends it', async ({ browser, sim, hostUrl }) => {
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Presenter' });
  await expect(alice.getByRole('button', { name: 'Share screen' })).toBeEnabled();
  await alice.getByRole('button', { name: 'Share screen' }).click();
  await expect(alice.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');

  const carol = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Carol Latecomer' });
  await expect(carol.getByText('Alice Presenter is presenting')).toBeVisible();
  await expectPresentationFlowing(carol);

  // The layout choice and the presentation's own window.
  await carol.getByRole('radio', { name: 'Side by side' }).check();
  await expect(carol.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  const popupOpened = carol.waitForEvent('popup');
  await carol.getByRole('button', { name: 'Open in new window' }).click();
  const popup = await popupOpened;
  await expect(popup.getByLabel('Presentation', { exact: true })).toHaveCount(1);
  // Its styles are a constructed sheet: the app's CSP (inherited by the about:blank window) refuses <style>.
  await expect(popup.locator('header')).toHaveCSS('display', 'flex');
  await expect(presentationVideo(carol)).toHaveCount(0);
  await expect(carol.getByText('The presentation is open in its own window.')).toBeVisible();

  // Stopping (here with the keyboard shortcut) ends it everywhere and closes the window.
  await alice.keyboard.press('Control+Shift+E');
  await expect(alice.getByRole('region', { name: 'Presenting' })).toHaveCount(0);
  await expect(carol.getByText('Alice Presenter is presenting')).toHaveCount(0);
  await expect.poll(() => popup.isClosed()).toBe(true);
  await expect(presentationVideo(carol)).toHaveCount(0);

  await alice.context().close();
  await carol.context().close();
});
