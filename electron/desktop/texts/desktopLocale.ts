// The language of main's own words: the desktop settings' `language` in effect (an administrator's
// locked value already applied by the settings store), else the OS's preferred languages.
import { chooseLocale, type Locale } from '../../shared/locales';
import type { DesktopSettings } from '../../shared/settings';

export function desktopLocale(language: DesktopSettings['language'], preferred: readonly string[]): Locale {
  return chooseLocale([language === 'system' ? null : language], preferred);
}
