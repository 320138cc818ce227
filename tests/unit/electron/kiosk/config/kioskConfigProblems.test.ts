// Configuration problems go out as wording codes with their values beside main's English line, and
// the renderer has a message for every wording (its English is checked against main's in
// tests/unit/renderer/features/kiosk/kioskConfigProblemText.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKioskConfig } from '../../../../../electron/kiosk/config/loadKioskConfig';
import { noSecretCodec } from '../../../../../electron/kiosk/config/secretCodec';
import type { KioskConfigProblemWording } from '../../../../../electron/shared/kioskConfigProblems';

const rendererEnglish = (JSON.parse(readFileSync(new URL('../../../../../renderer/src/i18n/locales/en.json', import.meta.url), 'utf8')) as { kioskConfig: Record<string, string> }).kioskConfig;
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
    expect(await worded({ ...minimal, volume: 'loud' })).toMatchObject([{ wording: 'keyInvalid', source: 'file', values: { path: userFile, key: 'volume', detail: 'must be a number from 0 to 100' } }]);
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
});
