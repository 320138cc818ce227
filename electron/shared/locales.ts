// The languages Parley speaks, and which one a person gets: their own choice (Settings, a kiosk's
// configuration, an administrator's policy) first, then the OS's preferred languages, then English.
// Shared by the renderer's messages and main's (tray, notifications, dialogs), so both agree.
export const supportedLocales = ['en', 'de', 'fr', 'es', 'nb', 'ja', 'ar'] as const;
export type Locale = (typeof supportedLocales)[number];

/** Each language's name in itself, for a language picker. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nb: 'Norsk bokmål',
  ja: '日本語',
  ar: 'العربية',
};

const rightToLeft: ReadonlySet<Locale> = new Set<Locale>(['ar']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** The supported language for a BCP 47 tag ("de-CH" → de, "no"/"nn-NO" → nb), or null. */
export function matchLocale(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (language === 'no' || language === 'nn') return 'nb';
  return isLocale(language) ? language : null;
}

/** The first choice that names a supported language wins: overrides in order, then the OS list. */
export function chooseLocale(overrides: readonly (string | null | undefined)[], preferred: readonly string[]): Locale {
  for (const candidate of [...overrides, ...preferred]) {
    const match = candidate ? matchLocale(candidate) : null;
    if (match) return match;
  }
  return 'en';
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

const pluralOrder: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The CLDR plural categories of a language, in the order its messages list their forms. */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return pluralOrder.filter((category) => categories.includes(category));
}

/**
 * The plural form to use from the language's own rules (Intl.PluralRules, CLDR): a message lists
 * one form per category of its language ("one | other" in English, six forms in Arabic, one in Japanese).
 */
export function pluralChoice(locale: Locale): (count: number, formCount: number) => number {
  const rules = new Intl.PluralRules(locale);
  const categories = pluralCategories(locale);
  return (count, formCount) => {
    const category = rules.select(Math.abs(count));
    const index = categories.indexOf(category);
    if (formCount === categories.length && index >= 0) return index;
    // A message with fewer forms than the language has: "one" first, everything else last.
    return category === 'one' ? 0 : Math.max(0, formCount - 1);
  };
}
