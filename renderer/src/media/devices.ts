// Device lists from enumerateDevices, and the remembered choices (kept by id and label, because
// ids can change between sessions while labels usually do not).
export type DeviceKind = 'camera' | 'microphone' | 'speaker';

export interface DeviceOption {
  deviceId: string;
  label: string;
}

export type DeviceLists = Record<DeviceKind, DeviceOption[]>;

export type DeviceChoices = Record<DeviceKind, DeviceOption | null>;

const kindOf: Partial<Record<MediaDeviceKind, DeviceKind>> = {
  videoinput: 'camera',
  audioinput: 'microphone',
  audiooutput: 'speaker',
};

const fallbackLabel: Record<DeviceKind, string> = { camera: 'Camera', microphone: 'Microphone', speaker: 'Speaker' };

export function groupDevices(devices: readonly MediaDeviceInfo[]): DeviceLists {
  const lists: DeviceLists = { camera: [], microphone: [], speaker: [] };
  for (const device of devices) {
    const kind = kindOf[device.kind];
    // Before permission is granted, devices come with empty ids: nothing to choose from yet.
    if (!kind || !device.deviceId) continue;
    const list = lists[kind];
    list.push({ deviceId: device.deviceId, label: device.label || `${fallbackLabel[kind]} ${list.length + 1}` });
  }
  return lists;
}

export async function listDevices(
  mediaDevices: Pick<MediaDevices, 'enumerateDevices'> | undefined = globalThis.navigator?.mediaDevices,
): Promise<DeviceLists> {
  if (!mediaDevices?.enumerateDevices) return { camera: [], microphone: [], speaker: [] };
  return groupDevices(await mediaDevices.enumerateDevices());
}

/** The option matching a remembered device: same id, else same label. */
export function matchDevice(options: readonly DeviceOption[], remembered: DeviceOption | null): DeviceOption | null {
  if (!remembered) return null;
  return (
    options.find((option) => option.deviceId === remembered.deviceId) ??
    options.find((option) => option.label === remembered.label) ??
    null
  );
}

const storageKey = 'parley.devices';

function isOption(value: unknown): value is DeviceOption {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).deviceId === 'string' &&
    typeof (value as Record<string, unknown>).label === 'string'
  );
}

export function loadDeviceChoices(storage: Pick<Storage, 'getItem'> = localStorage): DeviceChoices {
  const choices: DeviceChoices = { camera: null, microphone: null, speaker: null };
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
    if (typeof saved !== 'object' || saved === null) return choices;
    for (const kind of ['camera', 'microphone', 'speaker'] as const) {
      const value = (saved as Record<string, unknown>)[kind];
      if (isOption(value)) choices[kind] = { deviceId: value.deviceId, label: value.label };
    }
  } catch {
    // Unreadable settings: start from the defaults.
  }
  return choices;
}

export function saveDeviceChoices(choices: DeviceChoices, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify(choices));
  } catch {
    // Storage full or disabled: the choice just is not remembered.
  }
}
