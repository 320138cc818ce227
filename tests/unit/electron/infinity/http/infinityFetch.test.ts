import { describe, expect, it } from 'vitest';
import { withTimeout } from '../../../../../electron/infinity/http/infinityFetch';

describe('withTimeout', () => {
  it('accepts any delay a computation can produce, where AbortSignal.timeout throws', () => {
    for (const ms of [747.5, -5, 0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 40]) {
      expect(() => withTimeout(ms), String(ms)).not.toThrow();
      expect(withTimeout(ms).signal?.aborted).toBe(false);
    }
  });

  it('aborts after the delay', async () => {
    const { signal } = withTimeout(5);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as Error).name).toBe('TimeoutError');
  });
});
