import { describe, expect, it } from 'vitest';
import { RtpClockContinuity, rtpTimestampStep } from '../../../sim/media/rtpClockContinuity';

describe('rtpTimestampStep', () => {
  it('moves a 90 kHz clock by the pause and a 48 kHz one likewise', () => {
    expect(rtpTimestampStep(1500, 90_000)).toBe(135_000);
    expect(rtpTimestampStep(20, 48_000)).toBe(960);
  });

  it('never steps less than one tick, even for no pause or a clock going back', () => {
    expect(rtpTimestampStep(0, 90_000)).toBe(1);
    expect(rtpTimestampStep(-5, 90_000)).toBe(1);
  });
});

describe('RtpClockContinuity', () => {
  it('gives a step only for the first packet after a restart, from the last packet sent on that stream', () => {
    const continuity = new RtpClockContinuity<'video' | 'slides'>();
    expect(continuity.sent('slides', 1000, 90_000)).toBeUndefined();
    expect(continuity.sent('slides', 1033, 90_000)).toBeUndefined();
    continuity.restart('slides');
    // Another stream's packets say nothing of this one's pause.
    expect(continuity.sent('video', 2000, 90_000)).toBeUndefined();
    expect(continuity.sent('slides', 3033, 90_000)).toBe(180_000);
    expect(continuity.sent('slides', 3066, 90_000)).toBeUndefined();
  });

  it('steps one tick when the stream has never sent (nothing to continue from)', () => {
    const continuity = new RtpClockContinuity<'audio'>();
    continuity.restart('audio');
    expect(continuity.sent('audio', 500, 48_000)).toBe(1);
    expect(continuity.sent('audio', 520, 48_000)).toBeUndefined();
  });

  it('takes two restarts before one packet as one', () => {
    const continuity = new RtpClockContinuity<'video'>();
    continuity.sent('video', 0, 90_000);
    continuity.restart('video');
    continuity.restart('video');
    expect(continuity.sent('video', 100, 90_000)).toBe(9000);
    expect(continuity.sent('video', 133, 90_000)).toBeUndefined();
  });
});
