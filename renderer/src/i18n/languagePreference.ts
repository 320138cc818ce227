// The person's language choice ("system" follows the OS), for Settings (issue 16) to read and set.
// Kept in this renderer's localStorage; applying it switches the language and the layout direction.
import { ref, readonly } from 'vue';
import { setLocale } from './index';
import { chooseLocale, isLocale, type Locale } from './locales';

export type LanguageChoice = 'system' | Locale;

const storageKey = 'parley.language';
const choice = ref<LanguageChoice>('system');

/** The stored choice, or null when the OS decides (or storage is refused). */
export function storedLanguageChoice(win: Pick<Window, 'localStorage'>): Locale | null {
  try {
    const stored = win.localStorage.getItem(storageKey);
    if (isLocale(stored)) {
      choice.value = stored;
      return stored;
    }
  } catch {
    // No storage: the OS decides.
  }
  return null;
}

/** Settings: stores the choice and switches at once. */
export function setLanguageChoice(next: LanguageChoice, win: Pick<Window, 'localStorage' | 'navigator'> = window): Locale {
  choice.value = next;
  try {
    if (next === 'system') win.localStorage.removeItem(storageKey);
    else win.localStorage.setItem(storageKey, next);
  } catch {
    // Not stored: applies to this run only.
  }
  const locale = next === 'system' ? chooseLocale([], win.navigator.languages) : next;
  setLocale(locale);
  return locale;
}

export const languageChoice = readonly(choice);
