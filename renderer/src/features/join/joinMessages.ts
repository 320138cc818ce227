// Words for the join prompts and the disconnected screen.
import { i18n, t } from '../../i18n';
import type { JoinError, SessionEndCode, SessionEndWording } from '../../../../electron/shared/bridge';

export function pinPromptText(error: Extract<JoinError, { code: 'pin_required' }>): string {
  if (error.hostPin === 'required' && error.guestPin === 'none') {
    return t('join.hostPinOnly');
  }
  return t('join.pinNeeded');
}

/** Parley's own reason a session ended in the person's language (ended.reasons.<wording>); the node's text as it came. */
export function endedReasonText(reason: string, wording?: SessionEndWording): string {
  return wording && i18n.global.te(`ended.reasons.${wording}`, 'en') ? t(`ended.reasons.${wording}`) : reason;
}

export function endedText(code: Exclude<SessionEndCode, 'left'>, node: string, wording?: SessionEndWording): string {
  const reason = endedReasonText(node, wording);
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
