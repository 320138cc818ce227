// How a person joins: with audio and video, audio only, without any call (roster, chat and controls
// only) or as a presentation-only second device; and whether the microphone or camera starts off.
// The same choices come from a link, with Pexip's parameter names (muteMicrophone, muteCamera, callType).
import { t } from '../../i18n';

/** The kind of call a join starts. */
export type CallChoice = 'video' | 'audio' | 'none' | 'presentation';

export interface JoinChoices {
  call: CallChoice;
  muteMicrophone: boolean;
  muteCamera: boolean;
}

export const defaultJoinChoices: Readonly<JoinChoices> = { call: 'video', muteMicrophone: false, muteCamera: false };

/** The radio options of the join screen, in order; the label is the accessible name tests use. */
export const callChoiceOptions: readonly { value: CallChoice; readonly label: string }[] = [
  { value: 'video', get label() { return t('join.choice.video'); } },
  { value: 'audio', get label() { return t('join.choice.audio'); } },
  { value: 'none', get label() { return t('join.choice.none'); } },
  { value: 'presentation', get label() { return t('join.choice.presentation'); } },
];

/** Pexip's link values for callType (and our own names for the same choices). */
const linkCallTypes: Readonly<Record<string, CallChoice>> = {
  video: 'video',
  'video-only': 'video',
  audio: 'audio',
  audioonly: 'audio',
  none: 'none',
  presentation: 'presentation',
};

function linkFlag(value: string | null): boolean {
  return value !== null && ['1', 'true', 'yes', ''].includes(value.trim().toLowerCase());
}

/** The choices a link asks for (unknown callType values are ignored, so a bad link still joins). */
export function readJoinChoices(params: URLSearchParams): JoinChoices {
  const callType = params.get('callType')?.trim().toLowerCase() ?? '';
  return {
    call: Object.hasOwn(linkCallTypes, callType) ? (linkCallTypes[callType] ?? 'video') : 'video',
    muteMicrophone: linkFlag(params.get('muteMicrophone')),
    muteCamera: linkFlag(params.get('muteCamera')),
  };
}

/** What a call choice captures locally: audio-only and presentation-only joins never open the camera. */
export function capturesFor(call: CallChoice): { microphone: boolean; camera: boolean } {
  switch (call) {
    case 'video':
      return { microphone: true, camera: true };
    case 'audio':
      return { microphone: true, camera: false };
    case 'none':
    case 'presentation':
      return { microphone: false, camera: false };
  }
}

/** Whether the meeting screen shows a self view for this choice. */
export function showsSelfView(call: CallChoice): boolean {
  return call === 'video';
}
