// RNNoise at work: Alice's microphone hears nothing but noise (a fake audio file of white noise),
// and Bob measures the level of what he receives from her, with RNNoise off and then on.
// Chromium's own noise suppression and gain are switched off first, so RNNoise alone makes the difference.
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { whiteNoise, writeWav } from './fakeAudioFile';
import { expect, openParley, test } from './fixtures';
import { receivedLevel } from './receivedAudio';

const noiseFile = writeWav('white-noise.wav', whiteNoise(6, 0.25));
test.use({ launchOptions: { executablePath: chromiumExecutablePath, args: [...chromiumArgs, `--use-file-for-fake-audio-capture=${noiseFile}`] } });

test('RNNoise lowers the level of a noise-only microphone at the receiver', async ({ browser, sim, hostUrl }) => {
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Noise' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Listener' });
  await expect(alice.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(bob.getByRole('button', { name: 'Leave' })).toBeVisible();

  await alice.getByRole('button', { name: 'Audio and video settings' }).click();
  const settings = alice.getByRole('region', { name: 'Audio and video settings' });
  await settings.getByRole('checkbox', { name: 'Noise suppression (built in)' }).uncheck();
  await settings.getByRole('checkbox', { name: 'Automatic gain control' }).uncheck();
  const rnnoise = settings.getByRole('checkbox', { name: 'Noise suppression (RNNoise)' });
  await expect(rnnoise).not.toBeChecked();

  // Bob must hear the noise first: the measurement is only meaningful once audio arrives.
  await expect.poll(() => receivedLevel(bob, 1000), { timeout: 30_000 }).toBeGreaterThan(0.003);
  const plain = await receivedLevel(bob, 3000);

  await rnnoise.check();
  await expect(alice.getByRole('status').filter({ hasText: 'Noise suppression is off' })).toHaveCount(0);
  // Give the switch a moment to reach Bob (a new track on the same sender, then the jitter buffer).
  await expect.poll(() => receivedLevel(bob, 1000), { timeout: 20_000 }).toBeLessThan(plain / 2);
  const suppressed = await receivedLevel(bob, 3000);
  console.log(`received noise level: plain ${plain.toExponential(3)}, with RNNoise ${suppressed.toExponential(3)}`);
  expect(suppressed).toBeLessThan(plain / 2);

  // Switching it off brings the plain microphone back.
  await rnnoise.uncheck();
  await expect.poll(() => receivedLevel(bob, 1000), { timeout: 20_000 }).toBeGreaterThan(plain / 2);

  await alice.context().close();
  await bob.context().close();
});
