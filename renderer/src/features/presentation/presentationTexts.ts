// What the presentation parts share: the share's state and source, the layouts, and the words a
// participant reads about a share.
import { t } from '../../i18n';
export type ShareState = 'idle' | 'picking' | 'starting' | 'presenting';

/** What is shared: the screen, or a video input (a room's HDMI capture device, which shows up as a camera). */
export type ShareSource = 'screen' | 'input';

/** Presentation large with the meeting small, both side by side, or meeting large (swapped). */
export type PresentationLayout = 'focus' | 'side-by-side' | 'swapped';

export interface PresentationNotice {
  kind: 'refused' | 'taken_over' | 'failed';
  text: string;
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
