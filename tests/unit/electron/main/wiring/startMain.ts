// Starts electron/main as a fresh "process" against the Electron fake: new module instances, the
// given command line and platform, then Electron's ready.
import { vi } from 'vitest';
import { fakeElectron } from '../../../../support/electronFake';
import { createdServices } from './fakeMeetingService';

export interface MainLaunch {
  args?: string[];
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  /** app.isPackaged (default true: argv is then the program and its flags, as given here). */
  packaged?: boolean;
  /** Runs on the fresh fake before main loads (e.g. another instance holds the lock). */
  prepare?: () => void;
}

const originalArgv = process.argv;
const originalPlatform = process.platform;
let envKeys: string[] = [];

export async function startMain(launch: MainLaunch = {}): Promise<void> {
  fakeElectron.reset();
  fakeElectron.app.isPackaged = launch.packaged ?? true;
  launch.prepare?.();
  createdServices.length = 0;
  vi.resetModules();
  process.argv = ['/opt/Parley/parley', ...(launch.args ?? [])];
  Object.defineProperty(process, 'platform', { value: launch.platform ?? 'linux', configurable: true });
  envKeys = Object.keys(launch.env ?? {});
  for (const [key, value] of Object.entries(launch.env ?? {})) process.env[key] = value;
  await import('../../../../../electron/main/index');
  fakeElectron.app.becomeReady();
  await settle();
}

/** Restores what startMain changed. */
export function restoreProcess(): void {
  process.argv = originalArgv;
  Object.defineProperty(process, 'platform', { value: originalPlatform, configurable: true });
  for (const key of envKeys) delete process.env[key];
  envKeys = [];
}

/** Lets every pending promise callback run (several rounds: chains of awaits). */
export async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Waits until `condition` holds: main's work includes file reads and sockets, which finish on
 * their own schedule. Fails, naming `what`, if it never does (not a measure of speed).
 */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 2_000; round += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never happened: ${what}`);
}
