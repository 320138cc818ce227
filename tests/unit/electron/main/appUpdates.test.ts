// The electron-updater adapter on fake timers, with a fake autoUpdater that records calls and plays
// electron-updater's documented events (update-available, update-not-available, update-downloaded).
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultCheckEveryMs, desktopTexts } from '../../../../electron/desktop';
import { createAppUpdates, type AppUpdatesOptions, type AutoUpdater } from '../../../../electron/main/appUpdates';

class FakeAutoUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  active = true;
  calls: string[] = [];
  failCheck = false;
  isUpdaterActive(): boolean {
    return this.active;
  }
  checkForUpdates(): Promise<null> {
    this.calls.push('check');
    return this.failCheck ? Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')) : Promise.resolve(null);
  }
  downloadUpdate(): Promise<string[]> {
    this.calls.push('download');
    return Promise.resolve([]);
  }
  quitAndInstall(): void {
    this.calls.push('install');
  }
}

function setUp(overrides: Partial<AppUpdatesOptions> = {}) {
  const updater = new FakeAutoUpdater();
  const world = { meeting: false, autoDownload: true, changes: 0 };
  const updates = createAppUpdates({
    load: async () => updater as unknown as AutoUpdater,
    autoDownload: () => world.autoDownload,
    inMeeting: () => world.meeting,
    text: () => desktopTexts('en'),
    changed: () => void (world.changes += 1),
    ...overrides,
  });
  return { updater, world, updates };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('app updates', () => {
  it('leaves downloading to the policy, installs a downloaded update on quit, checks at start and every four hours', async () => {
    const { updater, updates } = setUp();
    await updates.start();
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.calls).toEqual(['check']);
    await vi.advanceTimersByTimeAsync(defaultCheckEveryMs - 1);
    expect(updater.calls).toEqual(['check']);
    await vi.advanceTimersByTimeAsync(1);
    expect(updater.calls).toEqual(['check', 'check']);
    updates.stop();
    await vi.advanceTimersByTimeAsync(defaultCheckEveryMs * 3);
    expect(updater.calls).toHaveLength(2);
  });

  it('never installs or offers during a meeting; "Restart to update" after it', async () => {
    const { updater, world, updates } = setUp();
    await updates.start();
    world.meeting = true;
    updates.meetingChanged();
    updater.emit('update-available', { version: '3.0.0' });
    expect(updater.calls).toContain('download');
    updater.emit('update-downloaded', { version: '3.0.0' });
    expect(updates.ready).toBeNull();
    expect(updates.restart()).toBe(false);
    await vi.advanceTimersByTimeAsync(defaultCheckEveryMs * 2);
    expect(updater.calls).not.toContain('install');
    expect(updates.lastCheck).toBe('Version 3.0.0 is ready. It installs when you restart Parley or quit it.');

    world.meeting = false;
    updates.meetingChanged();
    expect(updates.ready).toBe('3.0.0');
    expect(updates.restart()).toBe(true);
    expect(updater.calls.at(-1)).toBe('install');
  });

  it('with automatic download off, says an update is available and downloads nothing', async () => {
    const { updater, world, updates } = setUp();
    world.autoDownload = false;
    await updates.start();
    updater.emit('update-available', { version: '3.1.0' });
    expect(updater.calls).not.toContain('download');
    expect(updates.lastCheck).toBe('Version 3.1.0 is available. Turn on automatic download to get it.');
  });

  it('"Check for updates now" answers in words: up to date, or could not check', async () => {
    const { updater, updates } = setUp();
    await updates.start();
    const checkNow = updates.checkNow();
    updater.emit('update-not-available', { version: '1.0.0' });
    await checkNow;
    expect(updates.lastCheck).toBe('Parley is up to date.');
    updater.failCheck = true;
    await updates.checkNow();
    expect(updates.lastCheck).toBe('Parley could not check for updates. Check your internet connection and try again later.');
  });

  it('a copy that does not update itself says so; an updater that cannot load leaves the app running', async () => {
    const inactive = setUp();
    inactive.updater.active = false;
    await inactive.updates.start();
    await inactive.updates.checkNow();
    expect(inactive.updates.lastCheck).toMatch(/does not update itself/);

    const logged: string[] = [];
    const broken = setUp({ load: () => Promise.reject(new Error('no app-update.yml')), log: (message) => logged.push(message) });
    await broken.updates.start();
    expect(broken.updates.restart()).toBe(false);
    expect(logged).toEqual(['updates unavailable: no app-update.yml']);
  });
});
