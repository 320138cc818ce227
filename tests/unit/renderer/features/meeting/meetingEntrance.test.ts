import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { meetingEntrance } from '../../../../../renderer/src/features/meeting/meetingEntrance';

describe('meeting entrance: the meeting view waits for the call to be signalled', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not hold a join without a call being signalled (no call, or it failed at once)', () => {
    const scope = effectScope();
    const entrance = scope.run(() => meetingEntrance(() => false));
    entrance?.hold();
    expect(entrance?.holding.value).toBe(false);
    scope.stop();
  });

  it('holds until the offer and answer are exchanged', async () => {
    const signalling = ref(true);
    const scope = effectScope();
    const entrance = scope.run(() => meetingEntrance(() => signalling.value, 10_000));
    expect(entrance?.holding.value).toBe(false);
    entrance?.hold();
    expect(entrance?.holding.value).toBe(true);
    signalling.value = false;
    await nextTick();
    expect(entrance?.holding.value).toBe(false);
    scope.stop();
  });

  it('shows the meeting after the wait when the node is slow to answer `calls`', () => {
    vi.useFakeTimers();
    const signalling = ref(true);
    const scope = effectScope();
    const entrance = scope.run(() => meetingEntrance(() => signalling.value, 400));
    entrance?.hold();
    vi.advanceTimersByTime(399);
    expect(entrance?.holding.value).toBe(true);
    vi.advanceTimersByTime(1);
    expect(entrance?.holding.value).toBe(false);
    scope.stop();
  });

  it('lets go when its scope ends (the app unmounts mid-join)', () => {
    vi.useFakeTimers();
    const scope = effectScope();
    const entrance = scope.run(() => meetingEntrance(() => true, 400));
    entrance?.hold();
    scope.stop();
    expect(entrance?.holding.value).toBe(false);
  });
});
