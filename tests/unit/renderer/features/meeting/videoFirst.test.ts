import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { videoFirst } from '../../../../../renderer/src/features/meeting/videoFirst';

describe('video first: the side panels wait for the call to be signalled', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows them at once when no offer is being exchanged', () => {
    const scope = effectScope();
    const ready = scope.run(() => videoFirst(() => false));
    expect(ready?.value).toBe(true);
    scope.stop();
  });

  it('shows them once the offer and answer are exchanged', async () => {
    const signalling = ref(true);
    const scope = effectScope();
    const ready = scope.run(() => videoFirst(() => signalling.value, 10_000));
    expect(ready?.value).toBe(false);
    signalling.value = false;
    await nextTick();
    expect(ready?.value).toBe(true);
    scope.stop();
  });

  it('shows them after the wait when the node is slow to answer', () => {
    vi.useFakeTimers();
    const signalling = ref(true);
    const scope = effectScope();
    const ready = scope.run(() => videoFirst(() => signalling.value, 400));
    vi.advanceTimersByTime(399);
    expect(ready?.value).toBe(false);
    vi.advanceTimersByTime(1);
    expect(ready?.value).toBe(true);
    scope.stop();
  });
});
