// The room's configured media choices (kiosk keys "bandwidth" and "rnnoise") reach the settings in
// force on the room display, and are never remembered there.
import { beforeEach, describe, expect, it } from 'vitest';
import type { KioskStatus } from '../../../../../electron/shared/kioskCommands';
import { useMediaSettingsStore } from '../../../../../renderer/src/features/devices/mediaSettingsStore';
import { useKioskStore } from '../../../../../renderer/src/features/kiosk/kioskStore';
import { freshStoresWithFakeBridge } from '../../freshStores';

function statusWith(media: KioskStatus['media']): KioskStatus {
  return { state: 'idle', media } as KioskStatus;
}

describe('kiosk media choices', () => {
  beforeEach(() => {
    localStorage.clear();
    freshStoresWithFakeBridge();
  });

  it('turns RNNoise on (and the bandwidth down) as the room is configured, without remembering it', () => {
    const media = useMediaSettingsStore();
    expect(media.settings.rnnoise).toBe(false);
    useKioskStore().handleEvent({ type: 'kiosk_status', status: statusWith({ bandwidth: 'low', rnnoise: true }) });
    expect(media.settings).toMatchObject({ rnnoise: true, bandwidth: 'low' });
    expect(localStorage.getItem('parley.mediaSettings')).toBeNull();
  });

  it("turns RNNoise off when the room says false, and leaves the display's own choice when it says nothing", () => {
    const media = useMediaSettingsStore();
    const kiosk = useKioskStore();
    kiosk.handleEvent({ type: 'kiosk_status', status: statusWith({ bandwidth: null, rnnoise: true }) });
    kiosk.handleEvent({ type: 'kiosk_status', status: statusWith({ bandwidth: null, rnnoise: false }) });
    expect(media.settings.rnnoise).toBe(false);
    media.update({ rnnoise: true }, { remember: false });
    kiosk.handleEvent({ type: 'kiosk_status', status: statusWith({ bandwidth: null, rnnoise: null }) });
    kiosk.handleEvent({ type: 'kiosk_status', status: statusWith({ bandwidth: null }) });
    expect(media.settings).toMatchObject({ rnnoise: true, bandwidth: 'high' });
  });
});
