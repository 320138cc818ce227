// The words for a refused join in the chosen language. Main sends the reason as a code with English
// words; where the code alone says what happened, the words come from the message files. Where the
// words carry the node's own names or one code has several causes (a wrong PIN or too many tries,
// a full or busy node), main's English is shown as it came.
import type { JoinError } from '../../../../electron/shared/bridge';
import { currentLocale, t } from '../../i18n';

export function joinErrorText(error: JoinError): string {
  // In English, main's words are the words.
  if (currentLocale() === 'en') return error.message;
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
