// join_to_first_frame_ms: from pressing Join until the first remote frame is decoded on
// the "Meeting video" element, with another participant already sending video.
import type { Browser } from '@playwright/test';
import type { VideoQuality } from '../e2e/pageTypes';

export async function measureJoinToFirstFrame(browser: Browser, pageUrl: string, joins: number): Promise<number[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(pageUrl);
  const samples: number[] = [];
  for (let i = 0; i < joins; i += 1) {
    const join = page.getByRole('button', { name: 'Join' });
    await join.waitFor();
    // Start the clock in the page at the click, and stop it at the first decoded frame.
    const started = await join.evaluate((button) => {
      const now = performance.now();
      (button as unknown as { click(): void }).click();
      return now;
    });
    const video = page.getByLabel('Meeting video');
    await video.waitFor({ timeout: 30_000 });
    const firstFrameAt = await video.evaluate(
      (element) =>
        new Promise<number>((resolve, reject) => {
          const quality = element as unknown as VideoQuality;
          const deadline = performance.now() + 30_000;
          const poll = (): void => {
            if (quality.getVideoPlaybackQuality().totalVideoFrames > 0) resolve(performance.now());
            else if (performance.now() > deadline) reject(new Error('no frame within 30 s'));
            else setTimeout(poll, 2);
          };
          poll();
        }),
    );
    samples.push(firstFrameAt - started);
    await page.getByRole('button', { name: 'Leave' }).click();
  }
  await page.context().close();
  return samples;
}
