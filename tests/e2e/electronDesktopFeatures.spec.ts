// Settings in the real Electron app: system-wide shortcuts report what they could take, and "Check
// for updates now" answers (an unpackaged copy does not update itself); the mini window is the
// small always-on-top window. Runs only where the Electron binary is installed; elsewhere it is
// reported as skipped, with why.
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

test(titled('"Mini view" makes the meeting window small, always on top and (macOS) on every Space; "Back to full view" undoes it'), async ({ sim }) => {
  const app = await electron.launch({
    executablePath: executable ?? undefined,
    args: [projectRoot, '--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--node', sim.url, '--alias', 'meet.alice', '--name', 'Minnie Electron'],
  });
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'Join' }).click();
  await window.getByRole('button', { name: 'Mini view', exact: true }).click();
  const mini = window.getByRole('region', { name: 'Meeting in mini view' });
  await expect(mini).toBeVisible();
  // Read from Electron itself, not the fake the wiring tests use.
  const layering = () =>
    app.evaluate(({ BrowserWindow }) => {
      const [meeting] = BrowserWindow.getAllWindows();
      return { onTop: meeting?.isAlwaysOnTop(), allWorkspaces: meeting?.isVisibleOnAllWorkspaces(), width: meeting?.getBounds().width, platform: process.platform };
    });
  const small = await layering();
  // Only macOS answers for certain: Windows has no workspaces, and on Linux it is the window manager's say.
  const onEveryWorkspace = (expected: boolean) => (small.platform === 'darwin' ? expected : expect.any(Boolean));
  expect(small).toMatchObject({ onTop: true, allWorkspaces: onEveryWorkspace(true) });
  expect(small.width).toBeLessThanOrEqual(320);
  await mini.getByRole('button', { name: 'Back to full view' }).click();
  await expect(window.getByRole('button', { name: 'Mini view', exact: true })).toBeVisible();
  expect(await layering()).toMatchObject({ onTop: false, allWorkspaces: onEveryWorkspace(false) });
  await window.getByRole('button', { name: 'Leave' }).click();
  await app.close();
});
