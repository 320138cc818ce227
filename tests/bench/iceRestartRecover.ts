// ice_restart_recover_ms: the simulator cuts a participant's media path (/_sim/drop_media, a
// network change) until "Meeting video" decodes frames again after the stall, recovered by an ICE
// restart in the same call. It includes Chromium noticing the loss (its ICE consent checks fail),
// the restart's update/answer and the new connectivity checks.
import type { Browser } from '@playwright/test';

/** The little of the page the measurement reads (the Node project has no DOM types). */
interface PageVideo {
  getVideoPlaybackQuality(): { totalVideoFrames: number };
}
interface PageGlobals {
  document: { querySelector(selector: string): PageVideo | null };
}

/** No new frame for this long counts as the media having stopped. */
const stallMs = 400;

async function post(simulatorUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${simulatorUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

export async function measureIceRestartRecovery(
  browser: Browser,
  pageUrl: string,
  simulatorUrl: string,
  alias: string,
  displayName: string,
  samples: number,
): Promise<number[]> {
  const page = await (await browser.newContext()).newPage();
  const results: number[] = [];
  try {
    await page.goto(pageUrl);
    for (let i = 0; i < samples; i += 1) {
      await page.waitForFunction(
        () => ((globalThis as unknown as PageGlobals).document.querySelector('video[aria-label="Meeting video"]')?.getVideoPlaybackQuality().totalVideoFrames ?? 0) > 5,
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      await page.waitForTimeout(1000);
      // No named functions inside page callbacks: tsx's keepNames would reference a helper the page lacks.
      const recovered = page.evaluate(
        (stall) =>
          new Promise<number>((resolve, reject) => {
            const video = (globalThis as unknown as PageGlobals).document.querySelector('video[aria-label="Meeting video"]');
            let last = video?.getVideoPlaybackQuality().totalVideoFrames ?? 0;
            let lastAt = Date.now();
            let stalled = false;
            const deadline = Date.now() + 90_000;
            const timer = setInterval(() => {
              const frames = video?.getVideoPlaybackQuality().totalVideoFrames ?? 0;
              const now = Date.now();
              if (frames > last) {
                if (stalled) {
                  clearInterval(timer);
                  resolve(now);
                  return;
                }
                last = frames;
                lastAt = now;
              } else if (now - lastAt >= stall) {
                stalled = true;
              }
              if (now > deadline) {
                clearInterval(timer);
                reject(new Error('media did not come back within 90 s'));
              }
            }, 5);
          }),
        stallMs,
      );
      const cutAt = Date.now();
      await post(simulatorUrl, '/_sim/drop_media', { alias, displayName });
      results.push((await recovered) - cutAt);
    }
  } finally {
    await page.context().close();
  }
  return results;
}
