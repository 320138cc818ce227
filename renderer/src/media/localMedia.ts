// Camera and microphone capture. Falls back to whichever device works, and describes failures in
// words, so a meeting can still be joined audio-only or receive-only.
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
  /** Human-readable reasons a device is missing from the stream. */
  problems: string[];
}

import { t } from '../i18n';
import { currentOs, deviceMessages, permissionHelp, type DesktopOs } from './permissionHelp';

type DeviceWord = 'camera' | 'microphone' | 'camera and microphone';

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** What went wrong with a device, in the person's language (the browser's own detail kept as it came). */
export function describeMediaError(device: DeviceWord, error: unknown, os: DesktopOs = currentOs()): string {
  const group = `mediaAccess.${deviceMessages(device)}`;
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `${t(`${group}.denied`)} ${permissionHelp(device, os)}`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return t(`${group}.notFound`);
    case 'NotReadableError':
    case 'AbortError':
      return t(`${group}.notReadable`);
    default:
      return error instanceof Error && error.message ? t(`${group}.failedWith`, { detail: error.message }) : t(`${group}.failed`);
  }
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
    return { stream: new MediaStream(), problems: [t('mediaAccess.unavailable')] };
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
      return { stream: new MediaStream(), problems: [describeMediaError(wantVideo ? 'camera' : 'microphone', error)] };
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
        ? [describeMediaError('camera and microphone', first.error)]
        : failures.map((failure) => describeMediaError(failure.device, failure.error));
    return { stream: new MediaStream(tracks), problems };
  }
}
