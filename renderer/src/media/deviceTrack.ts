// One device captured alone: switching the camera or microphone during a call replaces a single
// track, so the other device keeps running and the call keeps its peer connection.
import { videoConstraints } from './localMedia';
import { mediaFailure, type MediaFailure } from './mediaFailure';

export type CaptureKind = 'camera' | 'microphone';

/** The track, or why there is none: Parley's own reason by its wording, the browser's as it came. */
export type DeviceTrackResult = { ok: true; track: MediaStreamTrack } | MediaFailure;

/** Captures exactly `deviceId` (no silent substitute: the caller decides what replaces a missing device). */
export async function captureDeviceTrack(
  kind: CaptureKind,
  deviceId: string,
  mediaDevices: Pick<MediaDevices, 'getUserMedia'> | undefined = globalThis.navigator?.mediaDevices,
): Promise<DeviceTrackResult> {
  if (!mediaDevices?.getUserMedia) return mediaFailure('captureUnavailable');
  const exact = { deviceId: { exact: deviceId } };
  const constraints: MediaStreamConstraints =
    kind === 'camera' ? { video: { ...videoConstraints({ cameraId: null, microphoneId: null }), ...exact } } : { audio: exact };
  try {
    const stream = await mediaDevices.getUserMedia(constraints);
    const track = kind === 'camera' ? stream.getVideoTracks()[0] : stream.getAudioTracks()[0];
    if (!track) return mediaFailure(kind === 'camera' ? 'cameraGaveNoVideo' : 'microphoneGaveNoSound');
    return { ok: true, track };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
