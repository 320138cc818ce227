// One theme and language choice for the join screen and Settings: either control changes the other,
// the choice is written to the desktop settings (main's words follow them), the stored setting is
// taken on start, and a kiosk's or the administrator's language wins over the person's.
import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { defaultSettings, type DesktopSettings, type SettingsKey } from '../../../../../electron/shared/settings';
import { currentLocale, setLocale } from '../../../../../renderer/src/i18n';
import { setLanguageChoice } from '../../../../../renderer/src/i18n/languagePreference';
import LookAndLanguage from '../../../../../renderer/src/features/preferences/LookAndLanguage.vue';
import { decideLanguage } from '../../../../../renderer/src/features/preferences/languageDecision';
import {
  adoptStoredChoices,
  chooseLanguage,
  chooseTheme,
  setKioskLanguage,
  setLinkLanguage,
} from '../../../../../renderer/src/features/preferences/preferenceChoice';
import AppearanceSection from '../../../../../renderer/src/features/settings/sections/AppearanceSection.vue';
import { useSettingsStore } from '../../../../../renderer/src/features/settings/settingsStore';
import { browserThemeHost, startTheme, themeChoice } from '../../../../../renderer/src/ui/theme/themePreference';
import { freshStoresWithFakeBridge } from '../../freshStores';
import type { FakeBridge } from '../../fakeBridge';

enableAutoUnmount(afterEach);

let bridge: FakeBridge;
let pinia: ReturnType<typeof freshStoresWithFakeBridge>['pinia'];

/** The desktop settings main (or the browser host) has, with keys its policy file locked. */
function storedSettings(settings: Partial<DesktopSettings>, locked: SettingsKey[] = []): void {
  const view = { settings: { ...defaultSettings, ...settings }, locked, problem: null, secretsAvailable: false };
  bridge.api.settingsRead.mockResolvedValue({ ok: true, value: view });
  bridge.api.settingsWrite.mockImplementation(async (change: object) => {
    view.settings = { ...view.settings, ...change };
    return { ok: true, value: { ...view } };
  });
}

beforeEach(() => {
  localStorage.clear();
  ({ bridge, pinia } = freshStoresWithFakeBridge());
  setLinkLanguage(null);
  setKioskLanguage(null);
  setLocale('en');
  setLanguageChoice('system', { localStorage, navigator: { languages: ['en-US'] } as unknown as Navigator });
  startTheme(browserThemeHost(window));
});

describe('who decides the language', () => {
  it('kiosk, then a locked policy value, then a link, then the person, then the OS', () => {
    expect(decideLanguage({ kiosk: 'ja', setting: 'de', locked: true, link: 'fr' })).toEqual({ kind: 'fixed', locale: 'ja' });
    expect(decideLanguage({ kiosk: null, setting: 'de', locked: true, link: 'fr' })).toEqual({ kind: 'fixed', locale: 'de' });
    expect(decideLanguage({ kiosk: null, setting: 'de', locked: false, link: 'fr-CA' })).toEqual({ kind: 'fixed', locale: 'fr' });
    expect(decideLanguage({ kiosk: null, setting: 'de', locked: false, link: 'xx' })).toEqual({ kind: 'choice', choice: 'de' });
    expect(decideLanguage({ kiosk: null, setting: null, locked: false, link: null })).toEqual({ kind: 'choice', choice: 'system' });
    // A policy that locks "system" keeps the OS's language, and a link cannot change it.
    expect(decideLanguage({ kiosk: null, setting: 'system', locked: true, link: 'fr' })).toEqual({ kind: 'choice', choice: 'system' });
  });
});

describe('one choice for the join screen and Settings', () => {
  it('choosing German in Settings switches the join screen and is written to the desktop settings', async () => {
    storedSettings({});
    await useSettingsStore().load();
    const join = mount(LookAndLanguage, { global: { plugins: [pinia] } });
    const settings = mount(AppearanceSection, { global: { plugins: [pinia] } });

    await settings.find('select').setValue('de');
    await nextTick();
    expect(bridge.api.settingsWrite).toHaveBeenLastCalledWith({ language: 'de' });
    expect(currentLocale()).toBe('de');
    expect(document.documentElement.getAttribute('lang')).toBe('de');
    const joinSelects = join.findAll('select');
    expect((joinSelects[1]?.element as HTMLSelectElement).value).toBe('de');
    // The join screen's own labels are German now.
    expect(join.text()).toContain('Sprache');

    await join.findAll('select')[0]?.setValue('dark');
    await nextTick();
    expect(bridge.api.settingsWrite).toHaveBeenLastCalledWith({ theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect((settings.find('input[value="dark"]').element as HTMLInputElement).checked).toBe(true);
  });

  it('on start, the stored desktop setting is taken over this renderer\'s own copy', async () => {
    localStorage.setItem('parley.language', 'fr');
    localStorage.setItem('parley.theme', 'light');
    storedSettings({ language: 'es', theme: 'dark' });
    await useSettingsStore().load();
    adoptStoredChoices();
    expect(currentLocale()).toBe('es');
    expect(themeChoice.value).toBe('dark');
    // The copy for the next start's first frame follows.
    expect(localStorage.getItem('parley.language')).toBe('es');
  });

  it("a link's lang wins over the person's choice until they choose again", async () => {
    storedSettings({ language: 'es' });
    setLinkLanguage('nb');
    await useSettingsStore().load();
    adoptStoredChoices();
    expect(currentLocale()).toBe('nb');
    await chooseLanguage('ja');
    expect(currentLocale()).toBe('ja');
    expect(useSettingsStore().current()?.language).toBe('ja');
  });

  it("both language selects show a link's lang while it is in effect, and the person's choice after", async () => {
    storedSettings({ language: 'es' });
    setLinkLanguage('nb');
    await useSettingsStore().load();
    adoptStoredChoices();
    const join = mount(LookAndLanguage, { global: { plugins: [pinia] } });
    const settings = mount(AppearanceSection, { global: { plugins: [pinia] } });
    const joinLanguage = () => (join.findAll('select')[1]?.element as HTMLSelectElement).value;
    const settingsLanguage = () => (settings.find('select').element as HTMLSelectElement).value;
    expect(joinLanguage()).toBe('nb');
    expect(settingsLanguage()).toBe('nb');
    await settings.find('select').setValue('fr');
    await nextTick();
    expect(currentLocale()).toBe('fr');
    expect(joinLanguage()).toBe('fr');
    expect(settingsLanguage()).toBe('fr');
  });

  it('a refused write leaves what is stored in effect and says why', async () => {
    storedSettings({ language: 'fr' });
    await useSettingsStore().load();
    adoptStoredChoices();
    bridge.api.settingsWrite.mockResolvedValueOnce({ ok: false, error: { code: 'unavailable', message: 'The settings could not be saved.' } });
    await chooseLanguage('de');
    expect(currentLocale()).toBe('fr');
    expect(useSettingsStore().error).toBe('The settings could not be saved.');
  });
});

describe('overrides above the person', () => {
  it("the administrator's locked language applies, and both controls are disabled", async () => {
    storedSettings({ language: 'de' }, ['language']);
    setLinkLanguage('fr');
    await useSettingsStore().load();
    adoptStoredChoices();
    expect(currentLocale()).toBe('de');
    const join = mount(LookAndLanguage, { global: { plugins: [pinia] } });
    const settings = mount(AppearanceSection, { global: { plugins: [pinia] } });
    expect(join.findAll('select')[1]?.attributes('disabled')).toBeDefined();
    expect((join.findAll('select')[1]?.element as HTMLSelectElement).value).toBe('de');
    expect(settings.find('select').attributes('disabled')).toBeDefined();
    expect(settings.text()).toContain('Von Ihrer Administration festgelegt');
    await chooseLanguage('ja');
    expect(bridge.api.settingsWrite).not.toHaveBeenCalled();
    expect(currentLocale()).toBe('de');
  });

  it("a kiosk's configured language wins over the display's settings, and lets go when removed", async () => {
    storedSettings({ language: 'es' });
    await useSettingsStore().load();
    adoptStoredChoices();
    setKioskLanguage('ar');
    expect(currentLocale()).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    adoptStoredChoices();
    expect(currentLocale()).toBe('ar');
    setKioskLanguage(null);
    expect(currentLocale()).toBe('es');
  });

  it('a locked theme is not changed from the join screen', async () => {
    storedSettings({ theme: 'light' }, ['theme']);
    await useSettingsStore().load();
    adoptStoredChoices();
    await chooseTheme('dark');
    expect(bridge.api.settingsWrite).not.toHaveBeenCalled();
    expect(themeChoice.value).toBe('light');
  });
});
