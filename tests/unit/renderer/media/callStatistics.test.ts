// Stats derivation: rates from two getStats() samples, streams told apart by mid.
import { describe, expect, it } from 'vitest';
import { callFigures, streamSamples, type StatsEntry } from '../../../../renderer/src/media/callStatistics';

const byMid = { '0': 'audio', '1': 'video', '2': 'presentation' } as const;

function report(seconds: number, video: { bytes: number; packets: number; lost: number; frames: number }, sent: { bytes: number; packets: number }): StatsEntry[] {
  return [
    { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP1' },
    { id: 'CP1', type: 'candidate-pair', currentRoundTripTime: 0.042 },
    { id: 'C-vp8', type: 'codec', mimeType: 'video/VP8' },
    { id: 'C-opus', type: 'codec', mimeType: 'audio/opus' },
    {
      id: 'IV',
      type: 'inbound-rtp',
      kind: 'video',
      mid: '1',
      codecId: 'C-vp8',
      bytesReceived: video.bytes,
      packetsReceived: video.packets,
      packetsLost: video.lost,
      framesDecoded: video.frames,
      frameWidth: 640,
      frameHeight: 360,
      jitter: 0.0123,
      timestamp: seconds * 1000,
    },
    { id: 'IA', type: 'inbound-rtp', kind: 'audio', mid: '0', codecId: 'C-opus', bytesReceived: 1000 * seconds, packetsReceived: 50 * seconds, packetsLost: 0 },
    {
      id: 'OS',
      type: 'outbound-rtp',
      kind: 'video',
      mid: '2',
      codecId: 'C-vp8',
      bytesSent: sent.bytes,
      packetsSent: sent.packets,
      framesEncoded: 30 * seconds,
      framesPerSecond: 15,
      frameWidth: 1920,
      frameHeight: 1080,
      qualityLimitationReason: 'bandwidth',
      remoteId: 'RS',
    },
    { id: 'RS', type: 'remote-inbound-rtp', kind: 'video', packetsLost: 3, fractionLost: 0.25, roundTripTime: 0.08, jitter: 0.005 },
  ];
}

describe('call statistics', () => {
  it('derives bitrate, frames per second and loss of each stream from two samples', () => {
    const first = streamSamples(report(1, { bytes: 10_000, packets: 100, lost: 0, frames: 30 }, { bytes: 0, packets: 0 }), byMid, 1000);
    const second = streamSamples(report(3, { bytes: 260_000, packets: 290, lost: 10, frames: 90 }, { bytes: 500_000, packets: 400 }), byMid, 3000);
    const figures = callFigures(first, second);

    const videoIn = figures.find((f) => f.media === 'video' && f.direction === 'in');
    expect(videoIn).toMatchObject({ codec: 'VP8', width: 640, height: 360, bitrate: 1_000_000, framesPerSecond: 30, jitterMs: 12, roundTripMs: 42 });
    expect(videoIn?.packetLoss).toBeCloseTo(10 / 200);

    // mid 2 is the presentation line even though its kind is video.
    const presentationOut = figures.find((f) => f.media === 'presentation' && f.direction === 'out');
    expect(presentationOut).toMatchObject({
      codec: 'VP8',
      bitrate: 2_000_000,
      framesPerSecond: 15,
      packetLoss: 0.25,
      roundTripMs: 80,
      jitterMs: 5,
      qualityLimitationReason: 'bandwidth',
    });
    expect(figures.some((f) => f.media === 'video' && f.direction === 'out')).toBe(false);

    const audioIn = figures.find((f) => f.media === 'audio' && f.direction === 'in');
    expect(audioIn).toMatchObject({ codec: 'opus', bitrate: 8000, packetLoss: 0, framesPerSecond: null });
  });

  it("times rates by the report's own timestamps, not by when a busy renderer received the report", () => {
    // Reports read 1 s apart (timestamps 1 s and 2 s) but delivered 2.5 s apart: the rate is per reported second.
    const first = streamSamples(report(1, { bytes: 0, packets: 0, lost: 0, frames: 0 }, { bytes: 0, packets: 0 }), byMid, 1000);
    const second = streamSamples(report(2, { bytes: 125_000, packets: 100, lost: 0, frames: 30 }, { bytes: 0, packets: 0 }), byMid, 3500);
    const videoIn = callFigures(first, second).find((figure) => figure.media === 'video' && figure.direction === 'in');
    expect(videoIn?.bitrate).toBe(1_000_000);
    expect(videoIn?.framesPerSecond).toBe(30);
  });

  it('gives no rates for a first sample or for counters that went back (a new stream)', () => {
    const later = streamSamples(report(5, { bytes: 900_000, packets: 900, lost: 0, frames: 150 }, { bytes: 9, packets: 9 }), byMid, 5000);
    const reset = streamSamples(report(6, { bytes: 1000, packets: 10, lost: 0, frames: 3 }, { bytes: 9, packets: 9 }), byMid, 6000);
    for (const figure of callFigures([], later)) expect(figure.bitrate).toBeNull();
    const videoIn = callFigures(later, reset).find((f) => f.media === 'video' && f.direction === 'in');
    expect(videoIn?.bitrate).toBeNull();
    expect(videoIn?.packetLoss).toBeNull();
  });

  it('ignores entries of m-lines it does not know and values that are not numbers', () => {
    const samples = streamSamples(
      [
        { id: 'X', type: 'inbound-rtp', kind: 'video', mid: '9', bytesReceived: 5 },
        { id: 'Y', type: 'inbound-rtp', kind: 'audio', mid: '0', bytesReceived: 'lots', packetsReceived: -4, jitter: Number.NaN },
      ],
      byMid,
      0,
    );
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ media: 'audio', bytes: 0, packets: 0, jitter: null, roundTripTime: null });
  });
});
