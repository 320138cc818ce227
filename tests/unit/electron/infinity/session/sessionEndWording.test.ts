// Parley's own reasons a session ended go out with their codes, and the renderer's and main's
// notification English for each code is main's English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionEndWords } from '../../../../../electron/infinity/session/activeMeeting';
import { tokenEndReasons } from '../../../../../electron/infinity/session/tokenSession';
import { joinMessages } from '../../../../../electron/infinity/session/joinMessages';
import { desktopTexts } from '../../../../../electron/desktop/texts';

const rendererEnded = (JSON.parse(readFileSync(new URL('../../../../../renderer/src/i18n/locales/en.json', import.meta.url), 'utf8')) as { ended: { reasons: Record<string, string> } }).ended.reasons;

describe('session end wordings', () => {
  it("have the renderer's and the notifications' English equal to main's", () => {
    const english = {
      ...Object.fromEntries(Object.values(sessionEndWords).map((words) => [words.wording, words.reason])),
      tokenLapsed: tokenEndReasons.lapsed,
      tokenRefused: tokenEndReasons.refused,
      rejoinRefused: joinMessages.rejected,
    };
    expect(Object.keys(rendererEnded).sort()).toEqual(Object.keys(english).sort());
    const text = desktopTexts('en');
    for (const [wording, reason] of Object.entries(english)) {
      expect(rendererEnded[wording], wording).toBe(reason);
      expect(text(`ended.${wording}` as Parameters<typeof text>[0]), wording).toBe(reason);
    }
    expect(desktopTexts('de')('ended.left')).toBe('Sie haben das Meeting verlassen.');
  });
});
