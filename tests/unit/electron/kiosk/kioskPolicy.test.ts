// The room policy with fake timers: join at start, backoff 1 s doubling to 60 s forever, an
// immediate rejoin after losing a stable meeting, restored room state, and no rejoin for a
// ridden-out event-stream drop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/infinity/logger';
import { missingKeyProblem } from '../../../../electron/kiosk/config/configMessages';
import { kioskConfigSchema, type KioskConfig } from '../../../../electron/kiosk/config/kioskConfigSchema';
import { isDailyRestartDue } from '../../../../electron/kiosk/dailyRestart';
import { KioskPolicy } from '../../../../electron/kiosk/kioskPolicy';
import { kioskRetryDelayMs } from '../../../../electron/kiosk/retryPolicy';
import { FakePort, maintenance } from './fakeMeetingPort';

const config = (extra: Partial<KioskConfig> = {}): KioskConfig =>
  kioskConfigSchema.parse({ node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: true, ...extra });

describe('kiosk retry policy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('backs off 1 s doubling to 60 s and keeps trying forever', async () => {
    const port = new FakePort();
    port.results = Array.from({ length: 10 }, () => ({ ok: false as const, error: maintenance }));
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(400_000);
    const gaps = port.joinTimes.slice(1).map((time, index) => time - (port.joinTimes[index] ?? 0));
    expect(gaps.slice(0, 10)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
    // The eleventh attempt succeeded: in the meeting, with the reason gone.
    expect(policy.status()).toMatchObject({ state: 'in_meeting', reason: null });
    await policy.stop('test over');
  });

  it('says "reconnecting" with the reason while it retries', async () => {
    const port = new FakePort();
    port.results = [{ ok: false, error: maintenance }];
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(policy.status()).toMatchObject({ state: 'reconnecting', reason: maintenance.message });
    expect(policy.health().lastError?.message).toBe(maintenance.message);
    await vi.advanceTimersByTimeAsync(1000);
    expect(policy.status().state).toBe('in_meeting');
    await policy.stop('test over');
  });

  it('rejoins at once after losing a stable meeting, and restores microphone, camera and layout', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config({ layout: '1:7' }) });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    policy.setRoom({ micMuted: true, cameraOff: true });
    await vi.advanceTimersByTimeAsync(60_000);
    port.fire({ type: 'session_ended', code: 'disconnected', reason: 'Disconnected by the node' });
    expect(policy.status()).toMatchObject({ state: 'reconnecting', reason: 'Disconnected by the node', reconnectCount: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(port.joinTimes).toEqual([0, 60_000]);
    const rejoined = port.joinedEvents().at(-1);
    expect(rejoined).toMatchObject({ info: { participantUuid: 'uuid-2' }, room: { micMuted: true, cameraOff: true, layout: '1:7' } });
    expect(port.layouts).toEqual(['1:7', '1:7']);
    await policy.stop('test over');
  });

  it('backs off when a meeting keeps ending right after joining', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 3; i += 1) {
      port.fire({ type: 'session_ended', code: 'token_expired', reason: 'lapsed' });
      await vi.advanceTimersByTimeAsync(kioskRetryDelayMs(i + 1));
    }
    expect(port.joinTimes).toEqual([0, 1000, 3000, 7000]);
    await policy.stop('test over');
  });

  it('rides out an event-stream drop without rejoining', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    port.fire({ type: 'connection', state: 'reconnecting', reason: 'stream dropped' });
    await vi.advanceTimersByTimeAsync(5000);
    port.fire({ type: 'connection', state: 'connected' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(port.joinTimes).toEqual([0]);
    expect(port.leaves).toEqual([]);
    expect(policy.status()).toMatchObject({ state: 'in_meeting', reconnectCount: 0 });
    await policy.stop('test over');
  });

  it('leaves and rejoins when the room display reports failed media', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(60_000);
    await policy.mediaFailed('The call was disconnected: the media connection failed');
    expect(port.leaves).toEqual(['The call was disconnected: the media connection failed']);
    // The display's own English, marked as its own: it says it in the room's language itself.
    expect(policy.status()).toMatchObject({
      state: 'reconnecting',
      reason: 'The call was disconnected: the media connection failed',
      reasonWording: { kind: 'display' },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(port.joinTimes).toEqual([0, 60_000]);
    expect(policy.status()).toMatchObject({ state: 'in_meeting', reconnectCount: 1 });
    await policy.stop('test over');
  });

  it('goes idle when the meeting ends and onMeetingEnd says idle, until Join', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config({ onMeetingEnd: { action: 'idle' } }) });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    port.fire({ type: 'session_ended', code: 'disconnected', reason: 'Conference ended' });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(policy.status()).toMatchObject({ state: 'idle', reason: 'Conference ended' });
    expect(port.joinTimes).toEqual([0]);
    policy.join();
    await vi.advanceTimersByTimeAsync(0);
    expect(policy.status().state).toBe('in_meeting');
    await policy.stop('test over');
  });

  it('waits afterSeconds before rejoining an ended meeting', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config({ onMeetingEnd: { action: 'rejoin', afterSeconds: 20 } }) });
    policy.start();
    await vi.advanceTimersByTimeAsync(60_000);
    port.fire({ type: 'session_ended', code: 'disconnected', reason: 'Conference ended' });
    await vi.advanceTimersByTimeAsync(19_999);
    expect(port.joinTimes).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(port.joinTimes).toEqual([0, 80_000]);
    await policy.stop('test over');
  });

  it('stays idle without autoJoin, and in setup without a configuration', () => {
    const idle = new KioskPolicy({ port: new FakePort(), logger: silentLogger, config: config({ autoJoin: false }) });
    idle.start();
    expect(idle.status().state).toBe('idle');
    const missing = missingKeyProblem('node');
    const setup = new KioskPolicy({ port: new FakePort(), logger: silentLogger, config: null, configProblems: [missing] });
    setup.start();
    expect(setup.status()).toMatchObject({ state: 'setup', configProblems: [missing.message], configProblemWordings: [{ wording: 'keyMissing', values: { key: 'node' } }] });
    void idle.stop('done');
    void setup.stop('done');
  });

  it('hangs up the call of a room display that reloaded', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    policy.rendererAttached();
    expect(port.hangUps).toBe(1);
    await policy.stop('test over');
  });
});

describe('daily restart and admin PIN', () => {
  it('restarts once the configured time has passed since start, never while a meeting is live', () => {
    const started = new Date(2026, 0, 1, 12, 0);
    expect(isDailyRestartDue(new Date(2026, 0, 2, 3, 29), '03:30', started, false)).toBe(false);
    expect(isDailyRestartDue(new Date(2026, 0, 2, 3, 30), '03:30', started, false)).toBe(true);
    expect(isDailyRestartDue(new Date(2026, 0, 2, 3, 30), '03:30', started, true)).toBe(false);
    expect(isDailyRestartDue(new Date(2026, 0, 2, 9, 0), '03:30', started, false)).toBe(true);
    expect(isDailyRestartDue(new Date(2026, 0, 2, 9, 0), '03:30', new Date(2026, 0, 2, 4, 0), false)).toBe(false);
  });
});
