// "Share computer sound" end to end in the browser host: Alice shares her screen through Parley's
// own picker (the host's --share-picker offers computer sound as Linux does) and ticks the option;
// Bob measures, at his end, that the call now carries the computer's sound, and that it goes when
// the sharing stops. Alice's microphone is silent (a fake audio file of zeros), so what Bob hears
// can only be the computer sound.
// What it covers: the picker's choice, the capture constraints Parley asks for (restrictOwnAudio,
// echo cancellation where the OS cannot leave the meeting out), the mixing with the microphone on
// the call's audio line (Infinity's presentation line is video only), and the receiver's decoded
// audio. What it cannot cover here: the OS capture itself. Chromium on this Linux machine has no
// PulseAudio server to loop back from, so the page's getDisplayMedia is wrapped to add a 660 Hz
// tone as the computer sound, where Electron's loopback would put the real one.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { writeWav } from './fakeAudioFile';
import { expect, expectMeetingVideoFlowing, openParley, parleyUrl, test } from './fixtures';
import { hostAddressPattern, startScript, type RunningProcess } from './processes';
import { receivedAudio, receivedLevel } from './receivedAudio';

const silentFile = writeWav('silence.wav', new Float32Array(48_000 * 4));
test.use({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs, `--use-file-for-fake-audio-capture=${silentFile}`] } });

const toneHz = 660;

/** The little of the page's media and Web Audio the stand-in uses (the e2e project has no DOM types). */
interface PageTrack {
  kind: string;
}
interface PageStream {
  addTrack(track: PageTrack): void;
  getAudioTracks(): PageTrack[];
}
interface PageMediaDevices {
  getDisplayMedia(options?: { audio?: unknown; video?: unknown }): Promise<PageStream>;
}
interface PageAudioNode {
  connect<T>(node: T): T;
}
interface PageToneContext {
  createOscillator(): PageAudioNode & { frequency: { value: number }; start(): void };
  createGain(): PageAudioNode & { gain: { value: number } };
  createMediaStreamDestination(): PageAudioNode & { stream: PageStream };
}
interface PageGlobals {
  navigator: { mediaDevices: PageMediaDevices };
  AudioContext: new () => PageToneContext;
  parleyDisplayAudioAsked?: unknown;
}

/** Stands in for the OS loopback: the display capture gains a tone when audio is asked for, and the ask is kept. */
function fakeComputerSound(hz: number): void {
  const page = globalThis as unknown as PageGlobals;
  const media = page.navigator.mediaDevices;
  const original = media.getDisplayMedia.bind(media);
  media.getDisplayMedia = async (options) => {
    page.parleyDisplayAudioAsked = options?.audio ?? null;
    const stream = await original({ ...options, audio: false });
    if (options?.audio) {
      const context = new page.AudioContext();
      const tone = context.createOscillator();
      tone.frequency.value = hz;
      const gain = context.createGain();
      gain.gain.value = 0.3;
      const destination = context.createMediaStreamDestination();
      tone.connect(gain).connect(destination);
      tone.start();
      const [track] = destination.stream.getAudioTracks();
      if (track) stream.addTrack(track);
    }
    return stream;
  };
}

async function displayAudioAsked(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).parleyDisplayAudioAsked);
}

let pickerHost: RunningProcess;
test.beforeAll(async () => {
  pickerHost = await startScript('tests/host/cli.ts', ['--port', '0', '--share-picker'], hostAddressPattern);
});
test.afterAll(async () => {
  await pickerHost.stop();
});

test('the computer sound shared with the screen reaches the other participant, and goes when sharing stops', async ({ browser, sim, hostUrl }) => {
  test.setTimeout(150_000);
  const aliceContext = await browser.newContext();
  await aliceContext.addInitScript(fakeComputerSound, toneHz);
  const alice = await aliceContext.newPage();
  await alice.goto(parleyUrl(pickerHost.url, sim.url, { alias: 'meet.alice', name: 'Alice Sound' }));
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Hears' });
  await expectMeetingVideoFlowing(bob);

  // Before sharing Bob hears Alice's silent microphone only.
  const before = await receivedLevel(bob, 2000);
  expect(before).toBeLessThan(0.01);

  await alice.getByRole('button', { name: 'Share screen' }).click();
  const picker = alice.getByRole('dialog', { name: 'Choose what to share' });
  await picker.getByRole('radio', { name: 'Entire screen' }).click();
  const sound = picker.getByRole('checkbox', { name: 'Share computer sound' });
  await sound.check();
  // The host offers it as Linux does: the meeting cannot be left out, and the picker says so.
  await expect(picker).toContainText('others may hear themselves faintly');
  await expectNoAxeViolations(alice, 'share picker with computer sound');
  await picker.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(alice.getByRole('region', { name: 'Presenting' })).toContainText('You are presenting');

  // What Parley asked Chromium for: its own output left out, echo cancellation on here, no voice processing.
  expect(await displayAudioAsked(alice)).toEqual({
    restrictOwnAudio: true,
    suppressLocalAudioPlayback: false,
    echoCancellation: true,
    noiseSuppression: false,
    autoGainControl: false,
  });

  // Bob hears the tone: a clear level, its strongest frequency the tone's.
  await expect.poll(() => receivedLevel(bob, 1000), { timeout: 30_000 }).toBeGreaterThan(0.03);
  const sharing = await receivedAudio(bob, 3000);
  console.log(
    `received level: before sharing ${before.toExponential(3)}, sharing computer sound ${sharing.level.toExponential(3)} (loudest ${sharing.loudestHz.toFixed(0)} Hz)`,
  );
  expect(sharing.level).toBeGreaterThan(0.03);
  expect(Math.abs(sharing.loudestHz - toneHz)).toBeLessThan(30);

  // Stopping the share takes the computer sound off the call again.
  await alice.getByRole('region', { name: 'Presenting' }).getByRole('button', { name: 'Stop sharing' }).click();
  await expect.poll(() => receivedLevel(bob, 1000), { timeout: 20_000 }).toBeLessThan(0.01);

  await aliceContext.close();
  await bob.context().close();
});
