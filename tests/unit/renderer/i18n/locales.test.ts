import { describe, expect, it } from 'vitest';
import { chooseLocale, directionOf, matchLocale, pluralChoice } from '../../../../renderer/src/i18n/locales';
import { setLocale, t } from '../../../../renderer/src/i18n';

describe('choosing the language', () => {
  it('takes the first override that names a supported language, then the OS list, then English', () => {
    expect(chooseLocale([null, 'fr'], ['de-DE'])).toBe('fr');
    expect(chooseLocale([undefined, 'xx'], ['sv-SE', 'de-CH', 'en'])).toBe('de');
    expect(chooseLocale([], ['zh-CN'])).toBe('en');
  });

  it('maps Norwegian tags to Bokmål and reads regional tags', () => {
    expect(matchLocale('no')).toBe('nb');
    expect(matchLocale('nn-NO')).toBe('nb');
    expect(matchLocale('ja_JP')).toBe('ja');
    expect(matchLocale('pt-BR')).toBeNull();
  });

  it('lays Arabic out right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
    const root = document.createElement('html');
    setLocale('ar', root);
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    setLocale('en', root);
    expect(root.getAttribute('dir')).toBe('ltr');
  });
});

describe('plurals follow each language (CLDR rules through Intl.PluralRules)', () => {
  it('picks Arabic zero, one, two, few, many and other', () => {
    const choose = pluralChoice('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => choose(count, 6))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('has one form in Japanese and one/other in English', () => {
    expect(pluralChoice('ja')(5, 1)).toBe(0);
    expect(pluralChoice('en')(1, 2)).toBe(0);
    expect(pluralChoice('en')(2, 2)).toBe(1);
  });

  it('renders a plural message in the chosen language', () => {
    setLocale('de');
    expect(t('banner.breakoutsOpen', { count: 1 }, 1)).toBe('1 Breakout-Raum offen');
    expect(t('banner.breakoutsOpen', { count: 4 }, 4)).toBe('4 Breakout-Räume offen');
    setLocale('en');
    expect(t('banner.breakoutsOpen', { count: 4 }, 4)).toBe('4 breakout rooms open');
  });
});
