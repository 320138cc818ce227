// Why the room is reconnecting (or idle after a meeting), in the room's language: Parley's own
// reason a meeting ended, a refused join's wording, or the room's own words, by their codes; the
// node's or the display's own text as it came. An older main without codes keeps its English. The
// display's own call problem reaches main in English (for its log and health document) and comes back
// as the reason with the 'display' wording: the display says it in its own language from what it kept
// (a display that kept nothing, e.g. after a reload, shows main's English).
import type { KioskStatus } from '../../../../electron/shared/kioskCommands';
import { t } from '../../i18n';
import { callProblemText, type CallProblem } from '../call/callProblemText';
import { endedReasonText } from '../join/joinMessages';
import { joinErrorText } from '../join/joinErrorText';

/** The room's own reasons: the media one is the display's own fallback text too. */
const roomKeys = { joinFailed: 'kiosk.roomJoinFailed', mediaFailed: 'kiosk.mediaFailed' } as const;

/** A call problem the display reported to main, with the English it sent. */
export interface MediaFailureReport {
  english: string;
  problem: CallProblem;
}

export function kioskReasonText(status: Pick<KioskStatus, 'reason' | 'reasonWording'>, reported: MediaFailureReport | null = null): string | null {
  const { reason, reasonWording } = status;
  if (reason === null || !reasonWording) return reason;
  switch (reasonWording.kind) {
    case 'session':
      return endedReasonText(reason, reasonWording.wording);
    case 'join':
      return joinErrorText({ code: 'rejected', message: reason, wording: reasonWording.wording, ...(reasonWording.values ? { values: reasonWording.values } : {}) });
    case 'room':
      return t(roomKeys[reasonWording.wording]);
    case 'display':
      return reported ? callProblemText(reported.problem) : reason;
  }
}
