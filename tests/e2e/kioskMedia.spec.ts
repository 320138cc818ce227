// The room display's media: its connection quality in the top bar, the unstable-connection hint
// while the simulator loses a fifth of the media it sends the room (/_sim/lossy_media), and RNNoise on the room microphone from the kiosk key "rnnoise", switched on in
// the configuration file while the room is in its meeting and measured at another participant.
import { chromium, type Browser, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './accessibility';
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { whiteNoise, writeWav } from './fakeAudioFile';
import { expect, expectMeetingVideoFlowing, openParley, test } from './fixtures';
import { kioskHealth, startKioskHostProcess, type KioskHostProcess } from './kioskProcesses';
import { receivedLevel } from './receivedAudio';

const room = 'Room Media';
const config = (node: string, alias: string, extra: Record<string, unknown> = {}) => ({ node, alias, displayName: room, autoJoin: true, ...extra });

async function openRoom(browser: Browser, kiosk: KioskHostProcess): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(kiosk.url);
  await expect.poll(async () => (await kioskHealth(kiosk.healthUrl)).state, { timeout: 30_000 }).toBe('in_meeting');
  return page;
}

test.describe('kiosk media', () => {
  let kiosk: KioskHostProcess | null = null;
  let roomBrowser: Browser | null = null;
  test.afterEach(async () => {
    await roomBrowser?.close();
    await kiosk?.stop();
    roomBrowser = null;
    kiosk = null;
  });

  test('shows the room its connection quality', async ({ browser, sim }) => {
    kiosk = await startKioskHostProcess(config(sim.url, 'meet.test'));
    const page = await openRoom(browser, kiosk);
    await expectMeetingVideoFlowing(page);
    const quality = page.getByRole('banner').getByText(/^Connection (good|fair|poor)$/);
    await expect(quality).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Your connection is unstable; video may freeze')).toHaveCount(0);
    await expectNoAxeViolations(page, 'kiosk meeting with connection quality');
    await page.context().close();
  });

  test('tells the room its connection is unstable while a fifth of its media is lost, and stops when it recovers', async ({ browser, sim }) => {
    test.setTimeout(120_000);
    kiosk = await startKioskHostProcess(config(sim.url, 'meet.test'));
    const page = await openRoom(browser, kiosk);
    await expectMeetingVideoFlowing(page);
    await expect(page.getByRole('banner').getByText('Connection good', { exact: true })).toBeVisible({ timeout: 30_000 });

    // A bad network rather than a network change: ICE stays up, 20 % of what the room receives is lost.
    await sim.post('/_sim/lossy_media', { alias: 'meet.test', displayName: room, loss: 0.2 });
    await expect(page.getByRole('banner').getByText('Connection poor', { exact: true })).toBeVisible({ timeout: 30_000 });
    const hint = page.getByRole('status').filter({ hasText: 'Your connection is unstable; video may freeze' });
    await expect(hint).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'kiosk meeting with an unstable connection');

    // The network recovers: the quality comes back, and the hint goes after 10 s of better.
    await sim.post('/_sim/lossy_media', { alias: 'meet.test', displayName: room, loss: 0 });
    await expect(page.getByRole('banner').getByText(/^Connection (good|fair)$/)).toBeVisible({ timeout: 30_000 });
    await expect(hint).toHaveCount(0, { timeout: 30_000 });
    await page.context().close();
  });

  test('runs the room microphone through RNNoise once the "rnnoise" key is set', async ({ browser, sim, hostUrl }) => {
    test.setTimeout(150_000);
    const noiseFile = writeWav('room-noise.wav', whiteNoise(6, 0.25));
    roomBrowser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs, `--use-file-for-fake-audio-capture=${noiseFile}`] });
    // Chromium's own noise suppression and gain off, so that RNNoise alone makes the difference.
    const plainConfig = config(sim.url, 'meet.alice', { rnnoise: false });
    kiosk = await startKioskHostProcess(plainConfig);
    const page = await openRoom(roomBrowser, kiosk);
    await page.evaluate(() => {
      // The room display has no settings panel: the built-in processing is switched off the way the
      // settings store keeps it, before the call's microphone is opened again below.
      localStorage.setItem('parley.mediaSettings', JSON.stringify({ noiseSuppression: false, autoGainControl: false }));
    });
    await page.reload();
    await expect.poll(async () => (await kioskHealth(kiosk?.healthUrl ?? '')).state, { timeout: 30_000 }).toBe('in_meeting');
    const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Room Listener' });
    await expectMeetingVideoFlowing(bob);

    await expect.poll(() => receivedLevel(bob, 1000), { timeout: 30_000 }).toBeGreaterThan(0.003);
    const plain = await receivedLevel(bob, 3000);

    await writeFile(kiosk.configFile, JSON.stringify({ ...plainConfig, rnnoise: true }));
    await expect.poll(() => receivedLevel(bob, 1000), { timeout: 30_000 }).toBeLessThan(plain / 2);
    const suppressed = await receivedLevel(bob, 3000);
    console.log(`room noise heard by Bob: plain ${plain.toExponential(3)}, with RNNoise ${suppressed.toExponential(3)}`);
    expect(suppressed).toBeLessThan(plain / 2);
    await expect(page.getByRole('status').filter({ hasText: 'Noise suppression is off' })).toHaveCount(0);

    await bob.context().close();
    await page.context().close();
  });
});
