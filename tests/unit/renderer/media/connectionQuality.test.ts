// Quality thresholds and the unstable-connection hint's timing.
import { describe, expect, it } from 'vitest';
import {
  ConnectionQualityTracker,
  connectionSampleOf,
  qualityOf,
  stableAfterMs,
  unstableAfterMs,
} from '../../../../renderer/src/media/connectionQuality';
import type { StreamFigures } from '../../../../renderer/src/media/callStatistics';

function figure(partial: Partial<StreamFigures>): StreamFigures {
  return {
    media: 'video',
    direction: 'in',
    codec: null,
    width: null,
    height: null,
    framesPerSecond: null,
    bitrate: 100_000,
    packetLoss: 0,
    jitterMs: null,
    roundTripMs: null,
    qualityLimitationReason: null,
    ...partial,
  };
}

describe('connection quality', () => {
  it('grades loss and round trip at the thresholds', () => {
    expect(qualityOf({ loss: 0.019, roundTripMs: 299 })).toBe('good');
    expect(qualityOf({ loss: 0.02, roundTripMs: 10 })).toBe('fair');
    expect(qualityOf({ loss: 0, roundTripMs: 300 })).toBe('fair');
    expect(qualityOf({ loss: 0.08, roundTripMs: 10 })).toBe('poor');
    expect(qualityOf({ loss: 0, roundTripMs: 600 })).toBe('poor');
    expect(qualityOf({ loss: null, roundTripMs: null })).toBe('good');
  });

  it('takes the worst stream that flows; a silent stream\'s loss does not count', () => {
    const sample = connectionSampleOf([
      figure({ packetLoss: 0.01, roundTripMs: 40 }),
      figure({ direction: 'out', packetLoss: 0.05, roundTripMs: 120 }),
      figure({ media: 'presentation', bitrate: 0, packetLoss: 0.9 }),
    ]);
    expect(sample).toEqual({ loss: 0.05, roundTripMs: 120 });
  });

  it('shows the hint only when poor lasts, and clears it only when better lasts', () => {
    const tracker = new ConnectionQualityTracker();
    const poor = { loss: 0.2, roundTripMs: 50 };
    const good = { loss: 0, roundTripMs: 50 };
    expect(tracker.push(poor, 0)).toEqual({ quality: 'poor', unstable: false });
    expect(tracker.push(poor, unstableAfterMs - 1).unstable).toBe(false);
    // One good second in between starts the wait again.
    tracker.push(good, unstableAfterMs);
    expect(tracker.push(poor, unstableAfterMs + 1000).unstable).toBe(false);
    expect(tracker.push(poor, 2 * unstableAfterMs + 1000).unstable).toBe(true);
    const recovering = 2 * unstableAfterMs + 2000;
    expect(tracker.push(good, recovering)).toEqual({ quality: 'good', unstable: true });
    expect(tracker.push(good, recovering + stableAfterMs - 1).unstable).toBe(true);
    expect(tracker.push(good, recovering + stableAfterMs).unstable).toBe(false);
    tracker.reset();
    expect(tracker.current).toEqual({ quality: null, unstable: false });
  });
});
