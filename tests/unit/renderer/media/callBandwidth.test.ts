// Bandwidth choices become a cap on the main video's encodings, in place.
import { describe, expect, it } from 'vitest';
import { capSenderBitrate, isBandwidthChoice, videoMaxBitrate, type BitrateSender } from '../../../../renderer/src/media/callBandwidth';

function fakeSender(encodings: RTCRtpEncodingParameters[]) {
  const applied: RTCRtpSendParameters[] = [];
  const sender: BitrateSender = {
    getParameters: () => ({ transactionId: 't1', encodings: encodings.map((e) => ({ ...e })), codecs: [], headerExtensions: [], rtcp: {} }),
    setParameters: async (parameters: RTCRtpSendParameters) => {
      applied.push(parameters);
    },
  };
  return { sender, applied };
}

describe('call bandwidth', () => {
  it('gives the video the call rate less the audio', () => {
    expect(videoMaxBitrate('low')).toBe(448_000);
    expect(videoMaxBitrate('medium')).toBe(1_200_000);
    expect(videoMaxBitrate('high')).toBe(2_400_000);
    expect(videoMaxBitrate('maximum')).toBe(6_080_000);
  });

  it('caps every encoding with setParameters, keeping the transaction', async () => {
    const { sender, applied } = fakeSender([{ active: true }, { active: true, maxBitrate: 9_000_000 }]);
    expect(await capSenderBitrate(sender, 448_000)).toEqual({ ok: true, applied: true });
    expect(applied).toHaveLength(1);
    expect(applied[0]?.transactionId).toBe('t1');
    expect(applied[0]?.encodings.map((e) => e.maxBitrate)).toEqual([448_000, 448_000]);
  });

  it('applies nothing before negotiation, and nothing again when already capped', async () => {
    const empty = fakeSender([]);
    expect(await capSenderBitrate(empty.sender, 448_000)).toEqual({ ok: true, applied: false });
    const capped = fakeSender([{ maxBitrate: 448_000 }]);
    expect(await capSenderBitrate(capped.sender, 448_000)).toEqual({ ok: true, applied: true });
    expect(empty.applied).toHaveLength(0);
    expect(capped.applied).toHaveLength(0);
  });

  it('reports a refused change in words', async () => {
    const sender: BitrateSender = {
      getParameters: () => ({ transactionId: 'x', encodings: [{}], codecs: [], headerExtensions: [], rtcp: {} }),
      setParameters: () => Promise.reject(new Error('InvalidModificationError')),
    };
    expect(await capSenderBitrate(sender, 1)).toEqual({ ok: false, message: 'InvalidModificationError' });
  });

  it('accepts only the four choices', () => {
    expect(isBandwidthChoice('low')).toBe(true);
    expect(isBandwidthChoice('auto')).toBe(false);
    expect(isBandwidthChoice(512)).toBe(false);
  });
});
