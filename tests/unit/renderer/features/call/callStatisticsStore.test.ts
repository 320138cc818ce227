// The sampling rhythm: every 5 s with the panel closed (quality only), at once and then every
// second while "Call statistics" is open, and nothing left running for a call that is gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closedSampleEveryMs, openSampleEveryMs, useCallStatisticsStore } from '../../../../../renderer/src/features/call/callStatisticsStore';
import { freshStoresWithFakeBridge } from '../../freshStores';

function fakeCall() {
  let bytes = 0;
  const source = {
    samples: 0,
    mediaByMid: () => ({ '1': 'video' as const }),
    stats: async () => {
      source.samples += 1;
      bytes += 125_000;
      const entries = [
        { id: 'IV', type: 'inbound-rtp', kind: 'video', mid: '1', bytesReceived: bytes, packetsReceived: bytes / 1000, packetsLost: 0, framesPerSecond: 30 },
      ];
      return new Map(entries.map((entry) => [entry.id, entry])) as unknown as RTCStatsReport;
    },
  };
  return source;
}

describe('call statistics sampling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    freshStoresWithFakeBridge();
  });
  afterEach(() => vi.useRealTimers());

  it('samples every 5 s while closed, at once and every second while open', async () => {
    const statistics = useCallStatisticsStore();
    const call = fakeCall();
    statistics.follow(call);
    await vi.advanceTimersByTimeAsync(closedSampleEveryMs * 2);
    expect(call.samples).toBe(2);
    // Closed: the quality is kept, the panel's figures are not built.
    expect(statistics.quality).toBe('good');
    expect(statistics.figures).toEqual([]);

    statistics.setPanelOpen(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(call.samples).toBe(3);
    await vi.advanceTimersByTimeAsync(openSampleEveryMs * 3);
    expect(call.samples).toBe(6);
    const videoIn = statistics.figures.find((figure) => figure.media === 'video' && figure.direction === 'in');
    expect(videoIn?.bitrate).toBe(1_000_000);
    expect(videoIn?.framesPerSecond).toBe(30);

    statistics.setPanelOpen(false);
    expect(statistics.figures).toEqual([]);
    await vi.advanceTimersByTimeAsync(openSampleEveryMs * 4);
    expect(call.samples).toBe(6);
  });

  it('stops sampling a call that is gone', async () => {
    const statistics = useCallStatisticsStore();
    const call = fakeCall();
    statistics.follow(call);
    statistics.setPanelOpen(true);
    await vi.advanceTimersByTimeAsync(openSampleEveryMs * 2);
    const before = call.samples;
    statistics.follow(null);
    await vi.advanceTimersByTimeAsync(closedSampleEveryMs * 3);
    expect(call.samples).toBe(before);
    expect(statistics.quality).toBeNull();
  });
});
