// Speech while muted: a level that stays up, not a click; dismissing keeps it away a while.
import { describe, expect, it } from 'vitest';
import { MutedSpeechDetector, quietAfterDismissMs, speechLevel } from '../../../../renderer/src/media/mutedSpeech';

function feed(detector: MutedSpeechDetector, levels: number[], start = 0): boolean[] {
  return levels.map((level, index) => detector.hear(level, start + index * 100));
}

describe('speaking while muted', () => {
  it('notices speech that lasts', () => {
    const results = feed(new MutedSpeechDetector(), [0, speechLevel, 10, speechLevel + 20, speechLevel, 0]);
    expect(results).toEqual([false, false, false, false, true, true]);
  });

  it('ignores a single loud click and quiet room noise', () => {
    const detector = new MutedSpeechDetector();
    expect(feed(detector, [90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 90, 0]).some(Boolean)).toBe(false);
    expect(feed(detector, Array.from({ length: 30 }, () => speechLevel - 1), 5000).some(Boolean)).toBe(false);
  });

  it('forgets voiced samples older than the window', () => {
    const detector = new MutedSpeechDetector();
    detector.hear(speechLevel, 0);
    detector.hear(speechLevel, 100);
    expect(detector.hear(speechLevel, 1700)).toBe(false);
  });

  it('stays quiet for a while after being dismissed, and reset starts over', () => {
    const detector = new MutedSpeechDetector();
    feed(detector, [60, 60, 60]);
    detector.dismiss(300);
    expect(feed(detector, [60, 60, 60, 60], 400).some(Boolean)).toBe(false);
    expect(feed(detector, [60, 60, 60], 300 + quietAfterDismissMs).at(-1)).toBe(true);
    detector.dismiss(40_000);
    detector.reset();
    expect(feed(detector, [60, 60, 60], 40_100).at(-1)).toBe(true);
  });
});
