// The kiosk room system through the browser host on the simulator: it joins by itself and gets
// back into its meeting after a disconnect, a lapsed token, maintenance and a page reload, while
// an event-stream drop is ridden out without a rejoin.
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { expect, expectMeetingVideoFlowing, openParley, test, type SimState } from './fixtures';
import type { VideoQuality } from './pageTypes';
import { kioskHealth, startKioskHostProcess, type KioskHostProcess } from './kioskProcesses';
import { startSimulatorProcess, type RunningProcess } from './processes';

const room = 'Room Kiosk';
const alias = 'meet.test';

interface SimAccess {
  url: string;
  post(path: string, body: unknown): Promise<unknown>;
  state(): Promise<SimState>;
}

async function openRoom(browser: Browser, kiosk: KioskHostProcess): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(kiosk.url);
  return page;
}

/** The room's participant uuid in the simulator, or null while it is not in the meeting. */
async function roomUuid(sim: SimAccess): Promise<string | null> {
  const state = await sim.state();
  return state.rooms.find((entry) => entry.alias === alias)?.participants.find((p) => p.display_name === room)?.uuid ?? null;
}

async function inMeetingWithMedia(page: Page, kiosk: KioskHostProcess): Promise<void> {
  await expect.poll(async () => (await kioskHealth(kiosk.healthUrl)).state).toBe('in_meeting');
  await expectMeetingVideoFlowing(page);
}

async function rejoinedAs(sim: SimAccess, before: string): Promise<string> {
  await expect.poll(() => roomUuid(sim), { timeout: 30_000 }).not.toBeNull();
  await expect.poll(() => roomUuid(sim), { timeout: 30_000 }).not.toBe(before);
  return (await roomUuid(sim)) ?? '';
}

/** The page's getComputedStyle (the e2e project has no DOM types). */
interface ComputedStyleWindow {
  getComputedStyle(element: unknown): { fontSize: string };
}

const config = (node: string) => ({ node, alias, displayName: room, autoJoin: true });

test.describe('kiosk room system', () => {
  let kiosk: KioskHostProcess;

  test.beforeEach(async ({ sim }) => {
    kiosk = await startKioskHostProcess(config(sim.url));
  });
  test.afterEach(async ({ sim }) => {
    await kiosk.stop();
    await sim.post('/_sim/maintenance', { enabled: false });
  });

  test('joins by itself and rejoins with media after the node disconnects it', async ({ browser, sim }) => {
    const page = await openRoom(browser, kiosk);
    await inMeetingWithMedia(page, kiosk);
    const first = await roomUuid(sim);
    expect(first).not.toBeNull();

    await sim.post('/_sim/disconnect', { alias, displayName: room, reason: 'Node restarting' });
    await rejoinedAs(sim, first ?? '');
    await inMeetingWithMedia(page, kiosk);
    const health = await kioskHealth(kiosk.healthUrl);
    expect(health.reconnectCount).toBe(1);
    expect(health.lastError?.message).toBe('Node restarting');
    await page.context().close();
  });

  test('says "Reconnecting" with the reason through maintenance, and rejoins when it ends', async ({ browser, sim }) => {
    const page = await openRoom(browser, kiosk);
    await inMeetingWithMedia(page, kiosk);
    const first = (await roomUuid(sim)) ?? '';

    await sim.post('/_sim/maintenance', { enabled: true });
    await sim.post('/_sim/disconnect', { alias, displayName: room, reason: 'Node entering maintenance' });
    const status = page.getByRole('status').filter({ hasText: 'Reconnecting' });
    await expect(status).toBeVisible();
    await expect(status).toContainText(/maintenance/i);
    expect(await roomUuid(sim)).toBeNull();

    await sim.post('/_sim/maintenance', { enabled: false });
    await rejoinedAs(sim, first);
    await inMeetingWithMedia(page, kiosk);
    await page.context().close();
  });

  test('rides out an event-stream drop: the call continues without a rejoin', async ({ browser, sim }) => {
    const page = await openRoom(browser, kiosk);
    await inMeetingWithMedia(page, kiosk);
    const first = await roomUuid(sim);

    const dropped = (await sim.post('/_sim/drop_events', { alias })) as { result?: { dropped?: number } };
    expect(dropped.result?.dropped ?? 0).toBeGreaterThan(0);
    await expectMeetingVideoFlowing(page);
    expect(await roomUuid(sim)).toBe(first);
    expect((await kioskHealth(kiosk.healthUrl)).reconnectCount).toBe(0);
    await page.context().close();
  });

  test('shows live captions across the room when captions are turned on', async ({ browser }) => {
    const page = await openRoom(browser, kiosk);
    await inMeetingWithMedia(page, kiosk);
    await page.getByRole('button', { name: 'Turn captions on' }).click();
    const captions = page.getByRole('region', { name: 'Captions' });
    await expect(captions).toContainText('Good morning everyone, thanks for joining.', { timeout: 20_000 });
    // Readable from the back of a room: lines at least twice the page's body text.
    const scale = await captions
      .locator('.line')
      .first()
      .evaluate((line) => {
        const style = (globalThis as unknown as ComputedStyleWindow).getComputedStyle;
        const root = (globalThis as unknown as { document: { documentElement: unknown } }).document.documentElement;
        return parseFloat(style(line).fontSize) / parseFloat(style(root).fontSize);
      });
    expect(scale).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('button', { name: 'Caption history' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Turn captions off' }).click();
    await expect(captions).toHaveCount(0);
    await page.context().close();
  });

  test('a reloaded room page gets back into the meeting with media', async ({ browser, sim }) => {
    const page = await openRoom(browser, kiosk);
    await inMeetingWithMedia(page, kiosk);
    await page.reload();
    await inMeetingWithMedia(page, kiosk);
    await expect(page.getByRole('button', { name: 'Mute microphone' })).toBeVisible();
    expect(await roomUuid(sim)).not.toBeNull();
    await page.context().close();
  });
});

test.describe('kiosk room system with short-lived tokens', () => {
  let sim: RunningProcess;
  let access: SimAccess;
  let kiosk: KioskHostProcess;

  test.beforeAll(async () => {
    sim = await startSimulatorProcess(['--token-expiry', '6']);
    const post = async (path: string, body: unknown): Promise<unknown> => {
      const response = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return response.json();
    };
    const state = async (): Promise<SimState> => ((await (await fetch(`${sim.url}/_sim/state`)).json()) as { result: SimState }).result;
    access = { url: sim.url, post, state };
    kiosk = await startKioskHostProcess(config(sim.url));
  });
  test.afterAll(async () => {
    await kiosk.stop();
    await sim.stop();
  });

  test('rejoins after refreshes are refused until the token lapses', async ({ browser }) => {
    const page = await openRoom(browser, kiosk);
    await inMeetingWithMedia(page, kiosk);
    const first = (await roomUuid(access)) ?? '';

    await access.post('/_sim/fail_refresh', { count: 50, status: 503 });
    await expect.poll(async () => (await kioskHealth(kiosk.healthUrl)).reconnectCount, { timeout: 30_000 }).toBeGreaterThan(0);
    // Refreshes work again for the new session.
    await access.post('/_sim/fail_refresh', { count: 0, status: 503 });
    await rejoinedAs(access, first);
    await inMeetingWithMedia(page, kiosk);
    expect((await kioskHealth(kiosk.healthUrl)).lastError?.message).toMatch(/renew/);
    await page.context().close();
  });
});

test.describe('kiosk room sharing an HDMI input', () => {
  // The room PC with more video inputs than its camera. Chromium's second fake camera delivers
  // depth frames (Y16) that no encoder takes; the third (MJPEG) stands in for the HDMI capture device.
  const threeCameras = chromiumArgs.map((arg) =>
    arg === '--use-fake-device-for-media-stream' ? '--use-fake-device-for-media-stream=device-count=3' : arg,
  );
  const sharingAlias = 'meet.alice';
  let kiosk: KioskHostProcess;
  let roomBrowser: Browser;

  test.beforeEach(async ({ sim }) => {
    // A conference room (the test call service only loops media back to its caller).
    kiosk = await startKioskHostProcess({ ...config(sim.url), alias: sharingAlias, camera: 'fake_device_0' });
    roomBrowser = await chromium.launch({ executablePath: chromiumExecutablePath, args: threeCameras });
  });
  test.afterEach(async () => {
    await roomBrowser.close();
    await kiosk.stop();
  });

  async function presentationFrames(page: Page): Promise<number> {
    return page
      .getByLabel('Presentation', { exact: true })
      .evaluate((element) => (element as unknown as VideoQuality).getVideoPlaybackQuality().totalVideoFrames);
  }

  test('shares a chosen video input as the presentation, and the others decode it', async ({ browser, sim, hostUrl }) => {
    const page = await openRoom(roomBrowser, kiosk);
    await expect.poll(async () => (await kioskHealth(kiosk.healthUrl)).state).toBe('in_meeting');
    // In a conference the node forwards the others' video: the room needs company to see any.
    const viewer = await openParley(browser, hostUrl, sim.url, { alias: sharingAlias, name: 'Vera Viewer' });
    await expectMeetingVideoFlowing(viewer);
    await expectMeetingVideoFlowing(page);

    // The other inputs are offered by name; the room camera is not.
    await page.getByRole('button', { name: 'Share an input' }).click();
    const inputs = page.getByRole('group', { name: 'Inputs to share' });
    await expect(inputs.getByRole('button')).toHaveText(['Share fake_device_1', 'Share fake_device_2']);
    await inputs.getByRole('button', { name: 'Share fake_device_2' }).click();
    await expect(page.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');

    await expect(viewer.getByText(`${room} is presenting`)).toBeVisible();
    await expect.poll(() => presentationFrames(viewer), { timeout: 30_000 }).toBeGreaterThan(0);
    const before = await presentationFrames(viewer);
    await expect.poll(() => presentationFrames(viewer), { timeout: 15_000 }).toBeGreaterThan(before + 3);
    // Sharing did not disturb the room's own call.
    await expectMeetingVideoFlowing(page);

    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(viewer.getByLabel('Presentation', { exact: true })).toHaveCount(0);
    await expect(viewer.getByText(`${room} is presenting`)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share an input' })).toBeEnabled();
    await viewer.context().close();
  });
});

test.describe('kiosk room showing what someone else presents', () => {
  // A conference, so the node forwards the presenter's camera and presentation to the room.
  const meetingAlias = 'meet.alice';
  let kiosk: KioskHostProcess;

  test.beforeEach(async ({ sim }) => {
    kiosk = await startKioskHostProcess({ ...config(sim.url), alias: meetingAlias });
  });
  test.afterEach(async () => {
    await kiosk.stop();
  });

  function roomPresentation(page: Page) {
    return page.getByLabel('Presentation', { exact: true });
  }

  async function roomPresentationFrames(page: Page): Promise<number> {
    return roomPresentation(page).evaluate((element) => (element as unknown as VideoQuality).getVideoPlaybackQuality().totalVideoFrames);
  }

  test('shows the presentation large with the meeting small, and drops it when the presenter stops', async ({ browser, sim, hostUrl }) => {
    const page = await openRoom(browser, kiosk);
    await expect.poll(async () => (await kioskHealth(kiosk.healthUrl)).state).toBe('in_meeting');
    const presenter = await openParley(browser, hostUrl, sim.url, { alias: meetingAlias, name: 'Paula Presenter' });
    await expectMeetingVideoFlowing(presenter);
    await expectMeetingVideoFlowing(page);

    await presenter.getByRole('button', { name: 'Share screen' }).click();
    await expect(presenter.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');

    await expect(page.getByText('Paula Presenter is presenting')).toBeVisible();
    await expect.poll(() => roomPresentationFrames(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const before = await roomPresentationFrames(page);
    await expect.poll(() => roomPresentationFrames(page), { timeout: 15_000 }).toBeGreaterThan(before + 3);
    // The room layout: the presentation fills the stage, the meeting stays on screen, small, and playing.
    const shown = await roomPresentation(page).boundingBox();
    const meeting = await page.getByLabel('Meeting video').boundingBox();
    expect(shown && meeting).toBeTruthy();
    expect((meeting?.width ?? 0) * 2).toBeLessThan(shown?.width ?? 0);
    expect(meeting?.width ?? 0).toBeGreaterThan(0);
    await expectMeetingVideoFlowing(page);
    // Nothing on the room screen that needs a person at a desk.
    await expect(page.getByRole('button', { name: 'Open in new window' })).toHaveCount(0);

    await presenter.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(roomPresentation(page)).toHaveCount(0);
    await expect(page.getByText('Paula Presenter is presenting')).toHaveCount(0);
    await expectMeetingVideoFlowing(page);
    await presenter.context().close();
    await page.context().close();
  });
});
