// Words for the join prompts and the disconnected screen.
import { t } from '../../i18n';
import type { JoinError, SessionEndCode } from '../../../../electron/shared/bridge';

export function pinPromptText(error: Extract<JoinError, { code: 'pin_required' }>): string {
  if (error.hostPin === 'required' && error.guestPin === 'none') {
    return t('join.hostPinOnly');
  }
  return t('join.pinNeeded');
}

export function endedText(code: Exclude<SessionEndCode, 'left'>, reason: string): string {
  switch (code) {
    case 'disconnected':
      return reason ? t('ended.disconnectedWithReason', { reason }) : t('ended.disconnected');
    case 'token_expired':
      // The core says which: renewals kept failing, or the server no longer knows this connection (a restart).
      return reason.trim() || t('ended.tokenExpired');
    case 'connection_lost':
      return t('ended.connectionLost');
  }
}
