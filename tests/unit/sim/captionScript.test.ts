import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAPTION_SCRIPT, CaptionFeed, captionStep, type CaptionStep } from '../../sim/conference/captionScript';

afterEach(() => {
  vi.useRealTimers();
});

describe('captionStep', () => {
  it('gives a partial (opening words, no punctuation) then the final sentence', () => {
    const partial = captionStep(0);
    const final = captionStep(1);
    expect(partial.is_final).toBe(false);
    expect(final).toEqual({ data: CAPTION_SCRIPT[0], is_final: true });
    expect(final.data.toLowerCase().replace(/[.,]/g, '').startsWith(partial.data)).toBe(true);
    expect(partial.data).not.toMatch(/[.,]/);
  });
});

describe('CaptionFeed', () => {
  it('emits one step per interval while running and nothing once stopped', () => {
    vi.useFakeTimers();
    const steps: CaptionStep[] = [];
    const feed = new CaptionFeed(100, (step) => steps.push(step));
    feed.start();
    feed.start();
    vi.advanceTimersByTime(350);
    expect(steps.map((s) => s.is_final)).toEqual([false, true, false]);
    feed.stop();
    vi.advanceTimersByTime(1000);
    expect(steps).toHaveLength(3);
    expect(feed.running).toBe(false);
  });
});
