// Recovering a call's media after a network change (Wi-Fi to cable, a VPN coming up): when ICE
// disconnects and stays down, or fails, restart it with a new offer (update with iceRestart),
// keeping the meeting, roster and chat; only when the restarts do not bring it back is the call
// given up, with a reason. Plain decisions with injected timers, so the timing is unit-tested.
import type { NegotiationResult } from './slidesTransceiver';
import { mediaFailure, type MediaFailure } from './mediaFailure';

export interface IceRestartTimers {
  set(action: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface IceRestartOptions {
  /** Restarts ICE and offers it to the node (update → ack). */
  restart(): Promise<NegotiationResult>;
  /** True while a recovery is in progress ("Reconnecting media…"). */
  onRecovering(recovering: boolean): void;
  /** The restarts did not bring the media back: the call ends with this reason. */
  onGiveUp(failure: MediaFailure): void;
  /** 'disconnected' often heals by itself within a moment; wait this long first. */
  disconnectedGraceMs?: number;
  /** How long one restart may take to reach 'connected' before the next is tried. */
  attemptTimeoutMs?: number;
  maxAttempts?: number;
  timers?: IceRestartTimers;
}

export const iceRestartDefaults = { disconnectedGraceMs: 2_000, attemptTimeoutMs: 12_000, maxAttempts: 3 } as const;

const realTimers: IceRestartTimers = {
  set: (action, ms) => setTimeout(action, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type IceRecoveryPhase = 'idle' | 'connected' | 'waiting' | 'restarting' | 'given-up' | 'stopped';

export class IceRestarter {
  private phase: IceRecoveryPhase = 'idle';
  private attempts = 0;
  private timer: unknown = null;
  private readonly options: Required<IceRestartOptions>;

  constructor(options: IceRestartOptions) {
    this.options = { ...iceRestartDefaults, timers: realTimers, ...options };
  }

  get state(): IceRecoveryPhase {
    return this.phase;
  }

  /** True while media is being recovered (the call must not be ended for a 'failed' meanwhile). */
  get recovering(): boolean {
    return this.phase === 'waiting' || this.phase === 'restarting';
  }

  /** Feed every iceConnectionState change of the call's peer connection. */
  onIceState(state: RTCIceConnectionState): void {
    if (this.phase === 'given-up' || this.phase === 'stopped') return;
    switch (state) {
      case 'connected':
      case 'completed':
        this.recovered();
        return;
      case 'disconnected':
        // Before the first connection there is nothing to recover: setting up is the call's own job.
        if (this.phase !== 'connected') return;
        this.phase = 'waiting';
        this.options.onRecovering(true);
        this.arm(() => void this.attempt(), this.options.disconnectedGraceMs);
        return;
      case 'failed':
        if (this.phase === 'connected' || this.phase === 'waiting') {
          if (this.phase === 'connected') this.options.onRecovering(true);
          void this.attempt();
        }
        return;
      case 'closed':
        this.stop();
        return;
      default:
        return;
    }
  }

  stop(): void {
    this.disarm();
    this.phase = 'stopped';
  }

  private recovered(): void {
    const wasRecovering = this.recovering;
    this.disarm();
    this.phase = 'connected';
    this.attempts = 0;
    if (wasRecovering) this.options.onRecovering(false);
  }

  private async attempt(): Promise<void> {
    this.disarm();
    if (this.attempts >= this.options.maxAttempts) {
      this.giveUp(mediaFailure('mediaLost'));
      return;
    }
    this.attempts += 1;
    this.phase = 'restarting';
    const attemptNumber = this.attempts;
    // Each attempt gets its time to connect; a later one starts if it does not.
    this.arm(() => void this.attempt(), this.options.attemptTimeoutMs);
    const result = await this.options.restart();
    if (this.phase !== 'restarting' || this.attempts !== attemptNumber) return;
    if (!result.ok && this.attempts >= this.options.maxAttempts) {
      this.giveUp(mediaFailure('mediaLost', result.message));
    }
  }

  private giveUp(failure: MediaFailure): void {
    this.disarm();
    this.phase = 'given-up';
    this.options.onRecovering(false);
    this.options.onGiveUp(failure);
  }

  private arm(action: () => void, ms: number): void {
    this.disarm();
    this.timer = this.options.timers.set(action, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }
}
