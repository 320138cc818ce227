import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  reconnectBackoff,
  refreshBackoff,
  refreshDelayMs,
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
