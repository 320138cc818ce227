// How good the call's connection is, from packet loss and round-trip time, and whether it has stayed
// bad long enough to tell the person ("Your connection is unstable; video may freeze"). One bad
// second is normal on any network; a warning for it would only teach people to ignore warnings.
import type { StreamFigures } from './callStatistics';

export type ConnectionQuality = 'good' | 'fair' | 'poor';

/** Loss (0–1) and round trip (ms) at or above which a sample is fair or poor. */
export const qualityThresholds = {
  fair: { loss: 0.02, roundTripMs: 300 },
  poor: { loss: 0.08, roundTripMs: 600 },
} as const;

/** How long poor must last before the hint shows, and good-or-fair before it goes again. */
export const unstableAfterMs = 5_000;
export const stableAfterMs = 10_000;

export interface ConnectionSample {
  /** The worst packet loss of the streams that flow (0–1), or null when nothing flows yet. */
  loss: number | null;
  /** The worst round trip, or null when none is known. */
  roundTripMs: number | null;
}

/** The worst loss and round trip over the streams of one set of figures. */
export function connectionSampleOf(figures: readonly StreamFigures[]): ConnectionSample {
  let loss: number | null = null;
  let roundTripMs: number | null = null;
  for (const figure of figures) {
    if (figure.packetLoss !== null && (figure.bitrate ?? 0) > 0) loss = Math.max(loss ?? 0, figure.packetLoss);
    if (figure.roundTripMs !== null) roundTripMs = Math.max(roundTripMs ?? 0, figure.roundTripMs);
  }
  return { loss, roundTripMs };
}

export function qualityOf(sample: ConnectionSample): ConnectionQuality {
  const loss = sample.loss ?? 0;
  const rtt = sample.roundTripMs ?? 0;
  if (loss >= qualityThresholds.poor.loss || rtt >= qualityThresholds.poor.roundTripMs) return 'poor';
  if (loss >= qualityThresholds.fair.loss || rtt >= qualityThresholds.fair.roundTripMs) return 'fair';
  return 'good';
}

export interface QualityState {
  quality: ConnectionQuality | null;
  /** True while the connection has stayed poor: the hint is shown. */
  unstable: boolean;
}

/**
 * Follows samples over time: `unstable` turns on after poor has lasted `unstableAfterMs` and off
 * after it has been better for `stableAfterMs`, so a flapping connection does not flash the hint.
 */
export class ConnectionQualityTracker {
  private poorSince: number | null = null;
  private betterSince: number | null = null;
  private state: QualityState = { quality: null, unstable: false };

  get current(): QualityState {
    return this.state;
  }

  push(sample: ConnectionSample, at: number): QualityState {
    const quality = qualityOf(sample);
    let unstable = this.state.unstable;
    if (quality === 'poor') {
      this.betterSince = null;
      this.poorSince ??= at;
      if (at - this.poorSince >= unstableAfterMs) unstable = true;
    } else {
      this.poorSince = null;
      this.betterSince ??= at;
      if (at - this.betterSince >= stableAfterMs) unstable = false;
    }
    this.state = { quality, unstable };
    return this.state;
  }

  reset(): void {
    this.poorSince = null;
    this.betterSince = null;
    this.state = { quality: null, unstable: false };
  }
}
