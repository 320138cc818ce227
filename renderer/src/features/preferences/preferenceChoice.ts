// One choice of theme and language, whether made on the join screen or in Settings: applied at once
// in this renderer (themePreference, languagePreference keep a copy for the first frame of the next
// start) and written to the desktop settings, so main's own words (tray, dialogs) follow and the
// next start takes it from there. The desktop settings, once read, are what counts.
import { ref } from 'vue';
import { setLocale } from '../../i18n';
import { languageChoice, setLanguageChoice, type LanguageChoice } from '../../i18n/languagePreference';
import type { Locale } from '../../i18n/locales';
import { setThemeChoice, type ThemeChoice } from '../../ui/theme/themePreference';
import { useSettingsStore } from '../settings/settingsStore';
import { decideLanguage } from './languageDecision';

/** The kiosk configuration's language, while in kiosk mode (above every other choice). */
const kioskLanguage = ref<Locale | null>(null);
/** The link's `lang`, read once at start (a ref: the language selects show what it fixes). */
const linkLanguage = ref<string | null>(null);

export function setLinkLanguage(lang: string | null): void {
  linkLanguage.value = lang;
}

function currentDecision() {
  const settings = useSettingsStore();
  return decideLanguage({ kiosk: kioskLanguage.value, setting: settings.current()?.language ?? null, locked: settings.locked('language'), link: linkLanguage.value });
}

/** Applies the language from every source in order (decideLanguage). */
export function applyLanguage(): void {
  const decision = currentDecision();
  if (decision.kind === 'fixed') setLocale(decision.locale);
  else if (useSettingsStore().view) setLanguageChoice(decision.choice);
}

/**
 * What the language selects (join screen, Settings) show: the language in use when a kiosk, a lock
 * or a link's `lang` fixes it, else the person's choice (the stored settings once read, else this
 * renderer's copy). Reactive: call it inside a computed.
 */
export function shownLanguageChoice(): LanguageChoice {
  const decision = currentDecision();
  if (decision.kind === 'fixed') return decision.locale;
  return useSettingsStore().current()?.language ?? languageChoice.value;
}

/** Kiosk mode: the room's configured language, or null to let the other sources decide. */
export function setKioskLanguage(locale: Locale | null): void {
  if (kioskLanguage.value === locale) return;
  kioskLanguage.value = locale;
  applyLanguage();
}

/** The desktop settings were read or changed: the stored theme and language apply. */
export function adoptStoredChoices(): void {
  const stored = useSettingsStore().current();
  if (!stored) return;
  setThemeChoice(stored.theme);
  applyLanguage();
}

/** The person chose a theme (join screen or Settings). */
export async function chooseTheme(next: ThemeChoice): Promise<void> {
  const settings = useSettingsStore();
  if (settings.locked('theme')) return;
  setThemeChoice(next);
  // Refused or unreachable: what is stored stays in effect (the store says why).
  if (settings.view && !(await settings.change({ theme: next }))) adoptStoredChoices();
}

/** The person chose a language (join screen or Settings); a link's `lang` no longer overrides it. */
export async function chooseLanguage(next: LanguageChoice): Promise<void> {
  const settings = useSettingsStore();
  if (settings.locked('language')) return;
  linkLanguage.value = null;
  setLanguageChoice(next);
  if (settings.view && !(await settings.change({ language: next }))) adoptStoredChoices();
}
