// The kiosk's configuration problems in the room's language: in English exactly main's line, in
// another language translated around the path and key, which stay as they came, with the broken
// rule translated around its literal choices.
import { afterEach, describe, expect, it } from 'vitest';
import { kioskConfigProblemText, kioskConfigProblemsText } from '../../../../../renderer/src/features/kiosk/kioskConfigProblemText';
import { setLocale } from '../../../../../renderer/src/i18n';
import type { KioskConfigProblem } from '../../../../../electron/shared/kioskConfigProblems';

const path = '/home/room/.config/Parley/kiosk.json';
// As electron/kiosk/config/configMessages.ts sends them (tests/unit/electron/kiosk/config/kioskConfigProblems.test.ts).
const problems: KioskConfigProblem[] = [
  { message: `${path}: unknown key "autojoin" (did you mean "autoJoin"?)`, wording: 'unknownKey', source: 'file', values: { path, key: 'autojoin', near: 'autoJoin' } },
  {
    message: 'command line: "volume" must be a number from 0 to 100',
    wording: 'keyInvalid',
    source: 'commandLine',
    values: { key: 'volume', rule: 'numberFromTo', ruleValues: { min: 0, max: 100 } },
  },
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
    expect(flag).toBe('Befehlszeile: "volume": muss eine Zahl von 0 bis 100 sein');
    expect(missing).toMatch(/^"node" fehlt:/);
    expect(unreadable).toBe(`${path}: kann nicht gelesen werden (unbekannter Fehler)`);
    expect(pin).toMatch(/nicht entschlüsselt werden/);
  });

  it("keep main's English for a wording or rule this renderer does not know", () => {
    setLocale('de');
    const newer = { message: 'x: something new', wording: 'fromANewerMain' } as unknown as KioskConfigProblem;
    expect(kioskConfigProblemText(newer)).toBe('x: something new');
    const newerRule = { message: 'x: "volume" must be new', wording: 'keyInvalid', values: { key: 'volume', rule: 'fromANewerMain' } } as unknown as KioskConfigProblem;
    expect(kioskConfigProblemText(newerRule)).toBe('x: "volume" must be new');
    const newerKind = { message: 'x: "alias" must be new', wording: 'keyInvalid', values: { key: 'alias', rule: 'textInQuotes', ruleValues: { what: 'aNewKind' } } } as unknown as KioskConfigProblem;
    expect(kioskConfigProblemText(newerKind)).toBe('x: "alias" must be new');
  });

  it('translate a rule with its kind of text and literal choices', () => {
    // As main sends them (every rule the schema uses is checked in each language in
    // tests/unit/electron/kiosk/config/kioskConfigProblems.test.ts).
    const camera: KioskConfigProblem = {
      message: 'command line: "camera" must be a camera label in quotes',
      wording: 'keyInvalid',
      source: 'commandLine',
      values: { key: 'camera', rule: 'textInQuotes', ruleValues: { what: 'cameraLabel' } },
    };
    const bandwidth: KioskConfigProblem = {
      message: `${path}: "bandwidth" must be "low", "medium", "high" or "maximum"`,
      wording: 'keyInvalid',
      source: 'file',
      values: { path, key: 'bandwidth', rule: 'oneOf', ruleValues: { choices: '"low", "medium", "high"', last: '"maximum"' } },
    };
    expect(kioskConfigProblemText(camera)).toBe(camera.message);
    expect(kioskConfigProblemText(bandwidth)).toBe(bandwidth.message);
    setLocale('de');
    expect(kioskConfigProblemText(camera)).toBe('Befehlszeile: "camera": muss eine Kamerabezeichnung in Anführungszeichen sein');
    expect(kioskConfigProblemText(bandwidth)).toBe(`${path}: "bandwidth": muss "low", "medium", "high" oder "maximum" sein`);
    setLocale('ja');
    expect(kioskConfigProblemText(bandwidth)).toBe(`${path}: "bandwidth": "low", "medium", "high" または "maximum" にしてください`);
    setLocale('ar');
    expect(kioskConfigProblemText(camera)).toBe('سطر الأوامر: "camera": يجب كتابة اسم الكاميرا بين علامتي تنصيص');
  });
});
