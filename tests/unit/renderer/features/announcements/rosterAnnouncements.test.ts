import { describe, expect, it } from 'vitest';
import { rosterAnnouncements, rosterDifference } from '../../../../../renderer/src/features/announcements/rosterAnnouncements';
import { setLocale } from '../../../../../renderer/src/i18n';

const roster = (entries: [string, string][]) => ({ names: new Map(entries) });

describe('join and leave announcements', () => {
  it('name one person, and never announce ourselves', () => {
    const change = rosterDifference(roster([['me', 'Me'], ['a', 'Ann']]), roster([['me', 'Me'], ['b', 'Bob'], ['me2', 'Me again']]), 'me');
    expect(change).toEqual({ joined: ['Bob', 'Me again'], left: ['Ann'] });
    expect(rosterAnnouncements({ joined: ['Bob'], left: ['Ann'] })).toEqual(['Bob joined', 'Ann left']);
    expect(rosterDifference(roster([]), roster([['me', 'Me']]), 'me')).toEqual({ joined: [], left: [] });
  });

  it('summarise many people as a count, in the chosen language', () => {
    const many = Array.from({ length: 40 }, (_, index) => `Person ${index}`);
    expect(rosterAnnouncements({ joined: many, left: ['A', 'B'] })).toEqual(['40 people joined', '2 people left']);
    setLocale('ar');
    expect(rosterAnnouncements({ joined: ['A', 'B'], left: [] })).toEqual(['انضم شخصان']);
    setLocale('en');
  });

  it('say nothing when nothing changed', () => {
    expect(rosterAnnouncements({ joined: [], left: [] })).toEqual([]);
  });
});
