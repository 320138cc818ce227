// The ICE restart state machine: when it restarts, when it gives up, and that a recovery resets it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IceRestarter, iceRestartDefaults } from '../../../../renderer/src/media/iceRestart';
import type { NegotiationResult } from '../../../../renderer/src/media/slidesTransceiver';
import type { MediaFailure } from '../../../../renderer/src/media/mediaFailure';

describe('ICE restart', () => {
  let restarts: number;
  let result: NegotiationResult;
  let recovering: boolean[];
  let gaveUp: string[];
  let failures: MediaFailure[];
  let restarter: IceRestarter;

  beforeEach(() => {
    vi.useFakeTimers();
    restarts = 0;
    result = { ok: true };
    recovering = [];
    gaveUp = [];
    failures = [];
    restarter = new IceRestarter({
      restart: async () => {
        restarts += 1;
        return result;
      },
      onRecovering: (value) => recovering.push(value),
      onGiveUp: (failure) => {
        gaveUp.push(failure.message);
        failures.push(failure);
      },
    });
    return () => vi.useRealTimers();
  });

  it('does nothing before the call has connected once', async () => {
    restarter.onIceState('checking');
    restarter.onIceState('disconnected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restarts).toBe(0);
    expect(recovering).toEqual([]);
  });

  it('rides out a short disconnection without a restart', async () => {
    restarter.onIceState('connected');
    restarter.onIceState('disconnected');
    await vi.advanceTimersByTimeAsync(iceRestartDefaults.disconnectedGraceMs - 1);
    restarter.onIceState('connected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restarts).toBe(0);
    expect(recovering).toEqual([true, false]);
  });

  it('restarts after the grace period and is recovered when ICE connects again', async () => {
    restarter.onIceState('connected');
    restarter.onIceState('disconnected');
    await vi.advanceTimersByTimeAsync(iceRestartDefaults.disconnectedGraceMs);
    expect(restarts).toBe(1);
    expect(restarter.recovering).toBe(true);
    restarter.onIceState('checking');
    restarter.onIceState('connected');
    expect(restarter.recovering).toBe(false);
    expect(recovering).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restarts).toBe(1);
    expect(gaveUp).toEqual([]);
  });

  it('restarts at once on failed', async () => {
    restarter.onIceState('connected');
    restarter.onIceState('failed');
    await vi.advanceTimersByTimeAsync(0);
    expect(restarts).toBe(1);
    expect(recovering).toEqual([true]);
  });

  it('tries again when a restart does not connect, then gives up with a reason', async () => {
    restarter.onIceState('connected');
    restarter.onIceState('failed');
    await vi.advanceTimersByTimeAsync(iceRestartDefaults.attemptTimeoutMs * iceRestartDefaults.maxAttempts);
    expect(restarts).toBe(iceRestartDefaults.maxAttempts);
    expect(gaveUp).toEqual(['the media connection was lost and could not be restored']);
    expect(recovering.at(-1)).toBe(false);
    // Given up is final for this call.
    restarter.onIceState('connected');
    restarter.onIceState('failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restarts).toBe(iceRestartDefaults.maxAttempts);
  });

  it('says why when the node refuses the last restart offer', async () => {
    result = { ok: false, message: 'the node refused the update' };
    restarter.onIceState('connected');
    restarter.onIceState('failed');
    await vi.advanceTimersByTimeAsync(iceRestartDefaults.attemptTimeoutMs * iceRestartDefaults.maxAttempts);
    expect(gaveUp).toEqual(['the media connection was lost and could not be restored (the node refused the update)']);
    expect(failures.at(-1)).toEqual({ ok: false, message: gaveUp[0], wording: 'mediaLost', detail: 'the node refused the update' });
  });

  it('a recovery gives the next network change all its attempts again', async () => {
    restarter.onIceState('connected');
    restarter.onIceState('failed');
    await vi.advanceTimersByTimeAsync(iceRestartDefaults.attemptTimeoutMs * (iceRestartDefaults.maxAttempts - 1));
    restarter.onIceState('connected');
    restarter.onIceState('failed');
    await vi.advanceTimersByTimeAsync(iceRestartDefaults.attemptTimeoutMs * (iceRestartDefaults.maxAttempts - 1));
    expect(gaveUp).toEqual([]);
    restarter.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(gaveUp).toEqual([]);
  });
});
