// Devices remembered by label in the desktop settings (device ids change between sessions and
// machines; labels do not). The stored label picks the device; choosing one stores its label.
import type { DesktopSettings } from '../../../../electron/shared/bridge';
import type { DeviceChoices, DeviceKind, DeviceOption } from '../../media/devices';

export type DeviceLabels = DesktopSettings['devices'];

/** The settings' labels win over this window's own last choice; an empty id is matched by label. */
export function choicesFromLabels(local: DeviceChoices, labels: DeviceLabels): DeviceChoices {
  const next: DeviceChoices = { ...local };
  for (const kind of ['camera', 'microphone', 'speaker'] as const) {
    const label = labels[kind];
    if (label && local[kind]?.label !== label) next[kind] = { deviceId: '', label };
  }
  return next;
}

/** The labels to store after the person chose `option` (null: the default device). */
export function labelsAfterChoice(current: DeviceLabels, kind: DeviceKind, option: DeviceOption | null): DeviceLabels | null {
  const label = option?.label.trim() ? option.label.trim().slice(0, 256) : null;
  return current[kind] === label ? null : { ...current, [kind]: label };
}
