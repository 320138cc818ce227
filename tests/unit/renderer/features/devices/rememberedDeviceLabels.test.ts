// Devices remembered by label in the desktop settings.
import { describe, expect, it } from 'vitest';
import { choicesFromLabels, labelsAfterChoice } from '../../../../../renderer/src/features/devices/rememberedDeviceLabels';
import { matchDevice } from '../../../../../renderer/src/media/devices';

const none = { camera: null, microphone: null, speaker: null };

describe('devices remembered by label', () => {
  it('a stored label picks the device with that label, whatever its id is today', () => {
    const choices = choicesFromLabels(none, { camera: 'Logitech BRIO', microphone: null, speaker: null });
    expect(choices.camera).toEqual({ deviceId: '', label: 'Logitech BRIO' });
    const cameras = [
      { deviceId: 'a1', label: 'Integrated Camera' },
      { deviceId: 'b2', label: 'Logitech BRIO' },
    ];
    expect(matchDevice(cameras, choices.camera)).toEqual({ deviceId: 'b2', label: 'Logitech BRIO' });
  });

  it('the window\'s own choice with the same label keeps its id; a different label gives way to the setting', () => {
    const local = { camera: { deviceId: 'b2', label: 'Logitech BRIO' }, microphone: { deviceId: 'm1', label: 'Headset' }, speaker: null };
    const choices = choicesFromLabels(local, { camera: 'Logitech BRIO', microphone: 'Desk microphone', speaker: null });
    expect(choices.camera).toEqual({ deviceId: 'b2', label: 'Logitech BRIO' });
    expect(choices.microphone).toEqual({ deviceId: '', label: 'Desk microphone' });
    expect(choices.speaker).toBeNull();
  });

  it('choosing a device stores its label; choosing the same again or the default stores accordingly', () => {
    const stored = { camera: null, microphone: 'Headset', speaker: null };
    expect(labelsAfterChoice(stored, 'camera', { deviceId: 'x', label: ' Logitech BRIO ' })).toEqual({ camera: 'Logitech BRIO', microphone: 'Headset', speaker: null });
    expect(labelsAfterChoice(stored, 'microphone', { deviceId: 'y', label: 'Headset' })).toBeNull();
    expect(labelsAfterChoice(stored, 'microphone', null)).toEqual({ camera: null, microphone: null, speaker: null });
    // A device without a label (no permission yet) is not remembered by an empty label.
    expect(labelsAfterChoice(stored, 'speaker', { deviceId: 'z', label: '' })).toBeNull();
  });
});
