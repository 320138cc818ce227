// Automatic assignment deals people out evenly after a shuffle; by-hand choices become per-room lists;
// the search finds people by name; the timer text and the ending-soon notice.
import { describe, expect, it } from 'vitest';
import {
  assignEvenly,
  defaultRoomNames,
  endingSoon,
  matchingPeople,
  roomsFromChoices,
  shuffled,
  timeLeft,
} from '../../../../../renderer/src/features/breakouts/breakoutAssignment';

/** A repeatable pseudo-random source (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = Array.from({ length: 23 }, (_, i) => `p${i}`);

describe('automatic assignment', () => {
  it('puts everyone in exactly one room, with room sizes differing by at most one', () => {
    const rooms = assignEvenly(people, 5, seeded(1));
    expect(rooms).toHaveLength(5);
    expect(rooms.flat().sort()).toEqual([...people].sort());
    const sizes = rooms.map((room) => room.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(23);
  });

  it('shuffles: different seeds give different rooms, and the order is not the join order', () => {
    const first = assignEvenly(people, 3, seeded(1));
    const second = assignEvenly(people, 3, seeded(2));
    expect(first).not.toEqual(second);
    expect(first[0]).not.toEqual(['p0', 'p3', 'p6', 'p9', 'p12', 'p15', 'p18', 'p21']);
  });

  it('keeps every person once when shuffling, and leaves the input alone', () => {
    const input = ['a', 'b', 'c', 'd'];
    const result = shuffled(input, seeded(7));
    expect([...result].sort()).toEqual(input);
    expect(input).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives empty rooms when there are more rooms than people, and no rooms for zero', () => {
    expect(assignEvenly(['a', 'b'], 4, seeded(3)).map((room) => room.length).sort()).toEqual([0, 0, 1, 1]);
    expect(assignEvenly(['a'], 0)).toEqual([]);
  });
});

describe('assignment by hand', () => {
  it('turns per-person choices into room lists; people without a room stay in the main room', () => {
    const choices = new Map([
      ['a', 1],
      ['b', 0],
      ['c', 1],
      ['d', 7],
    ]);
    expect(roomsFromChoices(choices, 2)).toEqual([['b'], ['a', 'c']]);
  });
});

describe('finding people', () => {
  const list = [{ displayName: 'Zoë Ångström' }, { displayName: 'Bob' }, { displayName: 'Zoe Smith' }];
  it('matches names ignoring case and accents; an empty query lists everyone', () => {
    expect(matchingPeople(list, 'zoe').map((p) => p.displayName)).toEqual(['Zoë Ångström', 'Zoe Smith']);
    expect(matchingPeople(list, 'ANGSTROM')).toHaveLength(1);
    expect(matchingPeople(list, '  ')).toHaveLength(3);
  });
});

describe('room names and timers', () => {
  it('names rooms Room 1..n by default', () => {
    expect(defaultRoomNames(3)).toEqual(['Room 1', 'Room 2', 'Room 3']);
  });

  it('shows the time left as m:ss, never below zero, and nothing without a timer', () => {
    expect(timeLeft(10_000 + 245_000, 10_000)).toBe('4:05');
    expect(timeLeft(10_000 + 500, 10_000)).toBe('0:01');
    expect(timeLeft(5_000, 10_000)).toBe('0:00');
    expect(timeLeft(null, 10_000)).toBeNull();
  });

  it('says a room is ending in its last minute only', () => {
    expect(endingSoon(100_000, 30_000)).toBe(false);
    expect(endingSoon(100_000, 50_000)).toBe(true);
    expect(endingSoon(100_000, 100_000)).toBe(false);
    expect(endingSoon(null, 0)).toBe(false);
  });
});
