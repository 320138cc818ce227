// Camera and microphone capture. Falls back to whichever device works, and says why a device is
// missing, so a meeting can still be joined audio-only or receive-only. A reason is kept as what it
// says (which device, what went wrong, the browser's own detail as it came) and put into words where
// it shows (deviceProblemText), so it follows a language switch.
export interface LocalMediaRequest {
  cameraId: string | null;
  microphoneId: string | null;
  /** False: the camera is not opened at all (an audio-only join). Default true. */
  camera?: boolean;
  /** False: the microphone is not opened at all. Default true. */
  microphone?: boolean;
}

export interface LocalMedia {
  /** May hold no tracks at all (receive-only). */
  stream: MediaStream;
  /** Why a device is missing from the stream (deviceProblemText puts one into words). */
  problems: DeviceProblem[];
}

import { t } from '../i18n';
import type { Locale } from '../i18n/locales';
import { currentOs, deviceMessages, permissionHelp, type DesktopOs } from './permissionHelp';

type DeviceWord = 'camera' | 'microphone' | 'camera and microphone';

/** Why a device could not be used: this window cannot capture, or what the browser said of a device. */
export type DeviceProblem =
  | { said: 'unavailable' }
  | { said: 'denied'; device: DeviceWord; os: DesktopOs }
  | { said: 'notFound' | 'notReadable' | 'failed'; device: DeviceWord }
  | { said: 'failedWith'; device: DeviceWord; detail: string };

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** A device problem in the current language (called where it shows), or in `locale`. */
export function deviceProblemText(problem: DeviceProblem, locale?: Locale): string {
  const say = (key: string, values: Record<string, string> = {}) => (locale ? t(key, values, { locale }) : t(key, values));
  if (problem.said === 'unavailable') return say('mediaAccess.unavailable');
  const group = `mediaAccess.${deviceMessages(problem.device)}`;
  switch (problem.said) {
    case 'denied':
      return `${say(`${group}.denied`)} ${permissionHelp(problem.device, problem.os, locale)}`;
    case 'failedWith':
      return say(`${group}.failedWith`, { detail: problem.detail });
    default:
      return say(`${group}.${problem.said}`);
  }
}

/** What went wrong with a device, as what it says (the browser's own detail kept as it came). */
export function mediaErrorProblem(device: DeviceWord, error: unknown, os: DesktopOs = currentOs()): DeviceProblem {
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { said: 'denied', device, os };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { said: 'notFound', device };
    case 'NotReadableError':
    case 'AbortError':
      return { said: 'notReadable', device };
    default:
      return error instanceof Error && error.message ? { said: 'failedWith', device, detail: error.message } : { said: 'failed', device };
  }
}

/** What went wrong with a device, in the person's language now. */
export function describeMediaError(device: DeviceWord, error: unknown, os: DesktopOs = currentOs()): string {
  return deviceProblemText(mediaErrorProblem(device, error, os));
}

function audioConstraints(request: LocalMediaRequest): MediaTrackConstraints | boolean {
  return request.microphoneId ? { deviceId: request.microphoneId } : true;
}

export function videoConstraints(request: LocalMediaRequest): MediaTrackConstraints {
  const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
  return request.cameraId ? { ...size, deviceId: request.cameraId } : size;
}

export async function acquireLocalMedia(
  request: LocalMediaRequest,
  mediaDevices: Pick<MediaDevices, 'getUserMedia'> | undefined = globalThis.navigator?.mediaDevices,
): Promise<LocalMedia> {
  if (!mediaDevices?.getUserMedia) {
    return { stream: new MediaStream(), problems: [{ said: 'unavailable' }] };
  }
  const wantAudio = request.microphone !== false;
  const wantVideo = request.camera !== false;
  if (!wantAudio && !wantVideo) return { stream: new MediaStream(), problems: [] };
  const audio = wantAudio ? audioConstraints(request) : false;
  const video = wantVideo ? videoConstraints(request) : false;
  try {
    return { stream: await mediaDevices.getUserMedia({ audio, video }), problems: [] };
  } catch (error) {
    // Only one kind was asked for: that is the one that failed.
    if (!wantAudio || !wantVideo) {
      return { stream: new MediaStream(), problems: [mediaErrorProblem(wantVideo ? 'camera' : 'microphone', error)] };
    }
    // Find out which device fails by asking for each alone.
    const tracks: MediaStreamTrack[] = [];
    const failures: { device: 'camera' | 'microphone'; error: unknown }[] = [];
    for (const [device, constraints] of [
      ['microphone', { audio }],
      ['camera', { video }],
    ] as const) {
      try {
        tracks.push(...(await mediaDevices.getUserMedia(constraints)).getTracks());
      } catch (error) {
        failures.push({ device, error });
      }
    }
    const [first, second] = failures;
    const problems =
      first && second && errorName(first.error) === errorName(second.error)
        ? [mediaErrorProblem('camera and microphone', first.error)]
        : failures.map((failure) => mediaErrorProblem(failure.device, failure.error));
    return { stream: new MediaStream(tracks), problems };
  }
}
