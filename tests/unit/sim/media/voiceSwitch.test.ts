import { describe, expect, it } from 'vitest';
import { VoiceSwitch } from '../../../sim/media/voiceSwitch';

/** Feeds 20 ms audio packets for `ms` milliseconds, evaluating every 250 ms like the room does. */
function speak(voices: VoiceSwitch, from: number, ms: number, speakers: Record<string, number | undefined>): number {
  let now = from;
  for (; now < from + ms; now += 20) {
    for (const [id, level] of Object.entries(speakers)) {
      voices.hear(id, level !== undefined, level ?? 127, now);
    }
    if (now % 250 === 0) voices.evaluate(now);
  }
  return now;
}

describe('VoiceSwitch', () => {
  it('orders by join time before anyone speaks, so the earliest joiner is main speaker', () => {
    const voices = new VoiceSwitch();
    voices.join('a');
    voices.join('b');
    voices.join('c');
    expect(voices.order()).toEqual(['a', 'b', 'c']);
    expect(voices.states(0)).toEqual([
      { id: 'a', vad: false, level: 127 },
      { id: 'b', vad: false, level: 127 },
      { id: 'c', vad: false, level: 127 },
    ]);
  });

  it('promotes the loudest voice only after it stayed loudest for the hold time', () => {
    const voices = new VoiceSwitch({ holdMs: 1000 });
    voices.join('a');
    voices.join('b');
    const now = speak(voices, 0, 750, { a: 60, b: 20 });
    expect(voices.order()[0]).toBe('a');
    speak(voices, now, 1000, { a: 60, b: 20 });
    expect(voices.order()).toEqual(['b', 'a']);
  });

  it('does not flap when two voices take turns being loudest faster than the hold time', () => {
    const voices = new VoiceSwitch({ holdMs: 1000 });
    voices.join('a');
    voices.join('b');
    let now = 0;
    for (let turn = 0; turn < 8; turn += 1) {
      now = speak(voices, now, 500, turn % 2 === 0 ? { a: 60, b: 20 } : { a: 20, b: 60 });
    }
    expect(voices.order()[0]).toBe('a');
  });

  it('keeps the previous speaker second, which is what the new main speaker sees', () => {
    const voices = new VoiceSwitch({ holdMs: 500 });
    voices.join('a');
    voices.join('b');
    voices.join('c');
    const now = speak(voices, 0, 1000, { c: 30 });
    speak(voices, now, 2000, { b: 30 });
    expect(voices.order()).toEqual(['b', 'c', 'a']);
  });

  it('reports voice activity changes once, and drops activity after the active window', () => {
    const voices = new VoiceSwitch({ activeMs: 500 });
    voices.join('a');
    expect(voices.evaluate(0)).toBe(true);
    voices.hear('a', true, 40, 10);
    expect(voices.evaluate(20)).toBe(true);
    expect(voices.states(20)).toEqual([{ id: 'a', vad: true, level: 40 }]);
    voices.hear('a', false, 100, 30);
    expect(voices.evaluate(40)).toBe(false);
    expect(voices.evaluate(600)).toBe(true);
    expect(voices.states(600)).toEqual([{ id: 'a', vad: false, level: 100 }]);
  });

  it('does not count inaudible packets as voice even when their activity bit is set', () => {
    const voices = new VoiceSwitch();
    voices.join('a');
    voices.join('muted');
    voices.hear('muted', true, 127, 0);
    voices.hear('a', true, 90, 0);
    expect(voices.states(10)).toEqual([
      { id: 'a', vad: true, level: 90 },
      { id: 'muted', vad: false, level: 127 },
    ]);
  });

  it('forgets a participant who leaves', () => {
    const voices = new VoiceSwitch();
    voices.join('a');
    voices.join('b');
    voices.leave('a');
    voices.hear('a', true, 0, 0);
    expect(voices.order()).toEqual(['b']);
    expect(voices.states(0)).toEqual([{ id: 'b', vad: false, level: 127 }]);
  });
});
