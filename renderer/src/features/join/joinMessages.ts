// Words for the join prompts and the disconnected screen.
import type { JoinError, SessionEndCode } from '../../../../electron/shared/bridge';

export function pinPromptText(error: Extract<JoinError, { code: 'pin_required' }>): string {
  if (error.hostPin === 'required' && error.guestPin === 'none') {
    return 'Hosts need a PIN; guests may join without one: leave it empty.';
  }
  return 'This meeting needs a PIN.';
}

export function endedText(code: Exclude<SessionEndCode, 'left'>, reason: string): string {
  switch (code) {
    case 'disconnected':
      return reason ? `You were disconnected: ${reason}` : 'You were disconnected.';
    case 'token_expired':
      // The core says which: renewals kept failing, or the server no longer knows this connection (a restart).
      return reason.trim() || 'Your session expired and could not be renewed';
    case 'connection_lost':
      return 'The connection to the meeting was lost';
  }
}
