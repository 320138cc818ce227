import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emitAtRate } from '../../sim/control/eventBurst';

describe('emitAtRate', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('spreads the events over time at the requested rate', async () => {
    let emitted = 0;
    const done = emitAtRate(() => (emitted += 1), 10, 100); // one every 10 ms
    expect(emitted).toBe(1);
    await vi.advanceTimersByTimeAsync(45);
    expect(emitted).toBe(5);
    await vi.advanceTimersByTimeAsync(60);
    expect(await done).toBe(10);
    expect(emitted).toBe(10);
  });

  it('sends nothing for a zero count', async () => {
    let emitted = 0;
    expect(await emitAtRate(() => (emitted += 1), 0, 100)).toBe(0);
    expect(emitted).toBe(0);
  });
});
