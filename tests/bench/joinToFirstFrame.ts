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
    // No named functions inside page callbacks: tsx's keepNames would reference a helper the page lacks.
    const firstFrameAt = await video.evaluate(
      (element) =>
        new Promise<number>((resolve, reject) => {
          const quality = element as unknown as VideoQuality;
          const deadline = performance.now() + 30_000;
          const timer = setInterval(() => {
            if (quality.getVideoPlaybackQuality().totalVideoFrames > 0) {
              clearInterval(timer);
              resolve(performance.now());
            } else if (performance.now() > deadline) {
              clearInterval(timer);
              reject(new Error('no frame within 30 s'));
            }
          }, 1);
        }),
    );
    samples.push(firstFrameAt - started);
    await page.getByRole('button', { name: 'Leave' }).click();
  }
  await page.context().close();
  return samples;
}
