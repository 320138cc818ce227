// One device captured alone: switching the camera or microphone during a call replaces a single
// track, so the other device keeps running and the call keeps its peer connection.
import { t } from '../i18n';
import { videoConstraints } from './localMedia';

export type CaptureKind = 'camera' | 'microphone';

export type DeviceTrackResult = { ok: true; track: MediaStreamTrack } | { ok: false; message: string };

/** Captures exactly `deviceId` (no silent substitute: the caller decides what replaces a missing device). */
export async function captureDeviceTrack(
  kind: CaptureKind,
  deviceId: string,
  mediaDevices: Pick<MediaDevices, 'getUserMedia'> | undefined = globalThis.navigator?.mediaDevices,
): Promise<DeviceTrackResult> {
  if (!mediaDevices?.getUserMedia) return { ok: false, message: t('mediaAccess.unavailable') };
  const exact = { deviceId: { exact: deviceId } };
  const constraints: MediaStreamConstraints =
    kind === 'camera' ? { video: { ...videoConstraints({ cameraId: null, microphoneId: null }), ...exact } } : { audio: exact };
  try {
    const stream = await mediaDevices.getUserMedia(constraints);
    const track = kind === 'camera' ? stream.getVideoTracks()[0] : stream.getAudioTracks()[0];
    if (!track) return { ok: false, message: `The ${kind} gave no ${kind === 'camera' ? 'video' : 'sound'}.` };
    return { ok: true, track };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
