// Configuration precedence (system < user < PARLEY_CONFIG < --config < flags) and the messages an
// administrator sees for a bad file.
import { describe, expect, it } from 'vitest';
import { kioskConfigPaths } from '../../../../../electron/kiosk/config/configPaths';
import { parseKioskFlags } from '../../../../../electron/kiosk/config/configFlags';
import { loadKioskConfig, type KioskConfigSources } from '../../../../../electron/kiosk/config/loadKioskConfig';
import { noSecretCodec } from '../../../../../electron/kiosk/config/secretCodec';
import type { SecretCodec } from '../../../../../electron/service/ports';

const paths = { systemFile: '/etc/parley/kiosk.json', userFile: '/home/room/.config/Parley/kiosk.json' };

function filesystem(files: Record<string, unknown>): (path: string) => Promise<string> {
  return async (path) => {
    if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    const content = files[path];
    return typeof content === 'string' ? content : JSON.stringify(content);
  };
}

function load(files: Record<string, unknown>, extra: Partial<KioskConfigSources> = {}, codec: SecretCodec = noSecretCodec) {
  return loadKioskConfig({ ...paths, flags: {}, ...extra }, codec, filesystem(files));
}

const minimal = { node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: true };

describe('kiosk configuration precedence', () => {
  it('merges system, user, PARLEY_CONFIG, --config and flags, the later winning key by key', async () => {
    const result = await load(
      {
        [paths.systemFile]: { node: 'https://system.example.com', alias: 'meet.system', displayName: 'System', autoJoin: false, volume: 30 },
        [paths.userFile]: { displayName: 'User', camera: 'USB Camera' },
        '/srv/env.json': { alias: 'meet.env' },
        '/srv/flag.json': { autoJoin: true },
      },
      { envFile: '/srv/env.json', flagFile: '/srv/flag.json', flags: { displayName: 'Flag Room' } },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      node: 'https://system.example.com',
      alias: 'meet.env',
      displayName: 'Flag Room',
      autoJoin: true,
      volume: 30,
      camera: 'USB Camera',
    });
    expect(result.files).toEqual([paths.systemFile, paths.userFile, '/srv/env.json', '/srv/flag.json']);
    expect(result.writeTarget).toBe('/srv/flag.json');
  });

  it('takes node, alias, displayName and autoJoin as a complete configuration, with defaults for the rest', async () => {
    const result = await load({ [paths.userFile]: minimal });
    expect(result.ok && result.config).toEqual({
      ...minimal,
      captions: false,
      volume: 100,
      startAtLogin: true,
      onMeetingEnd: { action: 'rejoin', afterSeconds: 0 },
      calendarRefreshMinutes: 5,
      joinBeforeMinutes: 2,
      leaveWhenAlone: false,
      betweenMeetings: 'idle',
      hideTitles: false,
    });
  });

  it('reports no problems but no configuration on a first run (the setup screen)', async () => {
    const result = await load({});
    expect(result).toEqual({ ok: false, problems: [], files: [], writeTarget: paths.userFile });
  });

  it('decrypts pinEncrypted with the platform codec', async () => {
    const codec: SecretCodec = { available: async () => true, encrypt: async (text) => btoa(text), decrypt: async (text) => atob(text) };
    const result = await load({ [paths.userFile]: { ...minimal, pinEncrypted: btoa('4321') } }, {}, codec);
    expect(result.ok && result.config.pin).toBe('4321');
  });
});

describe('kiosk configuration messages', () => {
  const problemsOf = async (files: Record<string, unknown>, extra: Partial<KioskConfigSources> = {}) => {
    const result = await load(files, extra);
    return result.ok ? [] : result.problems.map((problem) => problem.message);
  };

  it('names the file, the key and the problem for a wrong type', async () => {
    expect(await problemsOf({ [paths.userFile]: { ...minimal, autoJoin: 'yes' } })).toEqual([
      `${paths.userFile}: "autoJoin" must be true, false or "calendar"`,
    ]);
  });

  it('names an unknown key and suggests the right spelling', async () => {
    expect(await problemsOf({ [paths.userFile]: { ...minimal, autojoin: true } })).toEqual([
      `${paths.userFile}: unknown key "autojoin" (did you mean "autoJoin"?)`,
    ]);
  });

  it('names a missing required key', async () => {
    const { node: _node, ...withoutNode } = minimal;
    expect(await problemsOf({ [paths.userFile]: withoutNode })).toEqual([
      '"node" is missing: set it in a kiosk configuration file or with a command-line flag',
    ]);
  });

  it('explains bad JSON, a bad time and a bad meeting-end action', async () => {
    expect((await problemsOf({ [paths.userFile]: '{"node": ' }))[0]).toMatch(/^\/home\/room\/\.config\/Parley\/kiosk\.json: is not valid JSON/);
    expect(await problemsOf({ [paths.userFile]: { ...minimal, dailyRestart: '25:00' } })).toEqual([
      `${paths.userFile}: "dailyRestart" must be a 24-hour time "HH:MM", e.g. "03:30"`,
    ]);
    expect(await problemsOf({ [paths.userFile]: { ...minimal, onMeetingEnd: { action: 'rejoin', afterSeconds: -1 } } })).toEqual([
      `${paths.userFile}: "onMeetingEnd.afterSeconds" must be 0 or more`,
    ]);
  });

  it('names a bad flag as coming from the command line, and does not start half-configured', async () => {
    const result = await load({ [paths.userFile]: minimal }, { flags: { volume: 'loud' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual(['command line: "volume" must be a number from 0 to 100']);
  });

  it("takes the room's bandwidth as one of Pexip's four choices", async () => {
    const result = await load({ [paths.userFile]: { ...minimal, bandwidth: 'low' } });
    expect(result).toMatchObject({ ok: true, config: { bandwidth: 'low' } });
    expect(await problemsOf({ [paths.userFile]: { ...minimal, bandwidth: '2 Mbit' } })).toEqual([
      `${paths.userFile}: "bandwidth" must be "low", "medium", "high" or "maximum"`,
    ]);
  });

  it('takes RNNoise on the room microphone as true or false, and leaves it to the display when absent', async () => {
    expect(await load({ [paths.userFile]: { ...minimal, rnnoise: true } })).toMatchObject({ ok: true, config: { rnnoise: true } });
    const absent = await load({ [paths.userFile]: minimal });
    expect(absent.ok && absent.config.rnnoise).toBeUndefined();
    expect(await problemsOf({ [paths.userFile]: { ...minimal, rnnoise: 'on' } })).toEqual([`${paths.userFile}: "rnnoise" must be true or false`]);
  });

  it("takes the room's language as one of Parley's seven, from the file or --language", async () => {
    expect(await load({ [paths.userFile]: { ...minimal, language: 'ar' } })).toMatchObject({ ok: true, config: { language: 'ar' } });
    expect(await load({ [paths.userFile]: { ...minimal, language: 'ar' } }, { flags: parseKioskFlags(['app', '--language', 'nb']).layer })).toMatchObject({ ok: true, config: { language: 'nb' } });
    const withoutLanguage = await load({ [paths.userFile]: minimal });
    expect(withoutLanguage.ok && withoutLanguage.config.language).toBeUndefined();
    expect(await problemsOf({ [paths.userFile]: { ...minimal, language: 'Deutsch' } })).toEqual([
      `${paths.userFile}: "language" must be one of "en", "de", "fr", "es", "nb", "ja", "ar"`,
    ]);
  });

  it("takes the room camera's background effect as one of the built-in effects", async () => {
    const result = await load({ [paths.userFile]: { ...minimal, backgroundEffect: 'blur-strong' } });
    expect(result).toMatchObject({ ok: true, config: { backgroundEffect: 'blur-strong' } });
    expect(await problemsOf({ [paths.userFile]: { ...minimal, backgroundEffect: 'image-own' } })).toEqual([
      `${paths.userFile}: "backgroundEffect" must be "off", "blur-slight", "blur-strong", "image-office", "image-beach" or "image-forest"`,
    ]);
  });

  it('refuses pinEncrypted where nothing can decrypt it', async () => {
    expect(await problemsOf({ [paths.userFile]: { ...minimal, pinEncrypted: 'AAAA' } })).toEqual([
      '"pinEncrypted" cannot be decrypted: this system offers no encryption; give "pin" instead',
    ]);
  });
});

describe('kiosk flags and paths', () => {
  it('turns flags into single keys, plus --config and --status-port', () => {
    const flags = parseKioskFlags(['app', '--no-sandbox', '--display-name', 'Room 2', '--no-auto-join', '--volume=40', '--config', '/x.json', '--status-port', '9100', '--captions']);
    expect(flags).toEqual({
      configFile: '/x.json',
      statusPort: 9100,
      layer: { displayName: 'Room 2', autoJoin: false, volume: 40, captions: true },
    });
  });

  it('documents a system and a user file per operating system', () => {
    expect(kioskConfigPaths('linux', {}, '/home/r')).toEqual({ system: '/etc/parley/kiosk.json', user: '/home/r/.config/Parley/kiosk.json' });
    expect(kioskConfigPaths('darwin', {}, '/Users/r')).toEqual({
      system: '/Library/Application Support/Parley/kiosk.json',
      user: '/Users/r/Library/Application Support/Parley/kiosk.json',
    });
    expect(kioskConfigPaths('win32', { ProgramData: 'C:\\ProgramData', APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'C:\\Users\\r')).toEqual({
      system: 'C:\\ProgramData\\Parley\\kiosk.json',
      user: 'C:\\Users\\r\\AppData\\Roaming\\Parley\\kiosk.json',
    });
  });
});
