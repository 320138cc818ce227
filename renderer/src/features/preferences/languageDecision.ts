// Which language the renderer shows, from who decides: a kiosk's configuration or a value the
// administrator's policy file locked, then a link's `lang` (a kiosk page, a test), then the
// person's own choice (join screen or Settings), then the OS ("system").
import { matchLocale, type Locale } from '../../i18n/locales';
import type { LanguageChoice } from '../../i18n/languagePreference';

export interface LanguageSources {
  /** The kiosk configuration's `language`, in kiosk mode. */
  kiosk: Locale | null;
  /** The desktop settings' `language` (policy applied), or null before they are read. */
  setting: LanguageChoice | null;
  /** True when the administrator's policy file locked `language`. */
  locked: boolean;
  /** The page link's `lang`, as given (untrusted; an unknown language is ignored). */
  link: string | null;
}

/** A fixed language (kiosk, policy lock, link) that is not the person's choice, or the person's choice. */
export type LanguageDecision = { kind: 'fixed'; locale: Locale } | { kind: 'choice'; choice: LanguageChoice };

export function decideLanguage(sources: LanguageSources): LanguageDecision {
  if (sources.kiosk) return { kind: 'fixed', locale: sources.kiosk };
  if (sources.locked && sources.setting && sources.setting !== 'system') return { kind: 'fixed', locale: sources.setting };
  const fromLink = sources.link ? matchLocale(sources.link) : null;
  if (fromLink && !sources.locked) return { kind: 'fixed', locale: fromLink };
  return { kind: 'choice', choice: sources.setting ?? 'system' };
}
