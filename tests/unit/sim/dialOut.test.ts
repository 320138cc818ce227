import { afterEach, describe, expect, it, vi } from 'vitest';
import { Room } from '../../sim/conference/room';
import { dialOut, dialOutcome } from '../../sim/conference/dialOut';
import { resolveTimings } from '../../sim/simTimings';

afterEach(() => {
  vi.useRealTimers();
});

function room(): Room {
  return new Room(
    { alias: 'meet.dial', name: 'Dial', serviceType: 'conference' },
    { loadMediaEngine: () => Promise.reject(new Error('no media')), timings: resolveTimings() },
  );
}

describe('dialOutcome', () => {
  it('decides from the destination user part', () => {
    expect(dialOutcome('busy@example.com')).toBe('reject');
    expect(dialOutcome('sip:noanswer@example.com')).toBe('no_answer');
    expect(dialOutcome('alice@example.com')).toBe('answer');
  });
});

describe('dialOut', () => {
  it('answers after a second and gives up on noanswer after 30 seconds', async () => {
    vi.useFakeTimers();
    const r = room();
    const removed: string[] = [];
    const answered = dialOut(r, { role: 'GUEST', destination: 'alice@example.com', protocol: 'sip' }, (uuid) => removed.push(uuid));
    const silent = dialOut(r, { role: 'GUEST', destination: 'noanswer@example.com', protocol: 'sip' }, (uuid) => removed.push(uuid));
    expect(answered.serviceType).toBe('connecting');
    vi.advanceTimersByTime(1000);
    expect(answered.serviceType).toBe('conference');
    expect(silent.serviceType).toBe('connecting');
    vi.advanceTimersByTime(28_999);
    expect(removed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(removed).toEqual([silent.uuid]);
    await r.close();
  });
});
