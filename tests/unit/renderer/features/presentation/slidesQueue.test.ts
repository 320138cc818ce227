import { describe, expect, it } from 'vitest';
import { createSlidesQueue } from '../../../../../renderer/src/features/presentation/slidesQueue';

describe('slides queue', () => {
  it('runs changes one at a time, in the order asked', async () => {
    const queue = createSlidesQueue();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = queue(async () => {
      log.push('first:start');
      await new Promise<void>((resolve) => (release = resolve));
      log.push('first:end');
    });
    const second = queue(async () => {
      log.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(log).toEqual(['first:start']);
    release();
    await first;
    expect(await second).toBe(2);
    expect(log).toEqual(['first:start', 'first:end', 'second']);
  });

  it('keeps going after a change fails, and hands the failure to its caller', async () => {
    const queue = createSlidesQueue();
    const failed = queue(async () => Promise.reject(new Error('renegotiation failed')));
    const next = queue(async () => 'next');
    await expect(failed).rejects.toThrow('renegotiation failed');
    expect(await next).toBe('next');
  });
});
