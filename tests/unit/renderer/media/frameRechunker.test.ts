// 128-sample blocks in, 480-sample frames processed, 128-sample blocks out, in order.
import { describe, expect, it } from 'vitest';
import { FrameRechunker } from '../../../../renderer/src/media/noiseSuppression/frameRechunker';

describe('frame rechunker', () => {
  it('processes whole frames and pays them out in order, never running dry', () => {
    const frames: number[] = [];
    const rechunker = new FrameRechunker(480, (frame) => {
      frames.push(frame.length);
      for (let i = 0; i < frame.length; i += 1) frame[i] = (frame[i] ?? 0) * 2;
    });
    const outputs: number[] = [];
    let next = 1;
    for (let block = 0; block < 30; block += 1) {
      const input = Float32Array.from({ length: 128 }, () => next++);
      const out = new Float32Array(128);
      rechunker.push(input, out);
      outputs.push(...out);
    }
    expect(frames.every((size) => size === 480)).toBe(true);
    expect(frames).toHaveLength(Math.floor((30 * 128) / 480));
    // Silence until a frame and a block are buffered (the second frame ends in block 8), then the
    // doubled input, sample for sample, with no gap.
    const firstSound = outputs.findIndex((value) => value !== 0);
    expect(firstSound).toBe(7 * 128);
    const played = outputs.slice(firstSound);
    expect(played.slice(0, 5)).toEqual([2, 4, 6, 8, 10]);
    for (let i = 1; i < played.length; i += 1) expect(played[i]).toBe((played[i - 1] ?? 0) + 2);
  });
});
