// Why a device is missing from the capture is kept as what it says: the preflight's lines are said
// again in the new language after a switch, with the browser's own detail as it came.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDevicesStore } from '../../../../../renderer/src/features/devices/devicesStore';
import { setLocale } from '../../../../../renderer/src/i18n';
import { freshStoresWithFakeBridge } from '../../freshStores';

const named = (name: string, message = name) => Object.assign(new Error(message), { name });

class FakeStream {
  constructor(private readonly tracks: unknown[] = []) {}
  getTracks = () => this.tracks;
  getAudioTracks = () => [];
  getVideoTracks = () => [];
}

describe('device problems', () => {
  beforeEach(() => {
    vi.stubGlobal('MediaStream', FakeStream);
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
      mediaDevices: {
        // The camera is refused; the microphone fails with the browser's own words.
        getUserMedia: async (constraints: MediaStreamConstraints) => {
          throw constraints.video && !constraints.audio ? named('NotReadableError') : named('TypeError', 'Device busy');
        },
        enumerateDevices: async () => [],
      },
    });
    freshStoresWithFakeBridge();
  });
  afterEach(() => {
    setLocale('en');
    vi.unstubAllGlobals();
  });

  it('says them again in the new language after a switch', async () => {
    const devices = useDevicesStore();
    await devices.ensureLocalMedia({ microphone: true, camera: true });
    expect(devices.problems).toEqual([
      'The microphone could not be used: Device busy.',
      'The camera could not be started; another application may be using it.',
    ]);
    setLocale('de');
    expect(devices.problems).toEqual([
      'Das Mikrofon konnte nicht verwendet werden: Device busy.',
      'Die Kamera konnte nicht gestartet werden; vielleicht verwendet sie eine andere Anwendung.',
    ]);
  });
});
