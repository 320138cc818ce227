import { describe, expect, it } from 'vitest';
import { currentTheme, resolveTheme, setThemeChoice, startTheme, themeChoice, type Theme, type ThemeHost } from '../../../../../renderer/src/ui/theme/themePreference';

function fakeHost(stored: string | null, dark: boolean) {
  const saved = new Map<string, string>(stored === null ? [] : [['parley.theme', stored]]);
  const applied: Theme[] = [];
  let systemListener: () => void = () => undefined;
  const state = { dark };
  const host: ThemeHost = {
    storage: { getItem: (key) => saved.get(key) ?? null, setItem: (key, value) => void saved.set(key, value) },
    prefersDark: () => state.dark,
    onSystemChange: (listener) => (systemListener = listener),
    setTheme: (theme) => applied.push(theme),
  };
  return { host, saved, applied, state, systemChanged: () => systemListener() };
}

describe('theme preference', () => {
  it('resolves the system choice from the OS and keeps an explicit one', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the OS until the person chooses, then keeps and stores the choice', () => {
    const fake = fakeHost(null, false);
    startTheme(fake.host);
    expect(themeChoice.value).toBe('system');
    expect(fake.applied).toEqual(['light']);
    fake.state.dark = true;
    fake.systemChanged();
    expect(currentTheme.value).toBe('dark');

    setThemeChoice('light');
    expect(fake.saved.get('parley.theme')).toBe('light');
    fake.systemChanged();
    expect(currentTheme.value).toBe('light');
    expect(fake.applied.at(-1)).toBe('light');
  });

  it('reads a stored choice and ignores a stored value it does not know', () => {
    const dark = fakeHost('dark', false);
    startTheme(dark.host);
    expect(currentTheme.value).toBe('dark');
    const junk = fakeHost('purple', true);
    startTheme(junk.host);
    expect(themeChoice.value).toBe('system');
    expect(currentTheme.value).toBe('dark');
  });
});
