// Main's own words: every language has every English message, the same placeholders and one plural
// form per CLDR category; messages fill values as plain text and pick the plural by count.
import { describe, expect, it } from 'vitest';
import { desktopMessages, desktopTexts, type DesktopTextKey } from '../../../../../electron/desktop';
import { pluralCategories, supportedLocales, type Locale } from '../../../../../electron/shared/locales';

const english = desktopMessages.en;
const keys = Object.keys(english) as DesktopTextKey[];
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string))].sort();

describe.each(supportedLocales.filter((locale) => locale !== 'en'))('main\'s %s messages', (locale: Locale) => {
  const translated: Record<string, string> = desktopMessages[locale];

  it('have every English key and no other, none left empty', () => {
    expect(keys.filter((key) => !translated[key]?.trim())).toEqual([]);
    expect(Object.keys(translated).filter((key) => !(key in english))).toEqual([]);
  });

  it('keep the placeholders of each English message', () => {
    const differing = keys.filter((key) => placeholders(english[key]).some((name) => name !== 'count' && !placeholders(translated[key] ?? '').includes(name)));
    expect(differing).toEqual([]);
  });

  it('give each plural one form per plural category of the language', () => {
    const forms = pluralCategories(locale).length;
    const wrong = keys.filter((key) => english[key].includes(' | ') && (translated[key] ?? '').split(' | ').length !== forms);
    expect(wrong).toEqual([]);
  });
});

describe('desktopTexts', () => {
  it('fills values as given, markup included, and leaves an unknown placeholder visible', () => {
    expect(desktopTexts('en')('tray.joinRecent', { meeting: '<img src=x>' })).toBe('Join <img src=x>');
    expect(desktopTexts('en')('tray.joinRecent')).toBe('Join {meeting}');
  });

  it('chooses the plural form by the language\'s rules and formats the number in it', () => {
    expect(desktopTexts('en')('badge.unreadChat', { count: 1 })).toBe('1 unread message');
    expect(desktopTexts('en')('badge.unreadChat', { count: 1200 })).toBe('1,200 unread messages');
    expect(desktopTexts('de')('badge.unreadChat', { count: 2 })).toBe('2 ungelesene Nachrichten');
    expect(desktopTexts('ar')('badge.unreadChat', { count: 2 })).toBe('رسالتان غير مقروءتين');
    expect(desktopTexts('ar')('badge.unreadChat', { count: 5 })).toBe(`${new Intl.NumberFormat('ar').format(5)} رسائل غير مقروءة`);
    expect(desktopTexts('ja')('badge.unreadChat', { count: 7 })).toBe('未読メッセージ 7 件');
  });
});
