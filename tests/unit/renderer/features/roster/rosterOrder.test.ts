import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareParticipants, groupOf, matchesSearch, rosterRows } from '../../../../../renderer/src/features/roster/rosterOrder';
import { participantMenu } from '../../../../../renderer/src/features/roster/participantMenu';
import { createFrameBatch, createFrameIntervalScheduler } from '../../../../../renderer/src/features/roster/frameBatch';
import { participant } from '../../fakeBridge';

describe('roster order', () => {
  const people = [
    participant({ uuid: 'c1', displayName: 'Dial Out', serviceType: 'connecting' }),
    participant({ uuid: 'g2', displayName: 'guest 10' }),
    participant({ uuid: 'w1', displayName: 'Walt', serviceType: 'waiting_room' }),
    participant({ uuid: 'g1', displayName: 'Guest 9' }),
    participant({ uuid: 'r2', displayName: 'Late hand', buzzTime: 200 }),
    participant({ uuid: 'h1', displayName: 'Zed', role: 'host' }),
    participant({ uuid: 'r1', displayName: 'Zara', buzzTime: 100, role: 'host' }),
  ];

  it('groups raised hands (in the order raised), waiting, hosts, guests (by name, numerically), connecting', () => {
    const ordered = [...people].sort(compareParticipants).map((p) => p.uuid);
    expect(ordered).toEqual(['r1', 'r2', 'w1', 'h1', 'g1', 'g2', 'c1']);
    expect(rosterRows([...people].sort(compareParticipants)).filter((row) => row.kind === 'group').map((row) => row.kind === 'group' && `${row.label} ${row.count}`)).toEqual([
      'Raised hands 2',
      'Waiting to be admitted 1',
      'Hosts 1',
      'Guests 2',
      'Connecting dial-outs 1',
    ]);
  });

  it('keeps people waiting or connecting in their group even with a raised hand', () => {
    expect(groupOf(participant({ uuid: 'x', serviceType: 'waiting_room', buzzTime: 5 }))).toBe('waiting');
    expect(groupOf(participant({ uuid: 'y', serviceType: 'connecting', buzzTime: 5 }))).toBe('connecting');
  });

  it('matches names without regard to case or accents, and everything on an empty query', () => {
    expect(matchesSearch(participant({ uuid: 'a', displayName: 'Zoë Ålund' }), 'zoe al')).toBe(true);
    expect(matchesSearch(participant({ uuid: 'a', displayName: 'Zoë' }), 'bob')).toBe(false);
    expect(matchesSearch(participant({ uuid: 'a', displayName: 'Zoë' }), '  ')).toBe(true);
  });
});

describe('participant menu', () => {
  const labels = (...args: Parameters<typeof participantMenu>) => participantMenu(...args).map((item) => item.label);

  it('offers a guest only messaging others (and lowering their own hand)', () => {
    const other = participant({ uuid: 'o', role: 'host', buzzTime: 3 });
    expect(labels(other, { isSelf: false, isHost: false, chatEnabled: true })).toEqual(['Message']);
    expect(labels(other, { isSelf: false, isHost: false, chatEnabled: false })).toEqual([]);
    expect(labels(participant({ uuid: 's', buzzTime: 3 }), { isSelf: true, isHost: false, chatEnabled: true })).toEqual(['Lower hand']);
  });

  it('offers a host every control, named for what it will do now', () => {
    const muted = participant({ uuid: 'm', isMuted: true, spotlight: 1, serviceType: 'waiting_room', buzzTime: 2 });
    expect(labels(muted, { isSelf: false, isHost: true, chatEnabled: true })).toEqual([
      'Admit',
      'Lower hand',
      'Unmute',
      'Stop video',
      'Remove spotlight',
      'Make host',
      'Deny presentation',
      'Message',
      'Send DTMF',
      'Change overlay text',
      'Transfer',
      'Disconnect',
    ]);
    const host = participant({ uuid: 'h', role: 'host' });
    expect(labels(host, { isSelf: false, isHost: true, chatEnabled: false })).toContain('Make guest');
    expect(labels(host, { isSelf: true, isHost: true, chatEnabled: true })).not.toContain('Disconnect');
    expect(labels(participant({ uuid: 'c', serviceType: 'connecting' }), { isSelf: false, isHost: true, chatEnabled: true })).toEqual(['Disconnect']);
  });
});

describe('frame batch', () => {
  it('hands over everything pushed before the frame at once, and nothing after clear', () => {
    const frames: (() => void)[] = [];
    const applied: number[][] = [];
    const batch = createFrameBatch<number>((items) => applied.push(items), (run) => frames.push(run));
    batch.push(1);
    batch.push(2);
    batch.push(3);
    expect(frames).toHaveLength(1);
    frames.shift()?.();
    expect(applied).toEqual([[1, 2, 3]]);
    batch.push(4);
    batch.clear();
    frames.shift()?.();
    expect(applied).toEqual([[1, 2, 3]]);
    batch.push(5);
    batch.flush();
    expect(applied).toEqual([[1, 2, 3], [5]]);
  });

  describe('timed by the clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('hands a batch over when the task that queued it ends, then at most once per frame interval', () => {
      vi.useFakeTimers();
      const applied: { at: number; items: number[] }[] = [];
      const batch = createFrameBatch<number>(
        (items) => applied.push({ at: Date.now() - start, items }),
        createFrameIntervalScheduler(16, () => Date.now()),
      );
      const start = Date.now();
      // A burst in one task: one batch, right after the task.
      batch.push(1);
      batch.push(2);
      expect(applied).toEqual([]);
      vi.advanceTimersByTime(0);
      expect(applied).toEqual([{ at: 0, items: [1, 2] }]);
      // 5 ms later: waits for the rest of the interval since the last batch, gathering what comes meanwhile.
      vi.advanceTimersByTime(5);
      batch.push(3);
      vi.advanceTimersByTime(10);
      batch.push(4);
      expect(applied).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(applied).toEqual([{ at: 0, items: [1, 2] }, { at: 16, items: [3, 4] }]);
      // After a quiet spell longer than the interval: no wait at all.
      vi.advanceTimersByTime(100);
      batch.push(5);
      vi.advanceTimersByTime(0);
      expect(applied[2]).toEqual({ at: 116, items: [5] });
    });
  });
});
