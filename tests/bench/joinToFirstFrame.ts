// join_to_first_frame_ms: from pressing Join until the first remote frame is decoded on the
// "Meeting video" element, with another participant already sending video. Also the same for
// Pexip's SDK (join_to_first_frame_ms_pexip_sdk, tests/sdk), one join of each in turn, so both see
// the same machine load.
import type { Browser, Locator, Page } from '@playwright/test';
import { SdkPeer } from '../sdk/sdkPeerDriver';
import type { SdkJoinOptions } from '../sdk/sdkReport';
import type { VideoQuality } from '../e2e/pageTypes';

export interface JoinSamples {
  parley: number[];
  pexipSdk: number[];
}

/**
 * The pause after each join before the next. The simulator forwards the sender's video, so a new
 * joiner's first frame is the keyframe the sender's Chromium makes when asked; WebRTC ignores a
 * request within 300 ms of the last one (kMinKeyframeSendIntervalMs, video/encoder_rtcp_feedback.cc).
 * Joins back to back (the previous joiner's keyframe was asked for 200–300 ms earlier) then timed
 * that throttle: samples fell into a group ~100 ms slower for both clients (Parley 143–200 ms or
 * 285–305; the SDK 171–247 or 340–347, one run of 12 each). A node's own encoder has no such wait.
 */
export const keyframeQuietMs = 400;

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Clicks `button` in the page and answers the page's clock at the click. */
function clickAndClock(button: Locator): Promise<number> {
  return button.evaluate((button) => {
    const now = performance.now();
    (button as unknown as { click(): void }).click();
    return now;
  });
}

/** The page's clock when `selector`'s video element has decoded its first frame. */
function firstFrameAt(page: Page, selector: string): Promise<number> {
  // No named functions inside page callbacks: tsx's keepNames would reference a helper the page lacks.
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 30_000;
        const timer = setInterval(() => {
          const element = (globalThis as unknown as { document: { querySelector(q: string): unknown } }).document.querySelector(query);
          const quality = element as VideoQuality | null;
          if (quality && quality.getVideoPlaybackQuality().totalVideoFrames > 0) {
            clearInterval(timer);
            resolve(performance.now());
          } else if (performance.now() > deadline) {
            clearInterval(timer);
            reject(new Error('no frame within 30 s'));
          }
        }, 1);
      }),
    selector,
  );
}

/** The sample, or undefined (with a warning) when no frame came: one lost join does not end the run. */
function orLost(who: string, frame: Promise<number>, started: number): Promise<number | undefined> {
  return frame.then(
    (at) => at - started,
    (error: unknown) => {
      console.warn(`${who} join lost: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    },
  );
}

async function parleyJoin(page: Page): Promise<number | undefined> {
  const join = page.getByRole('button', { name: 'Join', exact: true });
  await join.waitFor();
  // The preview shows the camera, as for a person looking at the join screen (the SDK's page too).
  await firstFrameAt(page, 'video.preview-video');
  const started = await clickAndClock(join);
  const sample = await orLost('Parley', firstFrameAt(page, 'video[aria-label="Meeting video"]'), started);
  await page.getByRole('button', { name: 'Leave' }).click();
  await pause(keyframeQuietMs);
  return sample;
}

async function sdkJoin(peer: SdkPeer, options: SdkJoinOptions): Promise<number | undefined> {
  await peer.prepareJoin(options);
  const started = await clickAndClock(peer.page.locator('#join:enabled'));
  const sample = await orLost('Pexip SDK', firstFrameAt(peer.page, '#remote-video'), started);
  await peer.disconnect();
  await pause(keyframeQuietMs);
  return sample;
}

/** `joins` joins of Parley (page at `pageUrl`) and of the SDK peer (page at `sdkPageUrl`), alternating. */
export async function measureJoinToFirstFrame(
  browser: Browser,
  pageUrl: string,
  sdkPageUrl: string,
  sdkOptions: SdkJoinOptions,
  joins: number,
): Promise<JoinSamples> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(pageUrl);
  const peer = await SdkPeer.open(browser, sdkPageUrl);
  const samples: JoinSamples = { parley: [], pexipSdk: [] };
  try {
    for (let i = 0; i < joins; i += 1) {
      // Which goes first alternates too, so neither always follows the other's leave.
      const keep = (list: number[], sample: number | undefined) => {
        if (sample !== undefined) list.push(sample);
      };
      if (i % 2 === 0) {
        keep(samples.parley, await parleyJoin(page));
        keep(samples.pexipSdk, await sdkJoin(peer, sdkOptions));
      } else {
        keep(samples.pexipSdk, await sdkJoin(peer, sdkOptions));
        keep(samples.parley, await parleyJoin(page));
      }
    }
  } finally {
    await page.context().close();
    await peer.close();
  }
  return samples;
}
