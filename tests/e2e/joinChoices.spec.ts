// The join choices, on the wire (the startCall/updateCall the renderer hands to main, which posts
// them to calls/update as they are) and on screen: audio only, without audio or video, presentation
// only, and joining with the microphone or camera off.
import type { Browser, Page } from '@playwright/test';
import { mediaSections, recordBridgeFrames, type BridgeFrames } from './bridgeFrames';
import { expect, expectMeetingVideoFlowing, openParley, parleyUrl, test, type SimulatorControl } from './fixtures';
import type { VideoQuality } from './pageTypes';

interface GumRecord {
  audio: boolean;
  video: boolean;
}

/** Opens Parley with a record of every getUserMedia request (which kinds it asked for). */
async function openRecorded(browser: Browser, url: string): Promise<{ page: Page; frames: BridgeFrames }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A string: the e2e project compiles without the DOM library.
  await page.addInitScript(`(() => {
    const record = [];
    window.__gum = record;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) => {
      record.push({ audio: Boolean(constraints && constraints.audio), video: Boolean(constraints && constraints.video) });
      return original(constraints);
    };
  })()`);
  const frames = recordBridgeFrames(page);
  await page.goto(url);
  return { page, frames };
}

function gumRequests(page: Page): Promise<GumRecord[]> {
  return page.evaluate(() => (globalThis as unknown as { __gum: GumRecord[] }).__gum);
}

async function participant(sim: SimulatorControl, alias: string, name: string) {
  const state = (await sim.state()) as unknown as {
    rooms: { alias: string; participants: { display_name: string; calls: number; is_client_muted: boolean }[] }[];
  };
  return state.rooms.find((room) => room.alias === alias)?.participants.find((p) => p.display_name === name);
}

function startCallSdp(frames: BridgeFrames): { sdp: string; mediaType: string } | undefined {
  return frames.commands('startCall')[0]?.arg as { sdp: string; mediaType: string } | undefined;
}

test('"Audio only" from a link opens no camera, offers no video, shows no self view, and Add video escalates', async ({ browser, sim, hostUrl }) => {
  const url = parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Avery Audio', extra: { callType: 'audio' } });
  const { page, frames } = await openRecorded(browser, url);
  await expect(page.getByText('Audio only', { exact: true })).toBeVisible();
  await expect.poll(() => startCallSdp(frames)?.mediaType).toBe('audio');
  const sections = mediaSections(startCallSdp(frames)?.sdp ?? '');
  expect(sections.map((s) => s.kind)).toEqual(['audio', 'video', 'video']);
  expect(sections[0]?.direction).toBe('sendrecv');
  expect(sections[1]?.direction).toBe('inactive');
  expect(sections[2]?.slides).toBe(true);
  expect((await gumRequests(page)).some((request) => request.video)).toBe(false);
  await expect(page.getByLabel('Self view')).toHaveCount(0);
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Avery Audio'))?.calls).toBe(1);

  // Escalation: the camera opens now and the update offers video on the main line.
  await page.getByRole('button', { name: 'Add video' }).click();
  await expect.poll(() => frames.commands('updateCall').length).toBeGreaterThan(0);
  const update = frames.commands('updateCall')[0]?.arg as { sdp: string };
  expect(mediaSections(update.sdp)[1]?.direction).toBe('sendrecv');
  await expect(page.getByLabel('Self view')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn camera off' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('"Without audio or video" joins the roster and chat with no call and no devices; "Start audio and video" then sends both', async ({ browser, sim, hostUrl }) => {
  const { page, frames } = await openRecorded(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Nico None', join: false }));
  await page.getByRole('radio', { name: 'Without audio or video' }).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('region', { name: 'Participants' })).toContainText('Nico None');
  await expect(page.getByText('Joined without audio or video')).toBeVisible();
  await expect(page.getByLabel('Self view')).toHaveCount(0);
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Nico None'))?.calls).toBe(0);
  expect(frames.commands('startCall')).toHaveLength(0);
  const gumBefore = (await gumRequests(page)).length;

  // Later the person starts a call after all: microphone and camera open, the calls request
  // offers to send both, and media flows both ways (Olga decodes Nico's video, Nico decodes Olga's).
  const olga = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Olga Other' });
  await expect(olga.getByRole('button', { name: 'Leave' })).toBeVisible();
  await page.getByRole('button', { name: 'Start audio and video' }).click();
  await expect.poll(() => startCallSdp(frames)?.mediaType).toBe('video');
  const sections = mediaSections(startCallSdp(frames)?.sdp ?? '');
  expect(sections.map((section) => section.kind)).toEqual(['audio', 'video', 'video']);
  expect(sections[0]?.direction).toBe('sendrecv');
  expect(sections[1]?.direction).toBe('sendrecv');
  expect(sections[2]?.slides).toBe(true);
  const opened = (await gumRequests(page)).slice(gumBefore);
  expect(opened.some((request) => request.audio)).toBe(true);
  expect(opened.some((request) => request.video)).toBe(true);
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Nico None'))?.calls).toBe(1);
  await expect(page.getByLabel('Self view')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start audio and video' })).toHaveCount(0);
  await expectMeetingVideoFlowing(olga);
  await expectMeetingVideoFlowing(page);
  await olga.getByRole('button', { name: 'Leave' }).click();
  await olga.context().close();
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('"Presentation only" sends nothing and receives only the presentation', async ({ browser, sim, hostUrl }) => {
  const url = parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Pia Second Screen', extra: { callType: 'presentation' } });
  const { page, frames } = await openRecorded(browser, url);
  await expect(page.getByText('Presentation only: this device shows what is presented')).toBeVisible();
  await expect.poll(() => startCallSdp(frames)?.sdp).toBeTruthy();
  const sections = mediaSections(startCallSdp(frames)?.sdp ?? '');
  // The presentation line receives from the first offer: a presentation needs no new offer.
  expect(sections.map((s) => s.direction)).toEqual(['inactive', 'inactive', 'recvonly']);
  expect(await gumRequests(page)).toEqual([]);
  await expect(page.getByLabel('Self view')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share screen' })).toHaveCount(0);

  // Someone presents: it is shown on the line already receiving, without any new offer.
  const presenter = await browser.newContext().then((context) => context.newPage());
  await presenter.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Pat Presenter' }));
  await expect(presenter.getByRole('button', { name: 'Share screen' })).toBeEnabled();
  await presenter.getByRole('button', { name: 'Share screen' }).click();
  await expect(page.getByText('Pat Presenter is presenting')).toBeVisible();
  await expect
    .poll(() => page.getByLabel('Presentation', { exact: true }).evaluate((video) => (video as unknown as VideoQuality).getVideoPlaybackQuality().totalVideoFrames), { timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(frames.commands('updateCall')).toEqual([]);
  await presenter.context().close();
  await page.context().close();
});

test('link parameters muteMicrophone and muteCamera join muted with the camera off', async ({ browser, sim, hostUrl }) => {
  const url = parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Molly Muted', extra: { muteMicrophone: '1', muteCamera: '1' } });
  const { page } = await openRecorded(browser, url);
  await expect(page.getByRole('button', { name: 'Unmute microphone' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn camera on' })).toBeVisible();
  await expect.poll(async () => (await participant(sim, 'meet.alice', 'Molly Muted'))?.is_client_muted).toBe(true);
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('a blank or overlong name is explained before anything is sent', async ({ browser, sim, hostUrl }) => {
  const { page, frames } = await openRecorded(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: ' ', join: false }));
  await page.getByLabel('Your name').fill('   ');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter your name: it is how others in the meeting see you.');
  await page.getByLabel('Your name').fill('x'.repeat(300));
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('alert')).toContainText('Your name is too long: use at most 256 characters');
  expect(frames.commands('join')).toHaveLength(0);
  await expect(page.getByLabel('Meeting')).toHaveValue('meet.alice');
  await page.context().close();
});
