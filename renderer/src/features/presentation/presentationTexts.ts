// What the presentation parts share: the share's state and source, the layouts, and the words a
// participant reads about a share. A notice is kept as what it says (a code and its values, a
// failure's reason as the failure itself) and put into words when shown, so it follows a language switch.
import { t } from '../../i18n';
import { commandErrorText } from '../../i18n/commandErrorText';
import { mediaReasonText } from '../../i18n/mediaReasonText';
import type { CommandError } from '../../../../electron/shared/bridge';
import type { MediaFailure } from '../../media/mediaFailure';
export type ShareState = 'idle' | 'picking' | 'starting' | 'presenting';

/** What is shared: the screen, or a video input (a room's HDMI capture device, which shows up as a camera). */
export type ShareSource = 'screen' | 'input';

/** Presentation large with the meeting small, both side by side, or meeting large (swapped). */
export type PresentationLayout = 'focus' | 'side-by-side' | 'swapped';

/** Why a share failed: a refused command, a media step, nothing captured, or the browser's own reason as it came. */
export type ShareFailureReason =
  | { error: Pick<CommandError, 'message' | 'wording' | 'values'> }
  | { media: Pick<MediaFailure, 'message' | 'wording' | 'detail'> }
  | { nothingCaptured: ShareSource }
  | { asItCame: string };

/** What a notice says, as its message and values. */
export type PresentationNoticeWords =
  | { said: 'refused'; detail?: string }
  | { said: 'takenOver'; name: string; source: ShareSource }
  | { said: 'noCall' }
  | { said: 'failed'; source: ShareSource; reason: ShareFailureReason }
  | { said: 'popupBlocked' };

export interface PresentationNotice {
  kind: 'refused' | 'taken_over' | 'failed';
  words: PresentationNoticeWords;
}

export const presentationTexts = {
  refused: (detail: string | undefined) => (detail ? t('presentation.refusedWithDetail', { detail }) : t('presentation.refused')),
  takenOver: (name: string, source: ShareSource) =>
    source === 'input' ? t('presentation.takenOverInput', { name }) : t('presentation.takenOverScreen', { name }),
  get noCall() {
    return t('presentation.noCall');
  },
  failed: (source: ShareSource, message: string) =>
    source === 'input' ? t('presentation.failedInput', { reason: message }) : t('presentation.failedScreen', { reason: message }),
  nothingCaptured: (source: ShareSource) => (source === 'input' ? t('presentation.inputNoVideo') : t('presentation.noScreenCaptured')),
  get popupBlocked() {
    return t('presentation.popupBlocked');
  },
  pickerFailed: (message: string) => t('presentation.pickerFailed', { reason: message }),
};

function reasonText(reason: ShareFailureReason): string {
  if ('error' in reason) return commandErrorText(reason.error);
  if ('media' in reason) return mediaReasonText(reason.media);
  if ('nothingCaptured' in reason) return presentationTexts.nothingCaptured(reason.nothingCaptured);
  return reason.asItCame;
}

/** A notice in the current language (called where it is shown, so a language switch re-renders it). */
export function presentationNoticeText(notice: PresentationNotice): string {
  const words = notice.words;
  switch (words.said) {
    case 'refused':
      return presentationTexts.refused(words.detail);
    case 'takenOver':
      return presentationTexts.takenOver(words.name, words.source);
    case 'noCall':
      return presentationTexts.noCall;
    case 'failed':
      return presentationTexts.failed(words.source, reasonText(words.reason));
    case 'popupBlocked':
      return presentationTexts.popupBlocked;
  }
}
