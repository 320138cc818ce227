// Why a link was not opened, in the person's language, from the problem's code (main's English
// stands when a code is missing: an older main).
import type { MeetingLinkResult } from '../../../../electron/shared/meetingLink';
import { t } from '../../i18n';

export function linkProblemText(result: Extract<MeetingLinkResult, { ok: false }>): string {
  return result.code ? t(`links.problems.${result.code}`) : result.problem;
}
