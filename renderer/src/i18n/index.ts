// The renderer's translations (vue-i18n, composition mode). Components use `t` from here in their
// templates, so they work with or without the plugin installed (unit tests mount them bare).
// Dates, times and numbers go through Intl in the chosen language (formatTime, formatNumber).
import { createI18n } from 'vue-i18n';
import ar from './locales/ar.json';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ja from './locales/ja.json';
import nb from './locales/nb.json';
import { chooseLocale, directionOf, pluralChoice, supportedLocales, type Locale } from './locales';

export type MessageSchema = typeof en;

export const messages: Record<Locale, MessageSchema> = { en, de, fr, es, nb, ja, ar };

const pluralRules = Object.fromEntries(supportedLocales.map((locale) => [locale, pluralChoice(locale)]));

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages,
  pluralRules,
  // Server strings are passed as named values and rendered as text; messages never carry HTML.
  warnHtmlMessage: true,
  missingWarn: false,
  fallbackWarn: false,
});

export const t = i18n.global.t;

/** The language in use. */
export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

/** Switches the language, and the page's lang and direction with it (Arabic is right to left). */
export function setLocale(locale: Locale, root: HTMLElement | null = globalThis.document?.documentElement ?? null): void {
  i18n.global.locale.value = locale;
  root?.setAttribute('lang', locale);
  root?.setAttribute('dir', directionOf(locale));
}

/** A time of day in the chosen language ("14:05", "2:05 PM", "١٤:٠٥"). */
export function formatTime(date: Date | number, options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }): string {
  return new Intl.DateTimeFormat(currentLocale(), options).format(date);
}

/** A date in the chosen language. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  return new Intl.DateTimeFormat(currentLocale(), options).format(date);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}

/** The language to start with: the person's stored choice or a link's `lang`, else the OS's languages. */
export function startLocale(overrides: readonly (string | null | undefined)[], preferred: readonly string[]): Locale {
  const locale = chooseLocale(overrides, preferred);
  setLocale(locale);
  return locale;
}
