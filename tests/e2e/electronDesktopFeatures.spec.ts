// Settings in the real Electron app: system-wide shortcuts report what they could take, and "Check
// for updates now" answers (an unpackaged copy does not update itself). Runs only where the
// Electron binary is installed; elsewhere it is reported as skipped, with why.
import { resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { expect, test } from './fixtures';
import { installedElectron } from './electronBinary';
import { expectNoAxeViolations } from './accessibility';

const projectRoot = resolve(import.meta.dirname, '../..');
const executable = installedElectron(projectRoot);

const skipReason =
  'The Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); the wiring tests cover these paths against the Electron fake.';
test.skip(executable === null, skipReason);

const titled = (title: string) => (executable === null ? `${title} [skipped: no Electron binary here]` : title);

async function launch(): Promise<ElectronApplication> {
  return electron.launch({ executablePath: executable ?? undefined, args: [projectRoot, '--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
}

test(titled('turning on System-wide shortcuts says which keys work from other apps, or which another app holds'), async () => {
  const app = await launch();
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'Settings', exact: true }).click();
  await window.getByLabel('System-wide shortcuts (toggle mute and push-to-talk while another app has focus)').check();
  await expect(window.getByText(/Ctrl\+Alt\+M mutes or unmutes you|Another app is already using Ctrl\+Alt\+M/)).toBeVisible();
  await expectNoAxeViolations(window, 'Settings with system-wide shortcuts on');
  await window.getByLabel('System-wide shortcuts (toggle mute and push-to-talk while another app has focus)').uncheck();
  await app.close();
});

test(titled('"Check for updates now" answers in words'), async () => {
  const app = await launch();
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'Settings', exact: true }).click();
  await window.getByRole('button', { name: 'Check for updates now' }).click();
  await expect(window.getByRole('status').filter({ hasText: /does not update itself|up to date|could not check/ })).toBeVisible();
  await app.close();
});
