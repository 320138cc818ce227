// What a host hears about people waiting to be admitted: already waiting at the first roster or
// starting to wait later, said once each, one by name and several as a count.
import { describe, expect, it } from 'vitest';
import { lobbyAnnouncements, newlyWaiting } from '../../../../../renderer/src/features/announcements/lobbyAnnouncements';
import { rosterDifference } from '../../../../../renderer/src/features/announcements/rosterAnnouncements';
import { setLocale } from '../../../../../renderer/src/i18n';

const entry = (uuid: string, waiting = true) => ({ uuid, name: uuid.toUpperCase(), waiting });

describe('people waiting to be admitted', () => {
  it('those waiting and not yet said, never ourselves', () => {
    const roster = [entry('me'), entry('ann'), entry('bob', false), entry('cy')];
    expect(newlyWaiting(roster, new Set(), 'me').map((p) => p.uuid)).toEqual(['ann', 'cy']);
    expect(newlyWaiting(roster, new Set(['ann']), 'me').map((p) => p.uuid)).toEqual(['cy']);
  });

  it('one by name, several as a count, in the chosen language', () => {
    expect(lobbyAnnouncements([entry('ann')])).toEqual(['ANN is waiting to be admitted']);
    expect(lobbyAnnouncements([entry('ann'), entry('bob'), entry('cy')])).toEqual(['3 people are waiting to be admitted']);
    setLocale('de');
    expect(lobbyAnnouncements([entry('ann'), entry('bob')])).toEqual(['2 Personen warten auf Einlass']);
    setLocale('en');
    expect(lobbyAnnouncements([])).toEqual([]);
  });

  it('someone said as waiting is not said again as a join', () => {
    const before = { names: new Map([['me', 'Me']]) };
    const after = { names: new Map([['me', 'Me'], ['ann', 'Ann'], ['bob', 'Bob']]) };
    expect(rosterDifference(before, after, 'me', new Set(['ann']))).toEqual({ joined: ['Bob'], left: [] });
  });
});
