// Which device the room should use: the configured one (matched by label) when it is plugged in,
// otherwise another one, and say so; nothing at all when no device of that kind is left.
import { t } from '../../i18n';
import type { DeviceOption } from '../../media/devices';

export type FallbackKind = 'camera' | 'microphone';

export interface DevicePick {
  /** null: no preference, keep whatever is in use. */
  choice: DeviceOption | null;
  /** True when the configured device is missing and another is used instead. */
  fallback: boolean;
}

/** What the room should capture for one kind of device, and what to tell the room about it. */
export interface DeviceTarget {
  /** The device to use; null turns this kind off (nothing is connected). */
  device: DeviceOption | null;
  /** Why the configured device is not the one in use; null when all is as configured. */
  notice: string | null;
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

export function fallbackNotice(kind: FallbackKind, wanted: string, used: DeviceOption | null): string {
  return used ? t(`kiosk.fallbackUsed.${kind}`, { wanted, used: used.label }) : t(`kiosk.fallbackNone.${kind}`, { wanted });
}

export function nothingConnectedNotice(kind: FallbackKind): string {
  return t(`kiosk.nothingConnected.${kind}`);
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
