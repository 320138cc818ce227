// Pexip's own JavaScript SDK (@pexip/infinity 20.0.0) as a second, independent client of the
// simulator, in Chromium with fake media: two SDK clients meet, and an SDK client meets Parley.
// A simulator that differs from Infinity where the SDK depends on it fails here.
import type { Browser, Page } from '@playwright/test';
import { SdkPeer } from '../sdk/sdkPeerDriver';
import type { SdkReport } from '../sdk/sdkReport';
import { startSdkPageServer } from '../sdk/sdkPageServer';
import { expect, expectMeetingVideoFlowing, parleyUrl, test } from './fixtures';

const sdkTest = test.extend<object, { sdkPageUrl: string }>({
  sdkPageUrl: [
    async ({ sim }, use) => {
      const server = await startSdkPageServer(sim.url);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

/** Polls one figure of an SDK peer's report until it passes `check`. */
function pollReport<T>(peer: SdkPeer, read: (report: SdkReport) => T, timeout = 30_000) {
  return expect.poll(async () => read(await peer.report()), { timeout });
}

/** The decoded-frame count keeps rising (not one stale frame). */
async function expectRising(peer: SdkPeer, read: (report: SdkReport) => number, step: number): Promise<void> {
  await pollReport(peer, read).toBeGreaterThan(0);
  const before = read(await peer.report());
  await pollReport(peer, read, 15_000).toBeGreaterThan(before + step);
}

async function participantUuid(sim: { state(): Promise<{ rooms: { alias: string; participants: { uuid: string; display_name: string }[] }[] }> }, name: string) {
  const room = (await sim.state()).rooms.find((r) => r.alias === 'meet.alice');
  return room?.participants.find((p) => p.display_name === name)?.uuid;
}

/** Records the page's RTCPeerConnections (before Parley creates one) so a test can read getStats. */
const RECORD_PEER_CONNECTIONS = `(() => {
  const Original = window.RTCPeerConnection;
  const created = [];
  window.__recordedPeerConnections = created;
  window.RTCPeerConnection = class extends Original {
    constructor(configuration) { super(configuration); created.push(this); }
  };
})()`;

/** totalAudioEnergy of everything the page's newest peer connection received. */
const INBOUND_AUDIO_ENERGY = `(async () => {
  const pc = (window.__recordedPeerConnections || []).at(-1);
  if (!pc) return 0;
  let energy = 0;
  (await pc.getStats()).forEach((r) => { if (r.type === 'inbound-rtp' && r.kind === 'audio') energy += r.totalAudioEnergy || 0; });
  return energy;
})()`;

async function openRecordedParley(browser: Browser, hostUrl: string, simUrl: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript({ content: RECORD_PEER_CONNECTIONS });
  const page = await context.newPage();
  await page.goto(parleyUrl(hostUrl, simUrl, { alias: 'meet.alice', name }));
  return page;
}

sdkTest('two Pexip SDK clients meet in meet.alice: roster, chat, presentation with frames, clean disconnect', async ({ browser, sim, sdkPageUrl }) => {
  const alice = await SdkPeer.open(browser, sdkPageUrl);
  const bob = await SdkPeer.open(browser, sdkPageUrl);
  expect((await alice.join({ alias: 'meet.alice', displayName: 'SDK Alice' })).joinStatus).toBe(200);
  expect((await bob.join({ alias: 'meet.alice', displayName: 'SDK Bob' })).joinStatus).toBe(200);

  // Each sees the other in the participant list.
  await pollReport(alice, (r) => r.participants).toEqual(['SDK Alice', 'SDK Bob']);
  await pollReport(bob, (r) => r.participants).toEqual(['SDK Alice', 'SDK Bob']);

  // Both peer connections come up (Chromium accepted the ICE servers) and decode the other's video.
  await pollReport(alice, (r) => r.callConnected).toBe(true);
  await expectRising(alice, (r) => r.remoteVideoFrames, 5);
  await expectRising(bob, (r) => r.remoteVideoFrames, 5);

  // Chat both ways (the event stream opened with the unencoded token).
  expect(await alice.sendMessage('Hello from the SDK')).toBe(200);
  await pollReport(bob, (r) => r.messages).toContainEqual({ from: 'SDK Alice', text: 'Hello from the SDK' });
  expect(await bob.sendMessage('Hi back')).toBe(200);
  await pollReport(alice, (r) => r.messages).toContainEqual({ from: 'SDK Bob', text: 'Hi back' });

  // Alice presents: Bob's SDK parses presentation_start with presenter_uuid, starts receiving,
  // gets the presentation stream, decodes its frames, and parses presentation_frame events.
  const aliceUuid = await participantUuid(sim, 'SDK Alice');
  await alice.present();
  await pollReport(bob, (r) => r.presentationStarts).toContain(aliceUuid);
  await pollReport(bob, (r) => r.presentationReceive).toBe('connected');
  await pollReport(bob, (r) => r.presentationStreamReceived).toBe(true);
  await expectRising(bob, (r) => r.remotePresentationFrames, 3);
  await pollReport(bob, (r) => r.presentationFrames).toBeGreaterThan(1);
  const stopsBefore = (await bob.report()).presentationStops;
  await alice.stopPresenting();
  await pollReport(bob, (r) => r.presentationStops).toBeGreaterThan(stopsBefore);

  // Both leave; neither SDK logged an error or raised an error signal.
  expect((await alice.disconnect()).phase).toBe('disconnected');
  expect((await bob.disconnect()).phase).toBe('disconnected');
  await expect.poll(async () => (await sim.state()).rooms.find((r) => r.alias === 'meet.alice')?.participants.length).toBe(0);
  expect((await alice.report()).errors).toEqual([]);
  expect((await bob.report()).errors).toEqual([]);
  await alice.close();
  await bob.close();
});

sdkTest('Parley and a Pexip SDK client see and hear each other and chat', async ({ browser, sim, hostUrl, sdkPageUrl }) => {
  const parley = await openRecordedParley(browser, hostUrl, sim.url, 'Parley Person');
  await expect(parley.getByRole('button', { name: 'Leave' })).toBeVisible();
  const sdk = await SdkPeer.open(browser, sdkPageUrl);
  expect((await sdk.join({ alias: 'meet.alice', displayName: 'SDK Person' })).joinStatus).toBe(200);

  // Each lists the other.
  await expect(parley.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'SDK Person' })).toBeVisible();
  await pollReport(sdk, (r) => r.participants).toEqual(['Parley Person', 'SDK Person']);

  // Each sees the other: decoded frames on Parley's meeting video and the SDK's remote video.
  await expectMeetingVideoFlowing(parley);
  await expectRising(sdk, (r) => r.remoteVideoFrames, 5);

  // Each hears the other: inbound audio energy (Chromium's fake microphone beeps) keeps rising.
  await expectRising(sdk, (r) => r.inbound.audioEnergy, 0);
  const parleyEnergy = () => parley.evaluate(INBOUND_AUDIO_ENERGY) as Promise<number>;
  await expect.poll(parleyEnergy, { timeout: 30_000 }).toBeGreaterThan(0);
  const heard = await parleyEnergy();
  await expect.poll(parleyEnergy, { timeout: 15_000 }).toBeGreaterThan(heard);

  // Chat both ways.
  const chat = parley.getByRole('region', { name: 'Chat' });
  await chat.getByRole('textbox', { name: 'Message' }).fill('Hello SDK, this is Parley');
  await chat.getByRole('button', { name: 'Send' }).click();
  await pollReport(sdk, (r) => r.messages).toContainEqual({ from: 'Parley Person', text: 'Hello SDK, this is Parley' });
  expect(await sdk.sendMessage('Hello Parley, this is the SDK')).toBe(200);
  await expect(chat).toContainText('Hello Parley, this is the SDK');
  await expect(chat).toContainText('SDK Person');

  expect((await sdk.disconnect()).phase).toBe('disconnected');
  await expect(parley.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'SDK Person' })).toHaveCount(0);
  expect((await sdk.report()).errors).toEqual([]);
  await parley.getByRole('button', { name: 'Leave' }).click();
  await sdk.close();
  await parley.context().close();
});
