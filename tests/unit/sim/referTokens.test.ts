import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReferTokens } from '../../sim/auth/referTokens';

afterEach(() => {
  vi.useRealTimers();
});

describe('ReferTokens', () => {
  it('redeems a token once, and not after it expires', () => {
    vi.useFakeTimers();
    const tokens = new ReferTokens(() => 1000);
    const once = tokens.issue({ roomKey: 'meet.a', role: 'GUEST' });
    expect(tokens.redeem(once)).toEqual({ roomKey: 'meet.a', role: 'GUEST' });
    expect(tokens.redeem(once)).toBeUndefined();
    const late = tokens.issue({ roomKey: 'meet.a', role: 'HOST' });
    vi.advanceTimersByTime(1000);
    expect(tokens.redeem(late)).toBeUndefined();
  });
});
