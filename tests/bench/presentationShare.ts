// share_to_first_frame_ms: "Share screen" pressed in A until B decodes the first frame of the
// presentation; presentation_width and presentation_fps: what B receives, once a second, while A
// presents a static slide (a 1920x1080 slide repainted unchanged at 15 fps, standing in for a
// screen showing one slide: Chromium's fake screen would be a moving test pattern).
import type { Browser, Page } from '@playwright/test';
import { SdkPeer } from '../sdk/sdkPeerDriver';

export interface PresentationSamples {
  shareToFirstFrameMs: number[];
  /** The same for Pexip's SDK (presenter and viewer both SDK clients), shared in turn with Parley's. */
  sdkShareToFirstFrameMs: number[];
  widths: number[];
  fps: number[];
}

// A string, not a function: tsx's keepNames would reference helpers the page does not have.
export const staticSlideScript = `
  (() => {
    const media = navigator.mediaDevices;
    if (!media) return;
    media.getDisplayMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 1920;
      canvas.height = 1080;
      const g = canvas.getContext('2d');
      const paint = () => {
        g.fillStyle = '#ffffff';
        g.fillRect(0, 0, 1920, 1080);
        g.fillStyle = '#1f3b66';
        g.fillRect(0, 0, 1920, 160);
        g.fillStyle = '#ffffff';
        g.font = 'bold 88px sans-serif';
        g.fillText('Quarterly review', 96, 112);
        g.fillStyle = '#1c2430';
        g.font = '56px sans-serif';
        const lines = ['Revenue up 12% year on year', 'Three new regions live', 'Support response under 2 hours', 'Next: roadmap for Q3'];
        lines.forEach((line, index) => g.fillText('• ' + line, 140, 320 + index * 130));
        g.font = '28px monospace';
        for (let row = 0; row < 4; row += 1) g.fillText('Small print keeps its detail: 0123456789 abcdefghijklmnopqrstuvwxyz', 140, 900 + row * 36);
      };
      const stream = canvas.captureStream(15);
      // A screen capture stops when its track is stopped: so does this painting (left running, every
      // share of a run added a 1080p canvas repainted 15 times a second, and later shares slowed down).
      const painting = setInterval(() => {
        if (stream.getVideoTracks().every((track) => track.readyState === 'ended')) clearInterval(painting);
        else paint();
      }, 1000 / 15);
      paint();
      return stream;
    };
  })();
`;

const presentationSelector = 'video[aria-label="Presentation"]';

/**
 * Resolves with the epoch time (ms) at which B's presentation video has decoded its first frame: Date.now(), which the
 * presenter's page reads alike (timeOrigin + now() keeps each page's clock as it was when the page opened).
 */
function firstFrameAt(viewer: Page, presentationSelector: string): Promise<number> {
  return viewer.evaluate(
    (selector) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + 30_000;
        const timer = setInterval(() => {
          const page = globalThis as unknown as { document: { querySelector(query: string): unknown } };
          const element = page.document.querySelector(selector) as { getVideoPlaybackQuality(): { totalVideoFrames: number } } | null;
          if (element && element.getVideoPlaybackQuality().totalVideoFrames > 0) {
            clearInterval(timer);
            resolve(Date.now());
          } else if (performance.now() > deadline) {
            clearInterval(timer);
            reject(new Error('no presentation frame within 30 s'));
          }
        }, 1);
      }),
    presentationSelector,
  );
}

async function pressShare(presenter: Page, enabledShare = 'button.share:enabled'): Promise<number> {
  const share = presenter.getByRole('button', { name: 'Share screen' });
  // Enabled once the call exists.
  await presenter.locator(enabledShare).waitFor();
  return share.evaluate((button) => {
    const now = Date.now();
    (button as unknown as { click(): void }).click();
    return now;
  });
}

/** Two SDK clients in a room of their own: one presents the same slide, one views. */
export interface SdkPresentationPair {
  pageUrl: string;
  alias: string;
}

interface SdkPair {
  presenter: SdkPeer;
  viewer: SdkPeer;
}

async function openSdkPair(browser: Browser, pair: SdkPresentationPair): Promise<SdkPair> {
  const presenter = await SdkPeer.open(browser, pair.pageUrl, staticSlideScript);
  const viewer = await SdkPeer.open(browser, pair.pageUrl);
  for (const [peer, displayName] of [[presenter, 'Bench SDK Presenter'], [viewer, 'Bench SDK Viewer']] as const) {
    const joined = await peer.join({ alias: pair.alias, displayName });
    if (joined.joinStatus !== 200) throw new Error(`the SDK peer could not join ${pair.alias}: ${joined.errors.join('; ')}`);
  }
  return { presenter, viewer };
}

/**
 * One SDK share: "Share screen" pressed in the SDK presenter until the SDK viewer decodes a frame;
 * undefined when no frame came (the share is stopped and the run goes on, reporting fewer samples).
 */
async function sdkShare({ presenter, viewer }: SdkPair): Promise<number | undefined> {
  await viewer.clearPresentation();
  const stopsBefore = (await viewer.report()).presentationStops;
  // Handled at once: it may fail while the press is still being made.
  const decoded = firstFrameAt(viewer.page, '#remote-presentation').catch((error: unknown) => {
    console.warn(`Pexip SDK share lost: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  const pressed = await pressShare(presenter.page, '#share');
  const at = await decoded;
  const sample = at === undefined ? undefined : at - pressed;
  await presenter.stopPresenting();
  // The viewer has seen the stop before the next share starts.
  const deadline = Date.now() + 30_000;
  while (sample !== undefined && (await viewer.report()).presentationStops <= stopsBefore) {
    if (Date.now() > deadline) throw new Error('the SDK viewer saw no presentation stop within 30 s');
    await viewer.page.waitForTimeout(20);
  }
  // The SDK renegotiates the slides line to inactive after releasing the floor; a share pressed
  // during that exchange is lost in the SDK (a person does not share again within milliseconds).
  await presenter.page.waitForTimeout(500);
  return sample;
}

export async function measurePresentation(
  browser: Browser,
  presenterUrl: string,
  viewerUrl: string,
  shares: number,
  rateSeconds: number,
  sdk?: SdkPresentationPair,
): Promise<PresentationSamples> {
  const presenterContext = await browser.newContext();
  await presenterContext.addInitScript(staticSlideScript);
  const presenter = await presenterContext.newPage();
  const viewer = await (await browser.newContext()).newPage();
  await presenter.goto(presenterUrl);
  await viewer.goto(viewerUrl);
  await presenter.getByRole('button', { name: 'Leave' }).waitFor();
  await viewer.getByRole('button', { name: 'Leave' }).waitFor();

  const sdkPair = sdk
    ? await openSdkPair(browser, sdk).catch((error: unknown) => {
        console.warn(`Pexip SDK shares not measured: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      })
    : undefined;

  const samples: PresentationSamples = { shareToFirstFrameMs: [], sdkShareToFirstFrameMs: [], widths: [], fps: [] };
  try {
    for (let i = 0; i < shares; i += 1) {
      const sdkSample = sdkPair ? await sdkShare(sdkPair) : undefined;
      if (sdkSample !== undefined) samples.sdkShareToFirstFrameMs.push(sdkSample);
      const decoded = firstFrameAt(viewer, presentationSelector);
      const pressed = await pressShare(presenter);
      samples.shareToFirstFrameMs.push((await decoded) - pressed);
      if (i === shares - 1) {
        // Let the encoder settle on the slide, then sample once a second.
        await viewer.waitForTimeout(3000);
        const video = viewer.locator(presentationSelector);
        let last = await video.evaluate((element) => (element as unknown as { getVideoPlaybackQuality(): { totalVideoFrames: number } }).getVideoPlaybackQuality().totalVideoFrames);
        for (let s = 0; s < rateSeconds; s += 1) {
          await viewer.waitForTimeout(1000);
          const now = await video.evaluate((element) => {
            const media = element as unknown as { videoWidth: number; getVideoPlaybackQuality(): { totalVideoFrames: number } };
            return { frames: media.getVideoPlaybackQuality().totalVideoFrames, width: media.videoWidth };
          });
          samples.fps.push(now.frames - last);
          samples.widths.push(now.width);
          last = now.frames;
        }
      }
      await presenter.getByRole('button', { name: 'Stop sharing' }).click();
      await viewer.locator(presentationSelector).waitFor({ state: 'detached' });
    }
  } finally {
    await presenter.context().close();
    await viewer.context().close();
    await sdkPair?.presenter.close();
    await sdkPair?.viewer.close();
  }
  return samples;
}
