// The update policy on fake timers: checks at start and every four hours, downloads when allowed,
// never installs during a meeting, offers "Restart to update" after it; a kiosk installs only in
// its maintenance window while idle.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUpdatePolicy, defaultCheckEveryMs, type UpdatePolicyOptions } from '../../../../electron/desktop';

function setUp(overrides: Partial<UpdatePolicyOptions> = {}) {
  const calls: string[] = [];
  const offers: (string | null)[] = [];
  const world = { meeting: false, autoDownload: true };
  const policy = createUpdatePolicy({
    updater: {
      check: async () => void calls.push('check'),
      download: async () => void calls.push('download'),
      install: () => void calls.push('install'),
    },
    autoDownload: () => world.autoDownload,
    inMeeting: () => world.meeting,
    offerRestart: (version) => offers.push(version),
    ...overrides,
  });
  return { policy, calls, offers, world };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('update policy', () => {
  it('checks at start and every four hours, until stopped', () => {
    const { policy, calls } = setUp();
    policy.start();
    expect(calls).toEqual(['check']);
    vi.advanceTimersByTime(defaultCheckEveryMs - 1);
    expect(calls).toEqual(['check']);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(defaultCheckEveryMs);
    expect(calls).toEqual(['check', 'check', 'check']);
    policy.stop();
    vi.advanceTimersByTime(defaultCheckEveryMs * 3);
    expect(calls).toHaveLength(3);
  });

  it('downloads in the background only when automatic download is on', () => {
    const off = setUp();
    off.world.autoDownload = false;
    off.policy.updateAvailable('1.2.0');
    expect(off.calls).toEqual([]);
    expect(off.policy.state).toBe('available');
    const on = setUp();
    on.policy.updateAvailable('1.2.0');
    on.policy.updateAvailable('1.2.0');
    expect(on.calls).toEqual(['download']);
  });

  it('never installs during a meeting: "Restart to update" comes after it, and quitting installs', () => {
    const { policy, calls, offers, world } = setUp();
    world.meeting = true;
    policy.updateAvailable('1.2.0');
    policy.updateDownloaded('1.2.0');
    expect(offers).toEqual([]);
    expect(policy.restartToUpdate()).toBe(false);
    vi.advanceTimersByTime(defaultCheckEveryMs * 10);
    expect(calls).not.toContain('install');
    expect(policy.installOnQuit()).toBe(true);
    world.meeting = false;
    policy.meetingChanged();
    expect(offers).toEqual(['1.2.0']);
    world.meeting = true;
    policy.meetingChanged();
    expect(offers).toEqual(['1.2.0', null]);
    world.meeting = false;
    policy.meetingChanged();
    expect(policy.restartToUpdate()).toBe(true);
    expect(calls).toEqual(['download', 'install']);
  });

  it('a kiosk installs by itself only inside its maintenance window and only while idle', () => {
    const room = { inWindow: false, idle: false };
    const { policy, calls, offers, world } = setUp({
      kiosk: { inMaintenanceWindow: () => room.inWindow, idle: () => room.idle },
      autoDownload: () => false,
    });
    policy.start();
    policy.updateAvailable('2.0.0');
    expect(calls).toEqual(['check', 'download']);
    policy.updateDownloaded('2.0.0');
    vi.advanceTimersByTime(60_000 * 30);
    room.inWindow = true;
    world.meeting = true;
    vi.advanceTimersByTime(60_000 * 5);
    expect(calls).not.toContain('install');
    world.meeting = false;
    room.idle = true;
    vi.advanceTimersByTime(60_000);
    expect(calls.filter((call) => call === 'install')).toHaveLength(1);
    expect(offers).toEqual([]);
    policy.stop();
  });

  it('a failed check or download is reported, not thrown, and the download can run again', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const { policy } = setUp({
      updater: {
        check: () => Promise.reject(new Error('offline')),
        download: () => (fail ? Promise.reject(new Error('broken')) : Promise.resolve()),
        install: () => undefined,
      },
      onError: (error) => errors.push(error),
    });
    await policy.checkNow();
    policy.updateAvailable('1.0.1');
    await vi.runAllTimersAsync();
    expect(errors.map((error) => (error as Error).message)).toEqual(['offline', 'broken']);
    expect(policy.state).toBe('available');
    fail = false;
    policy.updateAvailable('1.0.1');
    expect(policy.state).toBe('downloading');
  });
});
