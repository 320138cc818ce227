// The settings store on disk: validated, migrated, corrupt files kept as backups, PINs only sealed,
// locked settings refused.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { desktopLocale, desktopTexts, openSettingsStore } from '../../../../electron/desktop';
import type { Logger, SecretCodec } from '../../../../electron/service';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const sealing = (available = true): SecretCodec => ({
  available: async () => available,
  encrypt: async (clear) => Buffer.from(`sealed:${clear}`).toString('base64'),
  decrypt: async (base64) => {
    const text = Buffer.from(base64, 'base64').toString();
    if (!text.startsWith('sealed:')) throw new Error('not ours');
    return text.slice(7);
  },
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-settings-'));
});
const open = (secrets = sealing(), policyFile?: string) =>
  openSettingsStore({ dir, secrets, logger: quiet, now: () => Date.UTC(2026, 0, 2, 3, 4, 5), ...(policyFile ? { policyFile } : {}) });

describe('settings', () => {
  it('start from defaults and keep what was written across openings', async () => {
    const first = open();
    expect((await first.read()).settings).toMatchObject({ displayName: '', theme: 'system', keepRunningOnClose: 'ask', pexipLinks: false, systemShortcuts: false });
    const written = await first.write({ displayName: 'Ann', theme: 'dark', nodes: [{ address: 'meet.example.com' }], defaultNode: 'meet.example.com' });
    expect(written.ok).toBe(true);
    const again = await open().read();
    expect(again.settings).toMatchObject({ displayName: 'Ann', theme: 'dark', nodes: [{ address: 'meet.example.com', label: '' }], defaultNode: 'meet.example.com' });
    expect(again.problem).toBeNull();
  });

  it('a change that does not validate throws before anything is written (the handler answers invalid_argument)', async () => {
    const store = open();
    await expect(store.write({ theme: 'purple' } as never)).rejects.toThrow();
    await expect(store.write({ colour: 'red' } as never)).rejects.toThrow();
    expect((await open().read()).settings.theme).toBe('system');
  });

  it('a corrupt file is reported, kept as a backup, and replaced by defaults', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"version":1,"settings":{"theme":"pur');
    const view = await open().read();
    expect(view.problem).toMatch(/damaged.*kept it as settings\.corrupt-2026-01-02T03-04-05-000Z\.json/);
    expect(view.problems).toEqual([{ code: 'settings_file_damaged', backup: 'settings.corrupt-2026-01-02T03-04-05-000Z.json' }]);
    expect(view.settings.theme).toBe('system');
    expect(readFileSync(join(dir, 'settings.corrupt-2026-01-02T03-04-05-000Z.json'), 'utf8')).toContain('"theme":"pur');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('a file with a value Parley cannot use is corrupt too, naming where', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, settings: { theme: 'purple' } }));
    expect((await open().read()).problem).toMatch(/cannot use \(settings\.theme\)/);
    expect(readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
  });

  it('migrates the version 0 file (node and name) to a saved default node', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ node: 'old.example.com', displayName: 'Bo' }));
    const view = await open().read();
    expect(view.problem).toBeNull();
    expect(view.settings).toMatchObject({ displayName: 'Bo', nodes: [{ address: 'old.example.com' }], defaultNode: 'old.example.com' });
  });
});

describe('system-wide shortcut keys', () => {
  it("a file from before they could be changed keeps today's keys (Ctrl/Cmd+Alt+M, Ctrl+Alt+Space)", async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, settings: { systemShortcuts: true, theme: 'dark' } }));
    const view = await open().read();
    expect(view.problem).toBeNull();
    expect(view.settings).toMatchObject({ systemShortcuts: true, systemShortcutKeys: { toggleMute: 'CommandOrControl+Alt+M', pushToTalk: { modifiers: ['ctrl', 'alt'], key: 'Space' } } });
  });

  it('a file that has only toggle mute\'s keys takes push-to-talk\'s default, and keys written are read back', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, settings: { systemShortcutKeys: { toggleMute: 'Alt+CommandOrControl+K' } } }));
    expect((await open().read()).settings.systemShortcutKeys).toEqual({ toggleMute: 'CommandOrControl+Alt+K', pushToTalk: { modifiers: ['ctrl', 'alt'], key: 'Space' } });
    await open().write({ systemShortcutKeys: { toggleMute: 'Control+Shift+F8', pushToTalk: { modifiers: ['shift', 'meta'], key: 'T' } } });
    expect((await open().read()).settings.systemShortcutKeys).toEqual({ toggleMute: 'Control+Shift+F8', pushToTalk: { modifiers: ['shift', 'meta'], key: 'T' } });
  });

  it('keys outside the safe set are refused in a change and make a file corrupt', async () => {
    await expect(open().write({ systemShortcutKeys: { toggleMute: 'M', pushToTalk: { modifiers: ['ctrl'], key: 'Space' } } })).rejects.toThrow();
    await expect(open().write({ systemShortcutKeys: { toggleMute: 'Alt+M', pushToTalk: { modifiers: [], key: 'Space' } } })).rejects.toThrow();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, settings: { systemShortcutKeys: { toggleMute: 'Alt+Escape' } } }));
    expect((await open().read()).problem).toMatch(/cannot use \(settings\.systemShortcutKeys\.toggleMute\)/);
  });
});

describe('administrator policy', () => {
  it('adds the default node and locks settings, which cannot be changed', async () => {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ defaultNode: 'corp.example.com', locked: { pexipLinks: true, proxy: { mode: 'manual', url: 'http://proxy.corp:3128' } } }));
    const store = open(sealing(), policy);
    const view = await store.read();
    expect(view.locked.sort()).toEqual(['pexipLinks', 'proxy']);
    expect(view.settings).toMatchObject({ pexipLinks: true, proxy: { mode: 'manual', url: 'http://proxy.corp:3128' }, defaultNode: 'corp.example.com' });
    expect(view.settings.nodes[0]).toEqual({ address: 'corp.example.com', label: '' });
    expect(view.organisationNode).toBe('corp.example.com');
    expect(await store.write({ pexipLinks: false })).toEqual({ ok: false, error: 'locked' });
    expect(store.current().pexipLinks).toBe(true);
    expect((await store.write({ theme: 'light' })).ok).toBe(true);
  });

  it("locks the language: the person's choice is refused and main's own words follow the policy", async () => {
    const first = open();
    expect((await first.write({ language: 'de' })).ok).toBe(true);
    expect(desktopTexts(desktopLocale(first.current().language, ['en-US']))('tray.quit')).toBe('Parley beenden');
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ locked: { language: 'nb' } }));
    const store = open(sealing(), policy);
    const view = await store.read();
    expect(view.locked).toEqual(['language']);
    expect(view.settings.language).toBe('nb');
    expect(await store.write({ language: 'fr' })).toEqual({ ok: false, error: 'locked' });
    expect(desktopTexts(desktopLocale(store.current().language, ['fr-FR', 'en']))('tray.quit')).toBe(desktopTexts('nb')('tray.quit'));
    // Without a choice or a lock, the OS's languages decide.
    expect(desktopLocale('system', ['ja-JP', 'en'])).toBe('ja');
  });

  it('a broken policy file is reported and ignored', async () => {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ locked: { theme: 'neon' } }));
    const view = await open(sealing(), policy).read();
    expect(view.problem).toMatch(/policy file.*ignored/);
    expect(view.problems).toEqual([{ code: 'policy_file_invalid_value' }]);
    expect(view.locked).toEqual([]);
  });
});

describe('recent meetings', () => {
  it('newest first, one entry per meeting, at most ten', async () => {
    const store = open();
    for (let index = 0; index < 12; index += 1) await store.rememberMeeting({ node: 'https://n', alias: `room${index}`, conferenceName: `Room ${index}`, rememberPin: false });
    await store.rememberMeeting({ node: 'https://n', alias: 'ROOM5', conferenceName: 'Room 5', rememberPin: false });
    const list = store.recentMeetings();
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ alias: 'ROOM5', hasPin: false });
    expect(list.filter((entry) => entry.alias.toLowerCase() === 'room5')).toHaveLength(1);
  });

  it('remembers a PIN only when asked, and only sealed; rejoin gets it back', async () => {
    const store = open();
    await store.rememberMeeting({ node: 'https://n', alias: 'plain', conferenceName: 'P', pin: '1111', rememberPin: false });
    expect(await store.rememberMeeting({ node: 'https://n', alias: 'kept', conferenceName: 'K', pin: '73918264', rememberPin: true })).toEqual({ pinRemembered: true });
    const text = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(text).not.toContain('1111');
    expect(text).not.toContain('73918264');
    const [kept, plain] = store.recentMeetings();
    expect(kept).toMatchObject({ alias: 'kept', hasPin: true });
    expect(JSON.stringify(store.recentMeetings())).not.toContain('sealed');
    expect(await store.openRecentMeeting(kept?.id ?? '')).toEqual({ node: 'https://n', alias: 'kept', pin: '73918264' });
    expect(await store.openRecentMeeting(plain?.id ?? '')).toEqual({ node: 'https://n', alias: 'plain', pin: null });
    expect(store.forgetRecentMeeting(kept?.id ?? '')).toHaveLength(1);
  });

  it('without a secret store a PIN is not remembered at all', async () => {
    const store = open(sealing(false));
    expect(await store.rememberMeeting({ node: 'https://n', alias: 'kept', conferenceName: 'K', pin: '73918264', rememberPin: true })).toEqual({ pinRemembered: false });
    expect(store.recentMeetings()[0]?.hasPin).toBe(false);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain('73918264');
  });
});
