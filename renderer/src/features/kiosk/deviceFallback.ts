// Which device the room should use: the configured one (matched by label) when it is plugged in,
// otherwise another one, and say so; nothing at all when no device of that kind is left. What the
// room is told is kept as its message and values and put into words where it shows (deviceNoticeText),
// so it follows a change of the room's language.
import { t } from '../../i18n';
import { mediaReasonText } from '../../i18n/mediaReasonText';
import type { DeviceOption } from '../../media/devices';
import type { MediaFailure } from '../../media/mediaFailure';

export type FallbackKind = 'camera' | 'microphone';

export interface DevicePick {
  /** null: no preference, keep whatever is in use. */
  choice: DeviceOption | null;
  /** True when the configured device is missing and another is used instead. */
  fallback: boolean;
}

/** What the room is told about one kind of device: device labels as they came, a failure's reason as the failure. */
export type DeviceNotice =
  | { said: 'fallbackUsed'; kind: FallbackKind; wanted: string; used: string }
  | { said: 'fallbackNone'; kind: FallbackKind; wanted: string }
  | { said: 'nothingConnected'; kind: FallbackKind }
  | { said: 'deviceFailed'; kind: FallbackKind; label: string; reason: Pick<MediaFailure, 'message' | 'wording' | 'detail'> };

/** What the room should capture for one kind of device, and what to tell the room about it. */
export interface DeviceTarget {
  /** The device to use; null turns this kind off (nothing is connected). */
  device: DeviceOption | null;
  /** Why the configured device is not the one in use; null when all is as configured. */
  notice: DeviceNotice | null;
}

/** The track the call sends now, if any. */
export interface DeviceInUse {
  deviceId: string;
  /** False once the device was unplugged (the track ended). */
  live: boolean;
}

function sameLabel(option: DeviceOption, wanted: string): boolean {
  return option.label.trim().toLowerCase() === wanted.trim().toLowerCase();
}

export function pickDevice(options: readonly DeviceOption[], wantedLabel: string | null): DevicePick {
  if (!wantedLabel) return { choice: null, fallback: false };
  const configured = options.find((option) => sameLabel(option, wantedLabel));
  if (configured) return { choice: configured, fallback: false };
  return { choice: options[0] ?? null, fallback: true };
}

export function fallbackNotice(kind: FallbackKind, wanted: string, used: DeviceOption | null): DeviceNotice {
  return used ? { said: 'fallbackUsed', kind, wanted, used: used.label } : { said: 'fallbackNone', kind, wanted };
}

export function nothingConnectedNotice(kind: FallbackKind): DeviceNotice {
  return { said: 'nothingConnected', kind };
}

/** A device notice in the current language (called where it shows). */
export function deviceNoticeText(notice: DeviceNotice): string {
  switch (notice.said) {
    case 'fallbackUsed':
      return t(`kiosk.fallbackUsed.${notice.kind}`, { wanted: notice.wanted, used: notice.used });
    case 'fallbackNone':
      return t(`kiosk.fallbackNone.${notice.kind}`, { wanted: notice.wanted });
    case 'nothingConnected':
      return t(`kiosk.nothingConnected.${notice.kind}`);
    case 'deviceFailed':
      return t(`kiosk.deviceFailed.${notice.kind}`, { label: notice.label, reason: mediaReasonText(notice.reason) });
  }
}

/**
 * The configured device whenever it is plugged in (so the room switches back when it returns);
 * otherwise the device already in use if it is still there (no flapping between fallbacks), else
 * the first one left; else off.
 */
export function decideDevice(
  kind: FallbackKind,
  options: readonly DeviceOption[],
  wantedLabel: string | null,
  inUseId: string | null,
): DeviceTarget {
  const configured = wantedLabel ? options.find((option) => sameLabel(option, wantedLabel)) : undefined;
  if (configured) return { device: configured, notice: null };
  const device = options.find((option) => option.deviceId === inUseId) ?? options[0] ?? null;
  if (wantedLabel) return { device, notice: fallbackNotice(kind, wantedLabel, device) };
  return { device, notice: device ? null : nothingConnectedNotice(kind) };
}

/** Whether reaching `target` means switching: another device, a dead track, or turning off. */
export function needsSwitch(target: DeviceTarget, inUse: DeviceInUse | null): boolean {
  if (!target.device) return inUse !== null;
  return !inUse || !inUse.live || inUse.deviceId !== target.device.deviceId;
}
