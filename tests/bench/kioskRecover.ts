// kiosk_recover_ms: from the simulator disconnecting the room (a kiosk browser host of its own) to
// media flowing again: a new "Meeting video" stream with its frame count rising.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startBrowserHost } from '../host';
import type { Logger } from '../../electron/service';

const roomName = 'Bench Room';
const alias = 'meet.test';
/** The meeting counts as stable this soon, so each loss is recovered the way a long meeting's is. */
const stableAfterMs = 1500;

/** The little of the page the measurement reads (the Node project has no DOM types). */
interface PageVideo {
  srcObject: unknown;
  getVideoPlaybackQuality(): { totalVideoFrames: number };
}
interface PageGlobals {
  document: { querySelector(selector: string): PageVideo | null };
  benchOldStream?: unknown;
}

async function post(simulatorUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${simulatorUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

export async function measureKioskRecovery(
  browser: Browser,
  rendererDir: string,
  simulatorUrl: string,
  samples: number,
  logger: Logger,
): Promise<number[]> {
  const folder = await mkdtemp(join(tmpdir(), 'parley-bench-kiosk-'));
  const configFile = join(folder, 'kiosk.json');
  await writeFile(configFile, JSON.stringify({ node: simulatorUrl, alias, displayName: roomName, autoJoin: true }));
  const host = await startBrowserHost({ port: 0, rendererDir, logger, kiosk: { configFile, stableAfterMs } });
  const page = await (await browser.newContext()).newPage();
  const results: number[] = [];
  try {
    await page.goto(host.pageUrl);
    for (let i = 0; i < samples; i += 1) {
      // Media flowing and the meeting stable; mark the current video so its replacement is recognised.
      await page.waitForFunction(
        () => {
          const video = (globalThis as unknown as PageGlobals).document.querySelector('video[aria-label="Meeting video"]');
          return video !== null && video.srcObject !== null && video.getVideoPlaybackQuality().totalVideoFrames > 5;
        },
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      await page.waitForTimeout(stableAfterMs + 500);
      await page.evaluate(() => {
        const marks = globalThis as unknown as PageGlobals;
        marks.benchOldStream = marks.document.querySelector('video[aria-label="Meeting video"]')?.srcObject ?? null;
      });
      // No named functions inside page callbacks: tsx's keepNames would reference a helper the page lacks.
      const recovered = page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const marks = globalThis as unknown as PageGlobals;
            let base: number | null = null;
            const deadline = Date.now() + 60_000;
            const timer = setInterval(() => {
              const video = marks.document.querySelector('video[aria-label="Meeting video"]');
              const fresh = video !== null && video.srcObject !== null && video.srcObject !== marks.benchOldStream;
              if (fresh && video) {
                const frames = video.getVideoPlaybackQuality().totalVideoFrames;
                base ??= frames;
                // Rising frames on the new stream: at least one decoded after it was attached.
                if (frames > base || (base === 0 && frames > 0)) {
                  clearInterval(timer);
                  resolve(Date.now());
                }
              }
              if (Date.now() > deadline) {
                clearInterval(timer);
                reject(new Error('media did not come back within 60 s'));
              }
            }, 5);
          }),
      );
      const disconnectedAt = Date.now();
      await post(simulatorUrl, '/_sim/disconnect', { alias, displayName: roomName, reason: 'Benchmark disconnect' });
      results.push((await recovered) - disconnectedAt);
    }
  } finally {
    await page.context().close();
    await host.close();
    await rm(folder, { recursive: true, force: true });
  }
  return results;
}
