// A media step that did not happen, with Parley's own reason as a wording the person's language
// can show (mediaReason.<wording>); `message` is the same reason in English, for logs and for a
// reason that came from the browser or the node, which has no wording and is shown as it came.
export type MediaReasonWording =
  | 'callClosed'
  | 'noCallToUpdate'
  | 'presentationOnlyNoVideo'
  | 'nothingCaptured'
  | 'captureChanged'
  | 'mediaLost'
  | 'captureUnavailable'
  | 'cameraGaveNoVideo'
  | 'microphoneGaveNoSound';

export interface MediaFailure {
  ok: false;
  message: string;
  wording?: MediaReasonWording;
  /** An inner reason (the browser's or the node's), kept as it came. */
  detail?: string;
}

const englishReasons: Record<MediaReasonWording, string> = {
  callClosed: 'the call was closed',
  noCallToUpdate: 'there is no call to update',
  presentationOnlyNoVideo: 'a presentation-only call has no video of its own',
  nothingCaptured: 'nothing is being captured',
  captureChanged: 'the capture changed meanwhile',
  mediaLost: 'the media connection was lost and could not be restored',
  captureUnavailable: 'this window cannot use a camera or microphone',
  cameraGaveNoVideo: 'the camera gave no video',
  microphoneGaveNoSound: 'the microphone gave no sound',
};

export function mediaFailure(wording: MediaReasonWording, detail?: string): MediaFailure {
  const english = englishReasons[wording];
  return detail === undefined ? { ok: false, message: english, wording } : { ok: false, message: `${english} (${detail})`, wording, detail };
}
