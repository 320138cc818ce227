// What the presentation parts share: the share's state and source, the layouts, and the words a
// participant reads about a share.
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
  refused: (detail: string | undefined) => (detail ? `You cannot present in this meeting: ${detail}.` : 'You cannot present in this meeting.'),
  takenOver: (name: string, source: ShareSource) =>
    `${name} took over the presentation, so ${source === 'input' ? 'the input is' : 'your screen is'} no longer shared.`,
  noCall: 'Sharing needs the call to be connected.',
  failed: (source: ShareSource, message: string) =>
    `${source === 'input' ? 'The input' : 'Your screen'} could not be shared: ${message}`,
  nothingCaptured: (source: ShareSource) => (source === 'input' ? 'it gave no video' : 'no screen was captured'),
  popupBlocked: 'The presentation window could not be opened.',
  pickerFailed: (message: string) => `The screen picker is not available: ${message}`,
} as const;
