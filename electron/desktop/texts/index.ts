// Main's own words in the person's language (see desktopTexts.ts).
export { desktopMessages, desktopTexts, type DesktopText, type DesktopTextKey, type DesktopTextValues } from './desktopTexts';
export { desktopLocale } from './desktopLocale';
