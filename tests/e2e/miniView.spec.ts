// The mini view in the browser host (the renderer's side; Electron main's window shrinking is covered
// by the wiring test on the Electron fake): "Mini view" shows the meeting video with mute, camera,
// Leave and "Back to full view" at 320x180, reachable by keyboard and clean under axe; while
// presenting it is the presenter's control bar with a live preview, "Stop sharing" and the newest chat.
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expect, meetingVideoFrames, openParley, test, type SimulatorControl } from './fixtures';
import type { VideoQuality } from './pageTypes';

// Two live meetings with media on a shared, often loaded machine.
test.describe.configure({ timeout: 600_000 });
expect.configure({ timeout: 60_000 });

const miniSize = { width: 320, height: 180 };

/** The page's document as the tests read it (the e2e project has no DOM types). */
type PageDocument = { document: { documentElement: { scrollWidth: number }; activeElement: { tagName: string; textContent: string | null } | null } };

// Everyone a test opened leaves, pass or fail, so the next test's meeting starts empty.
const opened: Page[] = [];
test.afterEach(async () => {
  for (const page of opened.splice(0)) await page.context().close();
});
async function join(...args: Parameters<typeof openParley>): Promise<Page> {
  const page = await openParley(...args);
  opened.push(page);
  return page;
}

/** Every control is inside the 320x180 window, nothing cut off. */
async function expectInsideMiniWindow(page: Page, controls: Locator[]): Promise<void> {
  for (const control of controls) {
    const box = await control.boundingBox();
    expect(box, 'a control of the mini view').not.toBeNull();
    if (!box) continue;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(miniSize.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(miniSize.height + 0.5);
  }
  expect(await page.evaluate(() => (globalThis as unknown as PageDocument).document.documentElement.scrollWidth)).toBeLessThanOrEqual(miniSize.width);
}

/** The buttons Tab reaches, in order, starting from the focused one (the page itself, between rounds, is skipped). */
async function tabOrder(page: Page, buttons: number): Promise<string[]> {
  const names: string[] = [];
  for (let press = 0; press < 3 * buttons && names.length < buttons; press += 1) {
    const focused = await page.evaluate(() => {
      const element = (globalThis as unknown as PageDocument).document.activeElement;
      return element?.tagName === 'BUTTON' ? (element.textContent?.trim() ?? '') : null;
    });
    if (focused !== null) names.push(focused);
    await page.keyboard.press('Tab');
  }
  return names;
}

type SimParticipant = { display_name: string; is_client_muted: boolean; is_presenting?: boolean };
async function participant(sim: SimulatorControl, name: string): Promise<SimParticipant | undefined> {
  const state = (await sim.state()) as unknown as { rooms: { alias: string; participants: SimParticipant[] }[] };
  return state.rooms.find((room) => room.alias === 'meet.alice')?.participants.find((p) => p.display_name === name);
}

/** The meeting video decodes frames and keeps decoding (bounds for a loaded machine, not a measure of speed). */
async function expectMeetingVideoFlowing(page: Page): Promise<void> {
  await expect.poll(() => meetingVideoFrames(page), { timeout: 120_000 }).toBeGreaterThan(0);
  const before = await meetingVideoFrames(page);
  await expect.poll(() => meetingVideoFrames(page), { timeout: 60_000 }).toBeGreaterThan(before + 5);
}

async function frames(video: Locator): Promise<number> {
  return video.evaluate((element) => (element as unknown as VideoQuality).getVideoPlaybackQuality().totalVideoFrames);
}

test('"Mini view" at 320x180: the meeting video with mute, camera, Leave and "Back to full view", by keyboard', async ({ browser, sim, hostUrl }) => {
  const page = await join(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Minnie Mini' });
  // Someone to see: the node's picture of a meeting of one has nobody in it.
  const other = await join(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Otto Other' });
  await expectMeetingVideoFlowing(page);
  await page.getByRole('button', { name: 'Mini view', exact: true }).click();
  // Electron main shrinks the window to 320x180; here the page is made that size.
  await page.setViewportSize(miniSize);

  const mini = page.getByRole('region', { name: 'Meeting in mini view' });
  const controls = ['Mute microphone', 'Turn camera off', 'Leave', 'Back to full view'].map((name) => mini.getByRole('button', { name, exact: true }));
  for (const control of controls) await expect(control).toBeVisible();
  await expectInsideMiniWindow(page, [mini.getByLabel('Meeting video'), ...controls]);
  // The video still decodes frames in the small view.
  await expectMeetingVideoFlowing(page);
  await expect(page.getByRole('region', { name: 'Participants' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'mini view');

  // The keyboard starts on the way back and reaches every control.
  await expect(mini.getByRole('button', { name: 'Back to full view' })).toBeFocused();
  expect(await tabOrder(page, 5)).toEqual(['Back to full view', 'Mute microphone', 'Turn camera off', 'Leave', 'Back to full view']);
  await mini.getByRole('button', { name: 'Mute microphone' }).focus();
  await page.keyboard.press('Enter');
  await expect(mini.getByRole('button', { name: 'Unmute microphone', exact: true })).toBeVisible();
  // The node hears it: the mini view's Mute is the meeting's own.
  await expect.poll(async () => (await participant(sim, 'Minnie Mini'))?.is_client_muted).toBe(true);

  await mini.getByRole('button', { name: 'Back to full view' }).focus();
  await page.keyboard.press('Enter');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('region', { name: 'Participants' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mini view', exact: true })).toBeFocused();
  // The microphone stayed muted through the change of view.
  await expect(page.getByRole('button', { name: 'Unmute microphone', exact: true })).toBeVisible();
  for (const person of [page, other]) await person.getByRole('button', { name: 'Leave', exact: true }).click();
});

test('presenting, the mini view is the presenter\'s bar: live preview, "Stop sharing", mute, camera and the newest chat line', async ({ browser, sim, hostUrl }) => {
  const presenter = await join(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Paula Presenter' });
  const viewer = await join(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Vic <b>Viewer</b>' });
  await expectMeetingVideoFlowing(presenter);
  await presenter.getByRole('button', { name: 'Share screen' }).click();
  await expect(presenter.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');
  // No window to move out of the way here: the full view stays until "Mini view".
  await presenter.getByRole('button', { name: 'Mini view', exact: true }).click();
  await presenter.setViewportSize(miniSize);

  const bar = presenter.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('You are presenting');
  const preview = bar.getByLabel('Shared screen preview');
  await expect.poll(() => frames(preview), { timeout: 120_000 }).toBeGreaterThan(0);
  const before = await frames(preview);
  await expect.poll(() => frames(preview), { timeout: 60_000 }).toBeGreaterThan(before + 3);
  const controls = ['Stop sharing', 'Mute microphone', 'Turn camera off', 'Back to full view'].map((name) => bar.getByRole('button', { name, exact: true }));
  for (const control of controls) await expect(control).toBeVisible();
  await expectInsideMiniWindow(presenter, [preview, ...controls]);

  // The newest chat line, as text (the sender's markup is shown, not applied).
  const chat = viewer.getByRole('region', { name: 'Chat' });
  await chat.getByRole('textbox', { name: 'Message' }).fill('Next slide <i>please</i>');
  await chat.getByRole('button', { name: 'Send' }).click();
  await expect(bar.getByRole('status')).toHaveText('Vic <b>Viewer</b>: Next slide <i>please</i>');
  await expect(bar.locator('b, i')).toHaveCount(0);
  await expectNoAxeViolations(presenter, 'presenter bar');

  await expect(bar.getByRole('button', { name: 'Back to full view' })).toBeFocused();
  await bar.getByRole('button', { name: 'Stop sharing' }).focus();
  await presenter.keyboard.press('Enter');
  await expect(presenter.getByRole('region', { name: 'Meeting in mini view' })).toBeVisible();
  await expect(viewer.getByText('Paula Presenter is presenting')).toHaveCount(0);
  await expect.poll(async () => (await participant(sim, 'Paula Presenter'))?.is_presenting).toBe(false);

  await presenter.getByRole('button', { name: 'Back to full view' }).click();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await expect(presenter.getByRole('button', { name: 'Mini view', exact: true })).toBeVisible();
  for (const page of [presenter, viewer]) await page.getByRole('button', { name: 'Leave', exact: true }).click();
});
