// What the room can share besides its own screen: every video input except the room camera (a
// laptop's HDMI capture device appears as a camera).
import type { DeviceOption } from '../../media/devices';

export function shareableInputs(cameras: readonly DeviceOption[], roomCameraId: string | null): DeviceOption[] {
  return cameras.filter((camera) => camera.deviceId !== roomCameraId);
}

/** The device behind the room camera's track, if one runs. */
export function roomCameraId(stream: MediaStream | null): string | null {
  return stream?.getVideoTracks()[0]?.getSettings().deviceId ?? null;
}
