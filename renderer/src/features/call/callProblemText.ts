// Why the call is not running, kept as what it says (which step failed and why: Parley's own reason
// by its wording, a device's problem as parts, the node's or the browser's own reason as it came) and
// put into words where it shows, so it follows a language switch. The kiosk reports it to main in
// English, for the log and the health document.
import { t } from '../../i18n';
import { mediaReasonText } from '../../i18n/mediaReasonText';
import type { Locale } from '../../i18n/locales';
import { deviceProblemText, type DeviceProblem } from '../../media/localMedia';
import type { MediaFailure } from '../../media/mediaFailure';

/** Why a call step failed. */
export type CallProblemReason =
  | { media: Pick<MediaFailure, 'message' | 'wording' | 'detail'> }
  | { device: DeviceProblem }
  | { connectionFailed: true }
  | { asItCame: string };

export interface CallProblem {
  said: 'videoNotAdded' | 'notSetUp' | 'disconnected';
  reason: CallProblemReason;
}

function reasonText(reason: CallProblemReason, locale: Locale | undefined): string {
  if ('media' in reason) return mediaReasonText(reason.media, locale);
  if ('device' in reason) return deviceProblemText(reason.device, locale);
  if ('connectionFailed' in reason) return locale ? t('call.problems.mediaConnectionFailed', {}, { locale }) : t('call.problems.mediaConnectionFailed');
  return reason.asItCame;
}

/** The call problem in the current language (called where it shows), or in `locale` (English, for main's log). */
export function callProblemText(problem: CallProblem, locale?: Locale): string {
  const reason = reasonText(problem.reason, locale);
  const key = `call.problems.${problem.said}`;
  return locale ? t(key, { reason }, { locale }) : t(key, { reason });
}
