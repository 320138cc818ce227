// The renderer's view of Parley's languages: one list and one plural rule for the renderer's
// messages and main's (tray, notifications, dialogs), kept in electron/shared/locales.ts.
export {
  chooseLocale,
  directionOf,
  isLocale,
  localeNames,
  matchLocale,
  pluralCategories,
  pluralChoice,
  supportedLocales,
  type Locale,
} from '../../../electron/shared/locales';
