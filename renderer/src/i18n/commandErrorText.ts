// A failed command's words in the person's language. Main sends its English with a wording code
// (electron/shared/commandWording.ts); in English main's words are shown as they came, otherwise the
// code's translation (commandError.<wording>), with an inner failure's wording translated inside it.
// An older main's error without a wording keeps its English.
import type { CommandError, CommandWording } from '../../../electron/shared/bridge';
import { currentLocale, i18n, t } from './index';

const known = (wording: CommandWording | undefined): wording is CommandWording => wording !== undefined && i18n.global.te(`commandError.${wording}`, 'en');

export function commandErrorText(error: Pick<CommandError, 'message' | 'wording' | 'values'>): string {
  if (currentLocale() === 'en' || !known(error.wording)) return error.message;
  const { cause, ...counts } = error.values ?? {};
  return t(`commandError.${error.wording}`, { ...counts, cause: known(cause) ? t(`commandError.${cause}`) : '' });
}

/** The words with Pexip's own reason after them when the node gave one: "… (Permission denied)". */
export function commandRefusalText(error: Pick<CommandError, 'message' | 'detail' | 'wording' | 'values'>): string {
  const words = commandErrorText(error);
  return error.detail && !error.message.includes(error.detail) ? `${words} (${error.detail})` : words;
}
