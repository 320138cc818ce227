// The packaged shape: the real Electron main process, preload and renderer joining the simulator.
// Runs only where the Electron binary is installed; elsewhere it is reported as skipped, with why.
import { resolve } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, test } from './fixtures';
import { installedElectron } from './electronBinary';

const projectRoot = resolve(import.meta.dirname, '../..');
const executable = installedElectron(projectRoot);

const skipReason =
  'The Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); the browser host covers the renderer and core.';
test.skip(executable === null, skipReason);

// The reason is in the title so the list reporter shows why it was skipped.
const title = 'the Electron app exposes only window.parley and joins meet.alice';
test(executable === null ? `${title} [skipped: no Electron binary here]` : title, async ({ sim }) => {
  const app = await electron.launch({
    executablePath: executable ?? undefined,
    args: [projectRoot, '--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--node', sim.url, '--alias', 'meet.alice', '--name', 'Electron User'],
  });
  const window = await app.firstWindow();
  const exposed = await window.evaluate(() => ({
    parley: typeof (globalThis as { parley?: unknown }).parley,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ parley: 'object', require: 'undefined', process: 'undefined' });
  await window.getByRole('button', { name: 'Join' }).click();
  await expect(window.getByRole('button', { name: 'Leave' })).toBeVisible();
  await app.close();
  // Closing the app left the meeting: the node no longer lists the participant.
  await expect
    .poll(async () => (await sim.state()).rooms.find((room) => room.alias === 'meet.alice')?.participants.length ?? 0)
    .toBe(0);
});
