// Device tests before joining, with Chromium's fake devices: the speaker test and the microphone
// test produce sound on the element routed to the chosen speaker (its level is measured from the
// element's own output), and camera problems are explained while the join still works.
import type { Page } from '@playwright/test';
import { expect, parleyUrl, test } from './fixtures';

/**
 * The loudest RMS level (0..1) the labelled media element plays over `windowMs`, measured from
 * captureStream() of that element: what it actually outputs, not that a function was called.
 */
function loudestOutput(page: Page, label: string, windowMs: number): Promise<number> {
  return page.getByLabel(label, { exact: true }).evaluate(
    (element, ms) =>
      new Promise<number>((resolve) => {
        const media = element as unknown as { captureStream(): { getAudioTracks(): unknown[] } };
        const AudioContextClass = (globalThis as unknown as { AudioContext: new () => AudioLike }).AudioContext;
        interface AudioLike {
          createMediaStreamSource(stream: unknown): { connect(node: unknown): void };
          createAnalyser(): { fftSize: number; getFloatTimeDomainData(array: Float32Array): void };
          close(): Promise<void>;
        }
        const context = new AudioContextClass();
        const analyser = context.createAnalyser();
        analyser.fftSize = 2048;
        let loudest = 0;
        const samples = new Float32Array(analyser.fftSize);
        let attached = false;
        const timer = setInterval(() => {
          if (!attached) {
            const stream = media.captureStream();
            if (stream.getAudioTracks().length === 0) return;
            context.createMediaStreamSource(stream).connect(analyser);
            attached = true;
            return;
          }
          analyser.getFloatTimeDomainData(samples);
          let sum = 0;
          for (const sample of samples) sum += sample * sample;
          loudest = Math.max(loudest, Math.sqrt(sum / samples.length));
        }, 50);
        setTimeout(() => {
          clearInterval(timer);
          void context.close();
          resolve(loudest);
        }, ms);
      }),
    windowMs,
  );
}

test('"Play test sound" plays an audible chime on the chosen speaker', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Sam Speaker', join: false }));
  await expect(page.getByLabel('Microphone', { exact: true })).toBeEnabled();
  const speaker = page.getByLabel('Speaker', { exact: true });
  const outputs = await speaker.locator('option').evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
  // The last output listed: with Chromium's fake devices, not the system default where there is another.
  const chosen = outputs.filter((value) => value !== '').at(-1) ?? '';
  if (chosen) await speaker.selectOption(chosen);

  // Measuring starts before the click and outlasts the chime, so a slow machine cannot miss it.
  const measured = loudestOutput(page, 'Test sound', 5000);
  await page.getByRole('button', { name: 'Play test sound' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Playing a test sound' })).toBeVisible();
  const level = await measured;
  console.log(`speaker test: loudest RMS ${level.toFixed(3)} on sink "${chosen || 'default'}"`);
  expect(level).toBeGreaterThan(0.05);
  const sink = await page.getByLabel('Test sound', { exact: true }).evaluate((element) => (element as unknown as { sinkId: string }).sinkId);
  expect(sink).toBe(chosen);
  await expect(page.getByRole('button', { name: 'Play test sound' })).toBeEnabled({ timeout: 10_000 });
  await page.context().close();
});

test('"Test microphone" records a few seconds and plays them back with sound', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Mia Mic', join: false }));
  await expect(page.getByRole('button', { name: 'Test microphone' })).toBeEnabled();
  await page.getByRole('button', { name: 'Test microphone' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording 3 seconds' })).toBeVisible();
  const measured = loudestOutput(page, 'Microphone test playback', 8000);
  await expect(page.getByRole('status').filter({ hasText: 'Playing back your microphone' })).toBeVisible({ timeout: 10_000 });
  const level = await measured;
  console.log(`microphone test: loudest playback RMS ${level.toFixed(3)}`);
  // Chromium's fake microphone beeps: its recording played back is clearly above silence.
  expect(level).toBeGreaterThan(0.01);
  await expect(page.getByRole('button', { name: 'Test microphone' })).toBeEnabled({ timeout: 10_000 });
  await page.context().close();
});

test('a denied camera is explained with how to allow it, and the join still works with the microphone', async ({ browser, sim, hostUrl }) => {
  const page = await (await browser.newContext()).newPage();
  // The camera refuses the way a blocked permission does; the microphone works.
  await page.addInitScript(`(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) =>
      constraints && constraints.video
        ? Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
        : original(constraints);
  })()`);
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Dee Denied', join: false }));
  await expect(page.getByText(/^Access to the camera was denied\. To allow it, /)).toBeVisible();
  await expect(page.getByText('You can still join: others will not see or hear what is missing.')).toBeVisible();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('region', { name: 'Participants' })).toContainText('Dee Denied');
  await expect(page.getByRole('button', { name: 'Mute microphone' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});
