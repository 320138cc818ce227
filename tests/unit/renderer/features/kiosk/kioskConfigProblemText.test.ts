// The kiosk's configuration problems in the room's language: in English exactly main's line, in
// another language translated around the path, key and rule, which stay as they came.
import { afterEach, describe, expect, it } from 'vitest';
import { kioskConfigProblemText, kioskConfigProblemsText } from '../../../../../renderer/src/features/kiosk/kioskConfigProblemText';
import { setLocale } from '../../../../../renderer/src/i18n';
import type { KioskConfigProblem } from '../../../../../electron/shared/kioskConfigProblems';

const path = '/home/room/.config/Parley/kiosk.json';
// As electron/kiosk/config/configMessages.ts sends them (tests/unit/electron/kiosk/config/kioskConfigProblems.test.ts).
const problems: KioskConfigProblem[] = [
  { message: `${path}: unknown key "autojoin" (did you mean "autoJoin"?)`, wording: 'unknownKey', source: 'file', values: { path, key: 'autojoin', near: 'autoJoin' } },
  { message: 'command line: "volume" must be a number from 0 to 100', wording: 'keyInvalid', source: 'commandLine', values: { key: 'volume', detail: 'must be a number from 0 to 100' } },
  { message: '"node" is missing: set it in a kiosk configuration file or with a command-line flag', wording: 'keyMissing', values: { key: 'node' } },
  { message: `${path}: cannot be read (unknown error)`, wording: 'cannotRead', source: 'file', values: { path } },
  { message: '"pinEncrypted" cannot be decrypted on this computer: give the PIN again as "pin"', wording: 'pinNotDecryptable' },
];

describe('kiosk configuration problems', () => {
  afterEach(() => setLocale('en'));

  it("say in English exactly main's line", () => {
    for (const problem of problems) expect(kioskConfigProblemText(problem)).toBe(problem.message);
    expect(kioskConfigProblemsText(problems.slice(1, 3))).toBe(`${problems[1]?.message}; ${problems[2]?.message}`);
  });

  it('are translated in German around the path, key and rule', () => {
    setLocale('de');
    const [unknown, flag, missing, unreadable, pin] = problems.map(kioskConfigProblemText);
    expect(unknown).toBe(`${path}: unbekannter Schlüssel "autojoin" (meinten Sie "autoJoin"?)`);
    expect(flag).toBe('Befehlszeile: "volume": must be a number from 0 to 100');
    expect(missing).toMatch(/^"node" fehlt:/);
    expect(unreadable).toBe(`${path}: kann nicht gelesen werden (unbekannter Fehler)`);
    expect(pin).toMatch(/nicht entschlüsselt werden/);
  });

  it("keep main's English for a wording this renderer does not know", () => {
    setLocale('de');
    const newer = { message: 'x: something new', wording: 'fromANewerMain' } as unknown as KioskConfigProblem;
    expect(kioskConfigProblemText(newer)).toBe('x: something new');
  });
});
