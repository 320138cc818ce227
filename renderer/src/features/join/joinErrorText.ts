// The words for a refused join in the chosen language. Main sends the reason as a code with English
// words and, since the wording code (`wording`, with the node's and link's names as values), each of
// its wordings is translated here: a wrong PIN and too many tries, a full and a busy node, a meeting
// not found on a named node. An older main's error without a wording falls back to its code.
import type { JoinError } from '../../../../electron/shared/bridge';
import { currentLocale, i18n, t } from '../../i18n';

export function joinErrorText(error: JoinError): string {
  // In English, main's words are the words.
  if (currentLocale() === 'en') return error.message;
  if (error.wording && i18n.global.te(`joinError.${error.wording}`, 'en')) return t(`joinError.${error.wording}`, { ...error.values });
  switch (error.code) {
    case 'pin_required':
      return error.hostPin === 'required' && error.guestPin === 'none' ? t('joinError.hostPinOnly') : t('joinError.pinRequired');
    case 'extension_required':
      return t('joinError.extensionRequired');
    case 'sso_required':
      return t('joinError.ssoRequired');
    case 'maintenance':
      return t('joinError.maintenance');
    case 'invalid_address':
      return t('joinError.invalidAddress');
    case 'already_joined':
      return t('joinError.alreadyJoined');
    default:
      return error.message;
  }
}
