// "Bandwidth" in the running call: Alice sends a camera that costs every bit it is allowed (a fake
// camera file of noise), Call statistics shows her outbound video bitrate, and choosing Low in
// Audio and video settings brings it under Low's video cap within seconds — without a rejoin (the
// simulator still has her as the same participant).
import type { Locator, Page } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { expect, expectMeetingVideoFlowing, openParley, test, type SimulatorControl } from './fixtures';

/** A Y4M camera file of noise (every frame new), so the encoder spends whatever the cap allows. */
function writeNoiseCamera(width: number, height: number, frames: number): string {
  let seed = 4242;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed >>> 23;
  };
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const frameSize = width * height * 1.5;
  const parts: Buffer[] = [header];
  for (let frame = 0; frame < frames; frame++) {
    parts.push(Buffer.from('FRAME\n'));
    const pixels = Buffer.alloc(frameSize);
    for (let index = 0; index < frameSize; index++) pixels[index] = next() & 0xff;
    parts.push(pixels);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'parley-fake-camera-')), 'noise.y4m');
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

const cameraFile = writeNoiseCamera(640, 360, 20);
test.use({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs, `--use-file-for-fake-video-capture=${cameraFile}`] } });

/** Low's cap on the main video: 512 kbit/s less 64 for audio (renderer/src/media/callBandwidth.ts). */
const lowVideoCapKbps = 448;

/** The number at the start of a cell, in kbit/s ("812 kbit/s", "1.20 Mbit/s"); NaN for a dash. */
async function kbps(cell: Locator): Promise<number> {
  const text = (await cell.textContent()) ?? '';
  const value = Number.parseFloat(text);
  return /Mbit/.test(text) ? value * 1000 : value;
}

async function participantUuid(sim: SimulatorControl, name: string): Promise<string[]> {
  const state = await sim.state();
  return state.rooms.flatMap((room) => room.participants).filter((p) => p.display_name === name).map((p) => p.uuid);
}

async function outboundVideoBitrate(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Call statistics', exact: true });
  await toggle.click();
  const panel = page.getByRole('region', { name: 'Call statistics' });
  const headers = await panel.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((header) => header.trim() === 'Bitrate') - 1;
  return panel.getByRole('row', { name: /^Video out/ }).getByRole('cell').nth(column);
}

test('choosing Low bandwidth in the meeting brings the outbound video under its cap without a rejoin', async ({ browser, sim, hostUrl }) => {
  // Encoding a noise camera is heavy work for a shared machine.
  test.setTimeout(240_000);
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Bandwidth' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Bandwidth' });
  await expectMeetingVideoFlowing(bob);
  const uuidBefore = await participantUuid(sim, 'Alice Bandwidth');
  expect(uuidBefore).toHaveLength(1);

  const bitrate = await outboundVideoBitrate(alice);
  // At the default (High, 2400 kbit/s for video) the noise camera goes well over Low's cap first.
  const samples: number[] = [];
  await expect
    .poll(
      async () => {
        const value = await kbps(bitrate);
        samples.push(value);
        return value;
      },
      { timeout: 40_000, intervals: [1000] },
    )
    .toBeGreaterThan(lowVideoCapKbps * 1.3);
  const high = samples.at(-1) ?? Number.NaN;

  await alice.getByRole('button', { name: 'Audio and video settings' }).click();
  const settings = alice.getByRole('region', { name: 'Audio and video settings' });
  await settings.getByRole('combobox', { name: 'Bandwidth' }).selectOption({ label: 'Low (512 kbps)' });
  const changedAt = Date.now();

  // Within some seconds the measured rate is under the cap, and stays there on average.
  await expect.poll(() => kbps(bitrate), { timeout: 20_000, intervals: [1000] }).toBeLessThan(lowVideoCapKbps);
  const seconds = (Date.now() - changedAt) / 1000;
  const after: number[] = [];
  for (let second = 0; second < 4; second++) {
    await alice.waitForTimeout(1000);
    after.push(await kbps(bitrate));
  }
  console.log(`outbound video: High ${high.toFixed(0)} kbit/s; Low under ${lowVideoCapKbps} kbit/s after ${seconds.toFixed(1)} s, then ${after.map((v) => v.toFixed(0)).join(', ')} kbit/s`);
  // The cap bounds the encoder's average rate, which sits just under it with a noise camera, and
  // per-second readings jitter, so the average gets 10 %. A single second may overshoot: the step
  // down from High (1.4–1.7 Mbit/s here) makes Chromium lower the resolution, which costs a key
  // frame of noise (measured 562–672 kbit/s in that second); no second reaches twice the cap.
  const mean = after.reduce((sum, value) => sum + value, 0) / after.length;
  expect(mean).toBeLessThan(lowVideoCapKbps * 1.1);
  expect(after.filter((value) => value > lowVideoCapKbps * 1.25).length).toBeLessThanOrEqual(1);
  for (const value of after) expect(value).toBeLessThan(lowVideoCapKbps * 2);

  // The same participant all along: no rejoin, and Bob still decodes her video.
  expect(await participantUuid(sim, 'Alice Bandwidth')).toEqual(uuidBefore);
  await expectMeetingVideoFlowing(bob);

  await alice.context().close();
  await bob.context().close();
});
