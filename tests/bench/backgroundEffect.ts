// Background effect figures, in a browser of its own whose fake camera is the generated person at
// 1280x720, 30 fps (tests/support/fakeCameraY4m.ts), on a steady two-person call:
// - effect_fps: frames per second out of the blur pipeline ("Strong blur"), counted where they are
//   shown (Alice's self view plays the pipeline's output track);
// - call_cpu_ms_per_s: CPU time per second of wall time of every Chromium process (browser,
//   renderers, GPU: CDP SystemInfo.getProcessInfo) plus this Node process (the browser host and the
//   simulator run in it: process.cpuUsage), without and with blur (_blur);
// - effect_cpu_ms_per_frame: the CPU the blur adds per second, divided by the frames it made.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/chromiumLaunch';
import { writePersonY4m } from '../support/fakeCameraY4m';

interface PageVideo {
  getVideoPlaybackQuality(): { totalVideoFrames: number };
  videoWidth: number;
}
interface PageGlobals {
  document: { querySelector(selector: string): PageVideo | null };
}

export interface EffectFigures {
  /** One value per measuring window. */
  effectFps: number[];
  effectCpuMsPerFrame: number[];
  callCpuMsPerS: number[];
  callCpuMsPerSBlur: number[];
  /** The self view's picture width while blurred (1280 expected). */
  effectWidth: number;
}

const windowMs = 5_000;

async function chromiumCpuSeconds(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
    return info.processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  } finally {
    await session.detach();
  }
}

function nodeCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** CPU ms per second of wall time over one window (Chromium + this Node process). */
async function cpuPerSecond(browser: Browser): Promise<number> {
  const chromiumBefore = await chromiumCpuSeconds(browser);
  const nodeBefore = nodeCpuSeconds();
  const startedAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const chromiumAfter = await chromiumCpuSeconds(browser);
  const nodeAfter = nodeCpuSeconds();
  const seconds = (Date.now() - startedAt) / 1000;
  return ((chromiumAfter - chromiumBefore + nodeAfter - nodeBefore) * 1000) / seconds;
}

function selfViewFrames(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('video[aria-label="Self view"]')?.getVideoPlaybackQuality().totalVideoFrames ?? 0);
}

export async function measureBackgroundEffect(pageUrl: (name: string) => string, windows: number): Promise<EffectFigures> {
  const camera = writePersonY4m(join(tmpdir(), 'parley-bench-person-1280x720.y4m'), 1280, 720, 2, 30);
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs, `--use-file-for-fake-video-capture=${camera}`] });
  const figures: EffectFigures = { effectFps: [], effectCpuMsPerFrame: [], callCpuMsPerS: [], callCpuMsPerSBlur: [], effectWidth: 0 };
  try {
    const alice = await (await browser.newContext()).newPage();
    const bob = await (await browser.newContext()).newPage();
    await alice.goto(pageUrl('Bench Effect Alice'));
    await bob.goto(pageUrl('Bench Effect Bob'));
    await alice.getByRole('button', { name: 'Leave' }).waitFor();
    await bob.getByRole('button', { name: 'Leave' }).waitFor();
    // Settle the call before measuring (ICE, the first keyframes, the bitrate ramp).
    await alice.waitForTimeout(5_000);
    for (let i = 0; i < windows; i++) figures.callCpuMsPerS.push(await cpuPerSecond(browser));

    await alice.getByRole('button', { name: 'Audio and video settings' }).click();
    await alice.getByRole('group', { name: 'Background' }).getByRole('radio', { name: 'Strong blur' }).check({ timeout: 120_000 });
    await alice.getByText('Starting the background effect').waitFor({ state: 'hidden', timeout: 180_000 });
    const failure = alice.getByText('Background effects are not available on this computer');
    if (await failure.isVisible()) throw new Error(await failure.innerText());
    await alice.waitForTimeout(3_000);
    for (let i = 0; i < windows; i++) {
      const framesBefore = await selfViewFrames(alice);
      const startedAt = Date.now();
      const cpu = await cpuPerSecond(browser);
      const fps = ((await selfViewFrames(alice)) - framesBefore) / ((Date.now() - startedAt) / 1000);
      figures.callCpuMsPerSBlur.push(cpu);
      figures.effectFps.push(fps);
    }
    if (await failure.isVisible()) throw new Error(await failure.innerText());
    figures.effectWidth = await alice.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelector('video[aria-label="Self view"]')?.videoWidth ?? 0);
    const plainCpu = figures.callCpuMsPerS.reduce((sum, value) => sum + value, 0) / figures.callCpuMsPerS.length;
    figures.effectCpuMsPerFrame = figures.callCpuMsPerSBlur.map((cpu, index) => (cpu - plainCpu) / Math.max(1, figures.effectFps[index] ?? 1));
  } finally {
    await browser.close();
  }
  return figures;
}
