// A window without getUserMedia says so in the person's language when a device is switched.
import { afterEach, describe, expect, it } from 'vitest';
import { captureDeviceTrack } from '../../../../renderer/src/media/deviceTrack';
import { setLocale } from '../../../../renderer/src/i18n';

afterEach(() => setLocale('en'));

describe('switching a device where the window cannot capture', () => {
  it('says why in English and in Norwegian', async () => {
    expect(await captureDeviceTrack('camera', 'cam-1', undefined)).toEqual({ ok: false, message: 'This window cannot use a camera or microphone.' });
    setLocale('nb');
    const refused = await captureDeviceTrack('microphone', 'mic-1', undefined);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toBe('Dette vinduet kan ikke bruke kamera eller mikrofon.');
  });
});
