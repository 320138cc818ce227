// A media failure's reason in the person's language: Parley's own reasons by their wording, with
// an inner reason from the browser or the node after them as it came; anything else as it came.
import type { MediaFailure } from '../media/mediaFailure';
import { t } from './index';

export function mediaReasonText(failure: Pick<MediaFailure, 'message' | 'wording' | 'detail'>): string {
  if (!failure.wording) return failure.message;
  const words = t(`mediaReason.${failure.wording}`);
  return failure.detail === undefined ? words : `${words} (${failure.detail})`;
}
