// What we present: the screen capture (getDisplayMedia; in Electron main grants the source chosen
// in Parley's picker), or a video input such as an HDMI capture device (a laptop plugged into a
// room), and its content profile. Slides and text stay sharp by default (detail,
// maintain-resolution, up to 1920x1080 at 15 fps); "Optimize for video" favours motion (30 fps,
// maintain-framerate).
export type ContentProfile = 'detail' | 'motion';

export interface ProfileSettings {
  contentHint: 'detail' | 'motion';
  frameRate: number;
  degradationPreference: RTCDegradationPreference;
}

export const maxShareWidth = 1920;
export const maxShareHeight = 1080;

export const contentProfiles: Record<ContentProfile, ProfileSettings> = {
  detail: { contentHint: 'detail', frameRate: 15, degradationPreference: 'maintain-resolution' },
  motion: { contentHint: 'motion', frameRate: 30, degradationPreference: 'maintain-framerate' },
};

/** How the computer's sound is captured: without the meeting where the OS allows, else echo-cancelled. */
export interface ComputerSoundCapture {
  /** The meeting cannot be left out here: Chromium's echo canceller turns it down (its reference is what we play). */
  cancelOwnEcho: boolean;
}

/** Display-capture audio constraints the DOM typings do not know yet (Chromium 141+, W3C screen-capture). */
interface ComputerSoundConstraints extends MediaTrackConstraints {
  restrictOwnAudio?: boolean;
  suppressLocalAudioPlayback?: boolean;
}

/**
 * The computer's sound: restrictOwnAudio asks Chromium to leave this app's own output out (Electron
 * maps it to "loopbackWithoutChrome" where that exists; main grants that id itself too), the sound
 * keeps playing locally, and it is not treated as a voice (no noise suppression, no gain control).
 */
export function computerSoundConstraints(capture: ComputerSoundCapture): ComputerSoundConstraints {
  return {
    restrictOwnAudio: true,
    suppressLocalAudioPlayback: false,
    echoCancellation: capture.cancelOwnEcho,
    noiseSuppression: false,
    autoGainControl: false,
  };
}

export function captureOptions(profile: ContentProfile, audio: ComputerSoundCapture | null): DisplayMediaStreamOptions {
  const { frameRate } = contentProfiles[profile];
  return {
    video: { width: { max: maxShareWidth }, height: { max: maxShareHeight }, frameRate: { max: frameRate } },
    audio: audio ? computerSoundConstraints(audio) : false,
  };
}

/** The parts of RTCRtpSender the profile touches. */
export interface ProfiledSender {
  getParameters(): RTCRtpSendParameters;
  setParameters(parameters: RTCRtpSendParameters): Promise<void>;
}

/** Applies a profile to the shared track and its sender. Failures only lose the tuning, not the share. */
export async function applyContentProfile(track: MediaStreamTrack, sender: ProfiledSender | null, profile: ContentProfile): Promise<void> {
  const settings = contentProfiles[profile];
  track.contentHint = settings.contentHint;
  try {
    await track.applyConstraints({
      width: { max: maxShareWidth },
      height: { max: maxShareHeight },
      frameRate: { max: settings.frameRate },
    });
  } catch (error) {
    console.warn('Parley: the shared screen kept its previous frame rate:', error instanceof Error ? error.message : error);
  }
  if (!sender) return;
  try {
    const parameters = sender.getParameters();
    parameters.degradationPreference = settings.degradationPreference;
    for (const encoding of parameters.encodings) encoding.maxFramerate = settings.frameRate;
    await sender.setParameters(parameters);
  } catch (error) {
    console.warn('Parley: the presentation sender kept its previous settings:', error instanceof Error ? error.message : error);
  }
}

export type CaptureResult = { ok: true; stream: MediaStream } | { ok: false; cancelled: boolean; message: string };

/** Asks for the screen; null when the person cancelled or the system refused. */
export async function captureScreen(
  profile: ContentProfile,
  audio: ComputerSoundCapture | null,
  media: Pick<MediaDevices, 'getDisplayMedia'> = navigator.mediaDevices,
): Promise<CaptureResult> {
  try {
    const stream = await media.getDisplayMedia(captureOptions(profile, audio));
    return { ok: true, stream };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    // NotAllowedError is both "Cancel" in a picker and a refused permission: neither is an error to show.
    const cancelled = name === 'NotAllowedError' || name === 'AbortError';
    return { ok: false, cancelled, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Asks for one video input (a capture device appears as a camera), sized like a screen share. */
export async function captureVideoInput(
  deviceId: string,
  profile: ContentProfile,
  media: Pick<MediaDevices, 'getUserMedia'> = navigator.mediaDevices,
): Promise<CaptureResult> {
  const { frameRate } = contentProfiles[profile];
  try {
    const stream = await media.getUserMedia({
      video: { deviceId: { exact: deviceId }, width: { max: maxShareWidth }, height: { max: maxShareHeight }, frameRate: { max: frameRate } },
      audio: false,
    });
    return { ok: true, stream };
  } catch (error) {
    return { ok: false, cancelled: false, message: error instanceof Error ? error.message : String(error) };
  }
}
