// Bitrate and loss between two getStats() samples.
import { describe, expect, it } from 'vitest';
import { countersOf, mediaStatsBetween } from '../../../../../renderer/src/features/kiosk/mediaStatsSampler';

describe('kiosk media figures', () => {
  it('derives bitrate in and out and packet loss from two samples', () => {
    const first = countersOf(
      [
        { type: 'inbound-rtp', bytesReceived: 1000, packetsReceived: 100, packetsLost: 0 },
        { type: 'inbound-rtp', bytesReceived: 500, packetsReceived: 50, packetsLost: 0 },
        { type: 'outbound-rtp', bytesSent: 2000 },
      ],
      0,
    );
    const second = countersOf(
      [
        { type: 'inbound-rtp', bytesReceived: 126_000, packetsReceived: 195, packetsLost: 5 },
        { type: 'inbound-rtp', bytesReceived: 500, packetsReceived: 50, packetsLost: 0 },
        { type: 'outbound-rtp', bytesSent: 64_500 },
        { type: 'remote-inbound-rtp', fractionLost: 0.02 },
        { type: 'remote-inbound-rtp', fractionLost: 0.04 },
      ],
      2000,
    );
    const figures = mediaStatsBetween(first, second);
    expect(figures?.bitrateIn).toBe(500_000);
    expect(figures?.bitrateOut).toBe(250_000);
    expect(figures?.packetLossIn).toBe(0.05);
    expect(figures?.packetLossOut).toBeCloseTo(0.03);
  });

  it('gives nothing for samples it cannot compare (same moment, counters reset)', () => {
    const a = countersOf([{ type: 'inbound-rtp', bytesReceived: 1000 }], 1000);
    const reset = countersOf([{ type: 'inbound-rtp', bytesReceived: 10 }], 2000);
    expect(mediaStatsBetween(a, a)).toBeNull();
    expect(mediaStatsBetween(a, reset)).toBeNull();
  });
});
