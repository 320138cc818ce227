// The words main shows itself (tray, menu-bar item, dialogs, notifications), in the person's language.
// Messages use the renderer's conventions: `{name}` placeholders, and plurals as one form per CLDR
// category of the language separated by " | ", chosen by `count`. Values are inserted as plain text.
import { pluralChoice, type Locale } from '../../shared/locales';
import ar from './locales/ar.json';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ja from './locales/ja.json';
import nb from './locales/nb.json';

export type DesktopTextKey = keyof typeof en;
export type DesktopTextValues = Readonly<Record<string, string | number>>;
/** One message in the chosen language. */
export type DesktopText = (key: DesktopTextKey, values?: DesktopTextValues) => string;

export const desktopMessages: Readonly<Record<Locale, Readonly<Record<DesktopTextKey, string>>>> = { en, de, fr, es, nb, ja, ar };

export function desktopTexts(locale: Locale): DesktopText {
  const messages = desktopMessages[locale];
  const plural = pluralChoice(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, values = {}) => {
    let text = messages[key] ?? en[key];
    if (text.includes(' | ') && typeof values.count === 'number') {
      const forms = text.split(' | ');
      text = forms[plural(values.count, forms.length)] ?? forms[forms.length - 1] ?? text;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
