import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  reconnectBackoff,
  refreshBackoff,
  refreshAttemptTimeoutMs,
  refreshDelayMs,
  refreshRetryDelayMs,
} from '../../../../../electron/infinity/session/refreshSchedule';

describe('refreshDelayMs', () => {
  it('is a third of the token lifetime', () => {
    expect(refreshDelayMs(120)).toBe(40_000);
    expect(refreshDelayMs(3)).toBe(1000);
  });
});

describe('backoffDelayMs', () => {
  const middle = () => 0.5; // factor exactly 1

  it('doubles from the base until the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelayMs(attempt, middle, refreshBackoff));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('keeps jitter within ±20% of the nominal delay', () => {
    for (const attempt of [0, 1, 2, 3, 10]) {
      const nominal = Math.min(reconnectBackoff.maxMs, 1000 * 2 ** attempt);
      expect(backoffDelayMs(attempt, () => 0, reconnectBackoff)).toBe(Math.round(nominal * 0.8));
      expect(backoffDelayMs(attempt, () => 0.999_999, reconnectBackoff)).toBeLessThanOrEqual(Math.round(nominal * 1.2));
      expect(backoffDelayMs(attempt, () => 0.999_999, reconnectBackoff)).toBeGreaterThan(Math.round(nominal * 1.19));
    }
  });

  it('spreads delays with Math.random inside the bounds', () => {
    for (let i = 0; i < 200; i += 1) {
      const delay = backoffDelayMs(2, Math.random, refreshBackoff);
      expect(delay).toBeGreaterThanOrEqual(3200);
      expect(delay).toBeLessThanOrEqual(4800);
    }
  });
});

describe('refreshAttemptTimeoutMs', () => {
  it('waits the full 10 s while the token has long to live', () => {
    expect(refreshAttemptTimeoutMs(80_000, 10_000)).toBe(10_000);
  });

  it('leaves a short token time for another attempt after a node that never answers', () => {
    // A 3 s token refreshed at 1 s: the wait ends with 1.25 s left, not at the lapse.
    expect(refreshAttemptTimeoutMs(2000, 10_000)).toBe(750);
    for (const remaining of [900, 1200, 2000, 5000, 20_000]) {
      expect(remaining - refreshAttemptTimeoutMs(remaining, 10_000)).toBeGreaterThan(500);
    }
  });

  it('is a whole number of milliseconds (AbortSignal.timeout throws on a fraction)', () => {
    // A token with 1995 ms left: (1995 - 500) / 2 = 747.5.
    expect(refreshAttemptTimeoutMs(1995, 10_000)).toBe(747);
    expect(() => AbortSignal.timeout(refreshAttemptTimeoutMs(1995, 10_000))).not.toThrow();
  });

  it('never waits past the lapse', () => {
    expect(refreshAttemptTimeoutMs(600, 10_000)).toBe(250);
    expect(refreshAttemptTimeoutMs(100, 10_000)).toBe(100);
    expect(refreshAttemptTimeoutMs(-50, 10_000)).toBe(1);
  });
});

describe('refreshRetryDelayMs', () => {
  it('keeps the backoff delay when it fits in the token life', () => {
    expect(refreshRetryDelayMs(1000, 2000)).toBe(1000);
  });

  it('brings the last retry forward instead of giving up with time left', () => {
    // Two failures of a 3 s token: 1 s left, the 2 s backoff would overshoot; retry with 0.5 s left.
    expect(refreshRetryDelayMs(2000, 1000)).toBe(500);
  });

  it('gives up only when too little is left for a refresh', () => {
    expect(refreshRetryDelayMs(1000, 500)).toBeNull();
    expect(refreshRetryDelayMs(1000, -10)).toBeNull();
  });
});
