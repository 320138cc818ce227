// Every language has every message English has (and nothing else), with one plural form per plural
// category of that language, the same placeholders, and a message vue-i18n can compile.
import { describe, expect, it } from 'vitest';
import { i18n, messages } from '../../../../renderer/src/i18n';
import { pluralCategories, supportedLocales, type Locale } from '../../../../renderer/src/i18n/locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

const english = flatten(messages.en as unknown as Tree);
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string))].sort();
const isPlural = (text: string): boolean => text.includes(' | ');

describe.each(supportedLocales.filter((locale) => locale !== 'en'))('the %s messages', (locale: Locale) => {
  const translated = flatten(messages[locale] as unknown as Tree);

  it('have every English key and no other', () => {
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('keep the placeholders of each English message', () => {
    const differing = [...english]
      .filter(([key, text]) => {
        const other = translated.get(key);
        if (other === undefined) return false;
        // A plural's singular form may spell out the number ("1 person"); every placeholder of the
        // message as a whole must still be there.
        return placeholders(text).some((name) => name !== 'count' && !placeholders(other).includes(name));
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('give each plural one form per plural category of the language', () => {
    const forms = pluralCategories(locale).length;
    const wrong = [...english]
      .filter(([key, text]) => isPlural(text) && (translated.get(key) ?? '').split(' | ').length !== forms)
      .map(([key]) => `${key} (${(translated.get(key) ?? '').split(' | ').length} forms, ${locale} has ${forms})`);
    expect(wrong).toEqual([]);
  });

  it('compile and render (no key shown instead of words)', () => {
    const t = i18n.global.t;
    const unrendered = [...translated.keys()].filter((key) => {
      const values = Object.fromEntries(placeholders(english.get(key) ?? '').map((name) => [name, name === 'count' ? 3 : `«${name}»`]));
      const text = t(key, values, { locale, plural: 3 });
      return text === key || text.trim() === '';
    });
    expect(unrendered).toEqual([]);
  });
});

describe('English plurals', () => {
  it('have the two forms English has', () => {
    const wrong = [...english].filter(([, text]) => isPlural(text) && text.split(' | ').length !== 2).map(([key]) => key);
    expect(wrong).toEqual([]);
  });
});
