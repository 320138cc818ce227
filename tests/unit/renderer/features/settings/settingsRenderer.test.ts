// The renderer's side of settings: what prefills the join screen, recent meetings (theme and
// language: features/preferences/preferenceChoice.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../../electron/shared/settings';
import { prefillFromSettings } from '../../../../../renderer/src/features/settings/desktopPreferences';
import { useRecentMeetingsStore } from '../../../../../renderer/src/features/settings/recentMeetingsStore';
import { useSettingsStore } from '../../../../../renderer/src/features/settings/settingsStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { settingsErrorText, settingsProblemTexts } from '../../../../../renderer/src/features/settings/settingsProblemText';
import { setLocale } from '../../../../../renderer/src/i18n';
import { freshStoresWithFakeBridge } from '../../freshStores';
import { joinedInfo, type FakeBridge } from '../../fakeBridge';

let bridge: FakeBridge;
beforeEach(() => {
  localStorage.clear();
  ({ bridge } = freshStoresWithFakeBridge({ deliverEvents: true }));
});

describe('prefill from settings', () => {
  it('fills only empty fields, and presets join muted', () => {
    const settings = { ...defaultSettings, displayName: 'Ann', defaultNode: 'meet.example.com', joinMuted: { microphone: true, camera: false } };
    const form = { node: '', displayName: '' };
    const choices = { call: 'video' as const, muteMicrophone: false, muteCamera: false };
    prefillFromSettings(form, choices, settings);
    expect(form).toEqual({ node: 'meet.example.com', displayName: 'Ann' });
    expect(choices).toMatchObject({ muteMicrophone: true, muteCamera: false });
    const fromLink = { node: 'link.example.com', displayName: 'Bo' };
    prefillFromSettings(fromLink, choices, settings);
    expect(fromLink).toEqual({ node: 'link.example.com', displayName: 'Bo' });
  });
});

describe('settings store', () => {
  it('a refused change keeps the screen and says why', async () => {
    const settings = useSettingsStore();
    await settings.load();
    bridge.api.settingsWrite.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'Your administrator has set this and it cannot be changed here.' } });
    expect(await settings.change({ theme: 'dark' })).toBe(false);
    expect(settings.error).toMatch(/administrator/);
    expect(settings.current()?.theme).toBe('system');
  });
});

describe('settings problems in the chosen language', () => {
  const view = {
    settings: { ...defaultSettings },
    locked: [],
    problem: "The settings file is damaged (it is not valid JSON). Parley kept it as settings.corrupt-1.json and started with default settings. The administrator's policy file is not valid JSON; it was ignored.",
    problems: [{ code: 'settings_file_damaged' as const, backup: 'settings.corrupt-1.json' }, { code: 'policy_file_invalid_json' as const }],
    secretsAvailable: false,
  };

  it("say main's English as it came, and each code translated in another language", () => {
    setLocale('en');
    expect(settingsProblemTexts(view)).toEqual([view.problem]);
    setLocale('de');
    expect(settingsProblemTexts(view)).toEqual([
      'Die Einstellungsdatei ist beschädigt (kein gültiges JSON). Parley hat sie als settings.corrupt-1.json aufbewahrt und mit den Standardeinstellungen begonnen.',
      'Die Richtliniendatei Ihrer Administration ist kein gültiges JSON; sie wurde nicht beachtet.',
    ]);
    // An older main without codes: its English.
    expect(settingsProblemTexts({ ...view, problems: undefined })).toEqual([view.problem]);
    setLocale('en');
  });

  it('a refused change says why in the chosen language', async () => {
    const refusal = { code: 'forbidden' as const, message: 'Your administrator has set this and it cannot be changed here.' };
    expect(settingsErrorText(refusal)).toBe(refusal.message);
    setLocale('nb');
    expect(settingsErrorText(refusal)).toBe('Administratoren har bestemt dette, og det kan ikke endres her.');
    const settings = useSettingsStore();
    await settings.load();
    bridge.api.settingsWrite.mockResolvedValueOnce({ ok: false, error: refusal });
    await settings.change({ theme: 'dark' });
    expect(settings.error).toBe('Administratoren har bestemt dette, og det kan ikke endres her.');
    setLocale('en');
  });
});

describe('recent meetings', () => {
  it('remembers a join, with the PIN only when "Remember PIN" is ticked', async () => {
    const recent = useRecentMeetingsStore();
    await recent.remember(joinedInfo(), '1234');
    expect(bridge.api.recentMeetingRemember).toHaveBeenLastCalledWith(expect.not.objectContaining({ pin: expect.anything() }));
    recent.rememberPin = true;
    await recent.remember(joinedInfo(), '1234');
    expect(bridge.api.recentMeetingRemember).toHaveBeenLastCalledWith(expect.objectContaining({ pin: '1234', rememberPin: true }));
  });

  it('one-click rejoin joins with what main kept (its PIN decrypted)', async () => {
    bridge.api.recentMeetingOpen.mockResolvedValueOnce({ ok: true, value: { node: 'https://meet.example.com', alias: 'team', pin: '42' } });
    const session = useSessionStore();
    session.form.displayName = 'Ann';
    await useRecentMeetingsStore().rejoin('m1');
    expect(bridge.api.join).toHaveBeenCalledWith({ node: 'https://meet.example.com', alias: 'team', displayName: 'Ann', pin: '42' });
  });

  it('a meeting no longer there says so', async () => {
    const recent = useRecentMeetingsStore();
    await recent.rejoin('gone');
    expect(recent.problem).toMatch(/no longer/);
    expect(bridge.api.join).not.toHaveBeenCalled();
  });

  it("keeps main's refusal, so a language switch says it again in the new language", async () => {
    bridge.api.recentMeetingOpen.mockResolvedValueOnce({
      ok: false,
      error: { code: 'not_found', message: 'That meeting is no longer in Recent meetings.', wording: 'recentMeetingGone' },
    });
    const recent = useRecentMeetingsStore();
    await recent.rejoin('gone');
    expect(recent.problem).toBe('That meeting is no longer in Recent meetings.');
    setLocale('de');
    try {
      expect(recent.problem).toBe('Dieses Meeting ist nicht mehr unter „Letzte Meetings“.');
      setLocale('es');
      expect(recent.problem).toBe('Esa reunión ya no está en Reuniones recientes.');
    } finally {
      setLocale('en');
    }
  });
});
