// breakout_move_ms: from the host's click that moves a guest (into a breakout room, or back to the
// main room) until the guest's "Meeting video" shows the first decoded frame of the call in the new
// room. Both clocks are Date.now() on this machine (host and guest are pages of one Chromium).
import type { Browser, Page } from '@playwright/test';
import type { VideoQuality } from '../e2e/pageTypes';

/** Resolves (Date.now()) at the first decoded frame of a stream other than the one shown when armed. */
function armFirstFrameOfNextStream(guest: Page): Promise<number> {
  // No named functions inside page callbacks: tsx's keepNames would reference a helper the page lacks.
  return guest.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const page = globalThis as unknown as { document: { querySelector(selector: string): (VideoQuality & { srcObject: unknown }) | null } };
        const selector = 'video[aria-label="Meeting video"]';
        const armed = page.document.querySelector(selector)?.srcObject ?? null;
        let baseline: number | null = null;
        let seen: unknown = null;
        const deadline = Date.now() + 30_000;
        const timer = setInterval(() => {
          const video = page.document.querySelector(selector);
          const stream = video?.srcObject ?? null;
          if (video && stream && stream !== armed) {
            const frames = video.getVideoPlaybackQuality().totalVideoFrames;
            if (stream !== seen) {
              seen = stream;
              baseline = frames;
            } else if (baseline !== null && frames > baseline) {
              clearInterval(timer);
              resolve(Date.now());
              return;
            }
          }
          if (Date.now() > deadline) {
            clearInterval(timer);
            reject(new Error('no frame in the new room within 30 s'));
          }
        }, 1);
      }),
  );
}

/** The host moves the guest `moves` times, alternating into one breakout room and back. */
export async function measureBreakoutMove(browser: Browser, hostUrl: string, guestUrl: string, guestName: string, moves: number): Promise<number[]> {
  const host = await (await browser.newContext()).newPage();
  const guest = await (await browser.newContext()).newPage();
  await host.goto(hostUrl);
  await guest.goto(guestUrl);
  await guest.getByRole('button', { name: 'Leave', exact: true }).waitFor();
  const panel = host.getByRole('region', { name: 'Breakout rooms' });
  await panel.getByRole('button', { name: 'Show breakout rooms' }).click();
  // One empty room, opened by hand; the guest is moved into it and back by the host.
  await panel.getByRole('radio', { name: 'By hand' }).check();
  await panel.getByRole('spinbutton', { name: 'Number of rooms' }).fill('1');
  await panel.getByRole('button', { name: 'Open rooms' }).click();
  await panel.getByRole('region', { name: 'Room 1' }).waitFor();
  const samples: number[] = [];
  try {
    for (let i = 0; i < moves; i += 1) {
      const intoRoom = i % 2 === 0;
      const select = panel.getByRole('combobox', { name: `Move ${guestName}` });
      await select.waitFor();
      await guest.waitForTimeout(1500);
      const firstFrame = armFirstFrameOfNextStream(guest);
      const clicked = Date.now();
      await select.selectOption({ label: intoRoom ? 'Room 1' : 'Main room' });
      samples.push((await firstFrame) - clicked);
      const where = guest.getByRole('region', { name: 'Your breakout room' });
      if (intoRoom) await where.waitFor();
      else await where.waitFor({ state: 'detached' });
    }
  } finally {
    await host.getByRole('button', { name: 'Close all rooms' }).click();
    await host.getByRole('alertdialog').getByRole('button', { name: 'Close all rooms' }).click();
    await guest.context().close();
    await host.context().close();
  }
  return samples;
}
