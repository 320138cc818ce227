// join_to_first_frame_ms: from pressing Join until the first remote frame is decoded on
// the "Meeting video" element, with another participant already sending video.
import type { Browser } from '@playwright/test';

export async function measureJoinToFirstFrame(browser: Browser, pageUrl: string, joins: number): Promise<number[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(pageUrl);
  const samples: number[] = [];
  for (let i = 0; i < joins; i += 1) {
    await page.getByRole('button', { name: 'Join' }).waitFor();
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const join = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Join');
          if (!join) return reject(new Error('no Join button'));
          const started = performance.now();
          join.click();
          const deadline = started + 30_000;
          const poll = (): void => {
            const video = document.querySelector<HTMLVideoElement>('video[aria-label="Meeting video"]');
            if (video && video.getVideoPlaybackQuality().totalVideoFrames > 0) resolve(performance.now() - started);
            else if (performance.now() > deadline) reject(new Error('no frame within 30 s'));
            else setTimeout(poll, 2);
          };
          poll();
        }),
    );
    samples.push(elapsed);
    await page.getByRole('button', { name: 'Leave' }).click();
  }
  await page.context().close();
  return samples;
}
