// A node can send state that breaks reading the meeting (a throwing snapshot). The room policy reads
// it from its daily-restart timer and after an already_joined answer: there a throw is caught and
// logged, the timer keeps running and the room keeps trying; nothing reaches the process.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../electron/infinity/logger';
import { kioskConfigSchema, type KioskConfig } from '../../../../electron/kiosk/config/kioskConfigSchema';
import { KioskPolicy } from '../../../../electron/kiosk/kioskPolicy';
import { meetingPortFor } from '../../../../electron/kiosk/serviceMeetingPort';
import type { MeetingService } from '../../../../electron/service';
import { FakePort, infoFor } from './fakeMeetingPort';

const config = (extra: Partial<KioskConfig> = {}): KioskConfig =>
  kioskConfigSchema.parse({ node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: true, ...extra });

/** What a service's state() does when a node's data broke it: a lookup that became a function, say. */
const hostileState = (): never => {
  throw new TypeError("Cannot convert object to primitive value (classification 'constructor')");
};

function recordingLogger(): { logger: Logger; errors: string[] } {
  const errors: string[] = [];
  const ignore = (): void => undefined;
  return { logger: { debug: ignore, info: ignore, warn: ignore, error: (msg) => void errors.push(msg) }, errors };
}

describe('kiosk policy with a hostile conference state', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // 03:00 local on a fixed day: the daily restart at 03:30 falls inside the test.
    vi.setSystemTime(new Date(2026, 0, 2, 3, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('the daily-restart timer logs the throw and keeps running', async () => {
    const port = new FakePort();
    const { logger, errors } = recordingLogger();
    const restart = vi.fn();
    const policy = new KioskPolicy({ port, logger, config: config({ dailyRestart: '03:30' }), restart });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(policy.status().state).toBe('in_meeting');
    port.current = hostileState;
    // Without the guard the interval's throw escapes advanceTimersByTime (in the app: the process).
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(errors.filter((line) => line.startsWith('kiosk reading the meeting state failed'))).toHaveLength(5);
    // Read as "nobody else here", so the restart still happens at 03:30.
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(restart).toHaveBeenCalledTimes(1);
    await policy.stop('test over');
  });

  it('an already_joined answer whose state cannot be read leaves, retries and gets in', async () => {
    const port = new FakePort();
    const { logger, errors } = recordingLogger();
    port.results = [{ ok: false, error: { code: 'already_joined', message: 'You are already in a meeting.' } }];
    port.inMeeting = infoFor('stale');
    const readable = port.current;
    port.current = hostileState;
    const policy = new KioskPolicy({ port, logger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors.some((line) => line.startsWith('kiosk reading the meeting state failed'))).toBe(true);
    expect(port.leaves).toContain('Room state could not be read');
    expect(policy.status().state).toBe('reconnecting');
    port.current = readable;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(policy.status().state).toBe('in_meeting');
    await policy.stop('test over');
  });

  it('a join attempt that throws counts as a failed attempt and is retried', async () => {
    const port = new FakePort();
    const { logger, errors } = recordingLogger();
    const join = port.join;
    port.join = () => Promise.reject(new TypeError('state build failed'));
    const policy = new KioskPolicy({ port, logger, config: config() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toContain('kiosk join attempt failed; carrying on');
    expect(policy.status()).toMatchObject({ state: 'reconnecting', reason: 'The room could not join the meeting.' });
    port.join = join;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(policy.status().state).toBe('in_meeting');
    await policy.stop('test over');
  });

  it('through the real service port: a throwing service state() is caught the same way', async () => {
    const service = {
      handlers: { join: async () => ({ ok: false, error: { code: 'already_joined', message: 'You are already in a meeting.' } }), leave: async () => ({ ok: true, value: null }) },
      joined: true,
      state: hostileState,
      onEvent: () => () => undefined,
      kiosk: { emit: () => undefined },
    } as unknown as MeetingService;
    const { logger, errors } = recordingLogger();
    const policy = new KioskPolicy({ port: meetingPortFor(service), logger, config: config({ dailyRestart: '03:30' }), restart: () => undefined });
    policy.start();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(errors.filter((line) => line.startsWith('kiosk reading the meeting state failed')).length).toBeGreaterThanOrEqual(3);
    expect(policy.status().state).toBe('reconnecting');
    await policy.stop('test over');
  });
});
