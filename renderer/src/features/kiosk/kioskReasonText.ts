// Why the room is reconnecting (or idle after a meeting), in the room's language: Parley's own
// reason a meeting ended, a refused join's wording, or the room's own words, by their codes; the
// node's or the display's own text as it came. An older main without codes keeps its English.
import type { KioskStatus } from '../../../../electron/shared/kioskCommands';
import { t } from '../../i18n';
import { endedReasonText } from '../join/joinMessages';
import { joinErrorText } from '../join/joinErrorText';

/** The room's own reasons: the media one is the display's own fallback text too. */
const roomKeys = { joinFailed: 'kiosk.roomJoinFailed', mediaFailed: 'kiosk.mediaFailed' } as const;

export function kioskReasonText(status: Pick<KioskStatus, 'reason' | 'reasonWording'>): string | null {
  const { reason, reasonWording } = status;
  if (reason === null || !reasonWording) return reason;
  switch (reasonWording.kind) {
    case 'session':
      return endedReasonText(reason, reasonWording.wording);
    case 'join':
      return joinErrorText({ code: 'rejected', message: reason, wording: reasonWording.wording, ...(reasonWording.values ? { values: reasonWording.values } : {}) });
    case 'room':
      return t(roomKeys[reasonWording.wording]);
  }
}
