// Which device the room should use: the configured one (matched by label) when it is plugged in,
// otherwise another one, and say so.
import type { DeviceOption } from '../media/devices';

export interface DevicePick {
  /** null: no preference, keep whatever is in use. */
  choice: DeviceOption | null;
  /** True when the configured device is missing and another is used instead. */
  fallback: boolean;
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

export function fallbackNotice(kind: 'camera' | 'microphone', wanted: string, used: DeviceOption | null): string {
  return used
    ? `The room's ${kind} "${wanted}" is not connected, so "${used.label}" is used instead.`
    : `The room's ${kind} "${wanted}" is not connected, and no other ${kind} was found.`;
}
