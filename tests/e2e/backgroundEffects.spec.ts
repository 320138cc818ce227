// Background effects, seen by the other participant: Alice's camera is a generated Y4M file of a drawn
// person before a detailed checkerboard. Bob's page draws the meeting video it decodes into a canvas;
// the same regions are compared with the effect off (the raw camera, through the codec), with blur and
// with a built-in picture behind the person.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { expectNoAxeViolations } from './accessibility';
import { expect, expectMeetingVideoFlowing, openParley, test } from './fixtures';
import { backgroundRegions, foregroundRegion, writePersonY4m, type Rgb } from '../support/fakeCameraY4m';
import { colourDistance, imagePixels, regionDifference, regionMean, videoPixels, type FramePixels } from './videoFramePixels';

const cameraFile = writePersonY4m(join(tmpdir(), 'parley-person-640x360.y4m'));
test.use({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs, `--use-file-for-fake-video-capture=${cameraFile}`] } });
// The model loads in software WebGL on a shared machine: allow it time.
test.setTimeout(540_000);

/** Tolerances (0–255 per channel), through VP8 at the simulator's bitrate and canvas scaling. */
const foregroundTolerance = 25; // the face: mean per-pixel difference from the raw frame at most this
const blurredAtLeast = 35; // the checkerboard corners: mean per-pixel difference at least this
const pictureTolerance = 40; // replaced corners: mean colour within this of the picture's own

/** The own picture's single colour: far from every colour of the camera file. */
const ownColour: Rgb = { r: 200, g: 40, b: 200 };

function roundRgb(colour: Rgb): Rgb {
  return { r: Math.round(colour.r), g: Math.round(colour.g), b: Math.round(colour.b) };
}

/** A 24-bit BMP of one colour (the simplest picture format Chromium decodes). */
function solidBmp(width: number, height: number, colour: Rgb): Buffer {
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const pixelBytes = rowBytes * height;
  const file = Buffer.alloc(54 + pixelBytes);
  file.write('BM', 0, 'ascii');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(pixelBytes, 34);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = 54 + y * rowBytes + x * 3;
      file[at] = colour.b;
      file[at + 1] = colour.g;
      file[at + 2] = colour.r;
    }
  }
  return file;
}

function meetingVideo(page: Page) {
  return page.getByLabel('Meeting video');
}

/** Waits until Bob's frame settles on what `accept` wants (the switch takes a keyframe or two). */
async function settledFrame(page: Page, accept: (frame: FramePixels) => boolean): Promise<FramePixels> {
  let frame: FramePixels | null = null;
  await expect
    .poll(async () => {
      frame = await videoPixels(meetingVideo(page));
      return accept(frame);
    }, { timeout: 120_000, intervals: [1000] })
    .toBe(true);
  if (!frame) throw new Error('no frame');
  return frame;
}

test('blur and a built-in picture change the background the other participant sees, not the person', async ({ browser, sim, hostUrl }) => {
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Effects' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Viewer' });
  await expect(alice.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expectMeetingVideoFlowing(bob);

  // The raw camera as Bob decodes it: the checkerboard must be there (bright and dark squares).
  const raw = await settledFrame(bob, (frame) => regionMean(frame, foregroundRegion).r > 150);

  await alice.getByRole('button', { name: 'Audio and video settings' }).click();
  const settings = alice.getByRole('region', { name: 'Audio and video settings' });
  const background = settings.getByRole('group', { name: 'Background' });
  await expect(background.getByRole('radio', { name: 'Off', exact: true })).toBeChecked();
  await expectNoAxeViolations(alice, 'Background effects');

  await background.getByRole('radio', { name: 'Strong blur' }).check();
  await expect(alice.getByRole('status').filter({ hasText: 'Background effects are not available' })).toHaveCount(0);
  const blurred = await settledFrame(bob, (frame) => backgroundRegions.every((region) => regionDifference(frame, raw, region) >= blurredAtLeast));
  const faceChange = regionDifference(blurred, raw, foregroundRegion);
  const cornerChanges = backgroundRegions.map((region) => regionDifference(blurred, raw, region));
  console.log(`strong blur at the receiver: face differs by ${faceChange.toFixed(1)}, corners by ${cornerChanges.map((value) => value.toFixed(1)).join(' and ')} (0–255)`);
  expect(faceChange).toBeLessThan(foregroundTolerance);

  // Replacing with the built-in "Beach": the corners take the picture's colours, the face stays.
  await background.getByRole('group', { name: 'Replace background' }).getByRole('radio', { name: 'Beach' }).check();
  const beachSvg = readFileSync(new URL('../../renderer/src/media/backgroundEffects/images/beach.svg', import.meta.url));
  const beach = await imagePixels(meetingVideo(bob), `data:image/svg+xml;base64,${beachSvg.toString('base64')}`);
  const replaced = await settledFrame(bob, (frame) =>
    backgroundRegions.every((region) => colourDistance(regionMean(frame, region), regionMean(beach, region)) <= pictureTolerance),
  );
  const pictureDistances = backgroundRegions.map((region) => colourDistance(regionMean(replaced, region), regionMean(beach, region)));
  const faceAfterReplace = regionDifference(replaced, raw, foregroundRegion);
  console.log(`beach at the receiver: corners within ${pictureDistances.map((value) => value.toFixed(1)).join(' and ')} of the picture's colours, face differs by ${faceAfterReplace.toFixed(1)}`);
  expect(faceAfterReplace).toBeLessThan(foregroundTolerance);

  // "My own picture" before one is kept: the plain camera, and the reason in words.
  const pictures = background.getByRole('group', { name: 'Replace background' });
  await pictures.getByRole('radio', { name: 'My own picture' }).check();
  await expect(alice.getByRole('status').filter({ hasText: 'Background effects are not available on this computer: no picture of your own has been chosen yet' })).toBeVisible();
  await expectNoAxeViolations(alice, 'Background effect not available');
  await settledFrame(bob, (frame) => backgroundRegions.every((region) => regionDifference(frame, raw, region) < foregroundTolerance));

  // A file that is no picture is refused in words; a picture is kept and drawn behind the person.
  const fileInput = pictures.getByLabel('Choose your own picture');
  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(alice.getByRole('alert')).toHaveText('That file is not a picture. Choose a JPEG, PNG, WebP, GIF or BMP file.');
  await fileInput.setInputFiles({ name: 'magenta.bmp', mimeType: 'image/bmp', buffer: solidBmp(320, 180, ownColour) });
  await expect(pictures.getByRole('radio', { name: 'My own picture' })).toBeChecked();
  const own = await settledFrame(bob, (frame) => backgroundRegions.every((region) => colourDistance(regionMean(frame, region), ownColour) <= pictureTolerance));
  console.log(`own picture at the receiver: corners ${backgroundRegions.map((region) => JSON.stringify(roundRgb(regionMean(own, region)))).join(' and ')} for ${JSON.stringify(ownColour)}`);
  expect(regionDifference(own, raw, foregroundRegion)).toBeLessThan(foregroundTolerance);

  // Off again: the raw checkerboard comes back.
  await background.getByRole('radio', { name: 'Off', exact: true }).check();
  await settledFrame(bob, (frame) => backgroundRegions.every((region) => regionDifference(frame, raw, region) < foregroundTolerance));

  await alice.context().close();
  await bob.context().close();
});
