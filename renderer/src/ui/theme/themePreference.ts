// The colour theme: follow the OS (prefers-color-scheme) unless the person chose light or dark.
// Settings (issue 16) calls setThemeChoice; the choice is kept in this renderer's localStorage and
// applied as data-theme on <html>, which selects the CSS variables in style.css.
import { readonly, ref } from 'vue';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const storageKey = 'parley.theme';
const darkQuery = '(prefers-color-scheme: dark)';

/** What the theme module needs from the page, so it can be tested without a browser. */
export interface ThemeHost {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  prefersDark: () => boolean;
  onSystemChange: (listener: () => void) => void;
  setTheme: (theme: Theme) => void;
}

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The theme shown for a choice, given whether the OS asks for dark. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}

const choice = ref<ThemeChoice>('system');
const current = ref<Theme>('light');
let host: ThemeHost | null = null;

function apply(): void {
  if (!host) return;
  current.value = resolveTheme(choice.value, host.prefersDark());
  host.setTheme(current.value);
}

function storedChoice(themeHost: ThemeHost): ThemeChoice {
  try {
    const stored = themeHost.storage?.getItem(storageKey) ?? null;
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system'; // storage can be refused (private mode); the OS theme still applies
  }
}

/** Reads the stored choice, applies it and follows OS changes. Called once at start. */
export function startTheme(themeHost: ThemeHost): void {
  host = themeHost;
  choice.value = storedChoice(themeHost);
  themeHost.onSystemChange(apply);
  apply();
}

/** The person's choice (Settings): stored and applied at once. */
export function setThemeChoice(next: ThemeChoice): void {
  choice.value = next;
  try {
    host?.storage?.setItem(storageKey, next);
  } catch {
    // Not stored: it still applies for this run.
  }
  apply();
}

/** The choice and the theme shown, for a Settings screen to display. */
export const themeChoice = readonly(choice);
export const currentTheme = readonly(current);

function pageStorage(win: Window): ThemeHost['storage'] {
  try {
    return win.localStorage;
  } catch {
    return null; // refused (sandboxed or private): choices then last for this run only
  }
}

/** The page's own host: localStorage, matchMedia and <html data-theme>. */
export function browserThemeHost(win: Window): ThemeHost {
  const query = win.matchMedia?.(darkQuery);
  return {
    storage: pageStorage(win),
    prefersDark: () => query?.matches ?? false,
    onSystemChange: (listener) => query?.addEventListener?.('change', listener),
    setTheme: (theme) => win.document.documentElement.setAttribute('data-theme', theme),
  };
}
