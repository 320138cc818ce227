// A room system's updates on fake timers: downloaded by itself, installed only inside the
// maintenance window while the room is idle, never during a meeting.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskState } from '../../../../../electron/shared/kioskCommands';
import type { AutoUpdater } from '../../../../../electron/main/appUpdates';
import { startKioskUpdates } from '../../../../../electron/main/kiosk/kioskUpdates';

class FakeAutoUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  calls: string[] = [];
  isUpdaterActive = () => true;
  checkForUpdates = async () => void this.calls.push('check');
  downloadUpdate = async () => void this.calls.push('download');
  quitAndInstall = () => void this.calls.push('install');
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function setUp(maintenance: { days: string[]; from: string; to: string } | undefined) {
  const updater = new FakeAutoUpdater();
  const room = { state: 'idle' as KioskState, joined: false };
  // Only what the updates read of the runtime: the maintenance window and the room's state.
  const runtime = { config: maintenance ? { maintenance } : {}, policy: { status: () => ({ state: room.state }) } };
  const service = {
    get joined() {
      return room.joined;
    },
  };
  const updates = startKioskUpdates(runtime as never, service, silent, async () => updater as unknown as AutoUpdater);
  return { updater, room, updates };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('kiosk updates', () => {
  it('download by themselves and install inside the maintenance window, only once the room is idle', async () => {
    // Wednesday 01:00 local; the window is every day 02:00 to 04:00.
    vi.setSystemTime(new Date(2026, 11, 2, 1, 0));
    const { updater, room } = setUp({ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '02:00', to: '04:00' });
    await vi.advanceTimersByTimeAsync(0);
    updater.emit('update-available', { version: '5.0.0' });
    expect(updater.calls).toContain('download');
    updater.emit('update-downloaded', { version: '5.0.0' });
    await vi.advanceTimersByTimeAsync(50 * 60_000);
    expect(updater.calls).not.toContain('install');

    // 02:00: in the window, but a meeting runs.
    room.state = 'in_meeting';
    room.joined = true;
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(updater.calls).not.toContain('install');

    room.state = 'idle';
    room.joined = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(updater.calls.filter((call) => call === 'install')).toHaveLength(1);
  });

  it('without a maintenance window never installs by itself (only when Parley quits)', async () => {
    vi.setSystemTime(new Date(2026, 11, 2, 3, 0));
    const { updater } = setUp(undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    updater.emit('update-available', { version: '5.0.0' });
    updater.emit('update-downloaded', { version: '5.0.0' });
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(updater.calls).not.toContain('install');
  });
});
