// A media failure's reason in the person's language (or in `locale`): Parley's own reasons by their
// wording, with an inner reason from the browser or the node after them as it came; anything else as it came.
import type { MediaFailure } from '../media/mediaFailure';
import { t } from './index';
import type { Locale } from './locales';

export function mediaReasonText(failure: Pick<MediaFailure, 'message' | 'wording' | 'detail'>, locale?: Locale): string {
  if (!failure.wording) return failure.message;
  const key = `mediaReason.${failure.wording}`;
  const words = locale ? t(key, {}, { locale }) : t(key);
  return failure.detail === undefined ? words : `${words} (${failure.detail})`;
}
