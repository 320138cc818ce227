// Configuration problems go out as wording codes with their values beside main's English line, a
// broken schema rule as a rule code with its values instead of its English, and the renderer has a
// message for every wording and rule (its English is checked against main's in
// tests/unit/renderer/features/kiosk/kioskConfigProblemText.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKioskConfig } from '../../../../../electron/kiosk/config/loadKioskConfig';
import { noSecretCodec } from '../../../../../electron/kiosk/config/secretCodec';
import { ruleEnglish, schemaRules } from '../../../../../electron/kiosk/config/kioskConfigRules';
import { supportedLocales } from '../../../../../electron/shared/locales';
import type { KioskConfigProblemWording, KioskConfigRule, KioskConfigTextKind } from '../../../../../electron/shared/kioskConfigProblems';

type RuleMessages = Record<string, string> & { what: Record<string, string> };
const localeMessages = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../../../../renderer/src/i18n/locales/${locale}.json`, import.meta.url), 'utf8')) as {
    kioskConfig: Record<string, string>;
    kioskConfigRule: RuleMessages;
  };
const rendererEnglish = localeMessages('en').kioskConfig;
const rendererRules = localeMessages('en').kioskConfigRule;
/** A rule's message with its values, as vue-i18n interpolates these (none is a plural or a link). */
const rendered = (messages: RuleMessages, rule: string, { what, ...values }: Record<string, unknown>) =>
  (messages[rule] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => (name === 'what' ? (messages.what[String(what)] ?? '') : String(values[name])));
const userFile = '/home/room/.config/Parley/kiosk.json';
const minimal = { node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: true };

async function worded(file: unknown, flags: Record<string, unknown> = {}) {
  const read = async (path: string) => {
    if (path !== userFile) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return typeof file === 'string' ? file : JSON.stringify(file);
  };
  const result = await loadKioskConfig({ systemFile: '/etc/parley/kiosk.json', userFile, flags }, noSecretCodec, read);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('kiosk configuration problems as codes', () => {
  it('carry the file, the key and a near spelling as values', async () => {
    expect(await worded({ ...minimal, autojoin: true })).toEqual([
      { message: `${userFile}: unknown key "autojoin" (did you mean "autoJoin"?)`, wording: 'unknownKey', source: 'file', values: { path: userFile, key: 'autojoin', near: 'autoJoin' } },
    ]);
    expect(await worded({ ...minimal, volume: 'loud' })).toEqual([
      {
        message: `${userFile}: "volume" must be a number from 0 to 100`,
        wording: 'keyInvalid',
        source: 'file',
        values: { path: userFile, key: 'volume', rule: 'numberFromTo', ruleValues: { min: 0, max: 100 } },
      },
    ]);
    expect(await worded(minimal, { volume: 'loud' })).toMatchObject([{ wording: 'keyInvalid', source: 'commandLine', values: { key: 'volume' } }]);
  });

  it('say what is missing or unreadable without a source when it is about the whole configuration', async () => {
    const { node: _node, alias: _alias, ...rest } = minimal;
    expect(await worded(rest)).toEqual([
      { message: '"node" is missing: set it in a kiosk configuration file or with a command-line flag', wording: 'keyMissing', values: { key: 'node' } },
      { message: '"alias" is missing: set the meeting alias, or a "calendar" to join its meetings', wording: 'aliasMissing' },
    ]);
    expect(await worded('{"node": ')).toMatchObject([{ wording: 'notJson', source: 'file', values: { path: userFile } }]);
    expect(await worded('[1]')).toMatchObject([{ wording: 'notAnObject', source: 'file' }]);
  });

  it('have a renderer message for every wording', () => {
    const wordings: Record<KioskConfigProblemWording, true> = {
      unknownKey: true, unknownKeyIn: true, keyInvalid: true, invalid: true, keyMissing: true, aliasMissing: true, calendarMissingForAutoJoin: true,
      defaultAliasMissing: true, cannotRead: true, notJson: true, notAnObject: true, pinNoEncryption: true, pinNotDecryptable: true, incomplete: true,
    };
    for (const wording of Object.keys(wordings)) expect(rendererEnglish[wording], wording).toBeTypeOf('string');
  });

  it('carry a broken rule as its code and values, not its English', async () => {
    const rules = async (layer: Record<string, unknown>) =>
      (await worded({ ...minimal, ...layer })).map(({ values }) => [values?.key, values?.rule, values?.ruleValues]);
    expect(await rules({ displayName: '  ', bandwidth: 'huge', camera: 7 })).toEqual([
      ['displayName', 'notEmpty', undefined],
      ['camera', 'textInQuotes', { what: 'cameraLabel' }],
      ['bandwidth', 'oneOf', { choices: '"low", "medium", "high"', last: '"maximum"' }],
    ]);
    const problems = await worded({ ...minimal, onMeetingEnd: { action: 'rejoin', afterSeconds: 1.5 }, maintenance: { days: [], from: '3:00', to: '04:00' } });
    expect(problems.map(({ message, values }) => [message, values?.rule, values?.ruleValues])).toEqual([
      [`${userFile}: "maintenance.days" must name at least one day`, 'atLeastOneDay', undefined],
      [`${userFile}: "maintenance.from" must be a 24-hour time "HH:MM", e.g. "03:30"`, 'time24', { format: '"HH:MM"', example: '"03:30"' }],
      [`${userFile}: "onMeetingEnd.afterSeconds" must be a whole number of seconds`, 'wholeSeconds', undefined],
    ]);
    for (const problem of problems) expect(problem.values).not.toHaveProperty('detail');
  });

  it('have a renderer message for every rule and kind of text', () => {
    const rules: Record<KioskConfigRule, true> = {
      secondsNumber: true, wholeSeconds: true, atLeast: true, atMostADay: true, oneOf: true, oneOfList: true, defaultOrIdle: true, textInQuotes: true,
      notEmpty: true, atMostCharacters: true, timeInQuotes: true, time24: true, minutesFromTo: true, wholeMinutes: true, fromTo: true, numberFromTo: true,
      calendarUrl: true, dayNames: true, dayList: true, atLeastOneDay: true, shape: true, digits: true, encryptedPin: true, base64: true,
      pinHashInQuotes: true, pinHash: true,
    };
    const kinds: Record<KioskConfigTextKind, true> = {
      nodeAddress: true, meetingAlias: true, displayName: true, calendarFeed: true, cameraLabel: true, microphoneLabel: true, speakerLabel: true,
      layoutName: true, meetingPin: true, adminPin: true,
    };
    for (const rule of Object.keys(rules)) expect(rendererRules[rule], rule).toBeTypeOf('string');
    for (const kind of Object.keys(kinds)) expect(rendererRules.what[kind], kind).toBeTypeOf('string');
    // The schema uses every rule it declares.
    expect(new Set(schemaRules().map(({ rule }) => rule))).toEqual(new Set(Object.keys(rules)));
  });

  it("say every rule the schema uses in the renderer's English exactly as main does, and translate it in every language", () => {
    const used = schemaRules();
    expect(used.length).toBeGreaterThan(30);
    for (const { rule, values } of used) expect(rendered(rendererRules, rule, { ...values }), rule).toBe(ruleEnglish(rule, values));
    for (const locale of supportedLocales.filter((other) => other !== 'en')) {
      const messages = localeMessages(locale).kioskConfigRule;
      for (const { rule, values } of used) {
        const text = rendered(messages, rule, { ...values });
        expect(text, `${locale} ${rule}`).not.toBe(ruleEnglish(rule, values));
        expect(text, `${locale} ${rule}`).not.toMatch(/\{\w+\}|undefined|^$|must|in quotes/);
      }
    }
  });
});
