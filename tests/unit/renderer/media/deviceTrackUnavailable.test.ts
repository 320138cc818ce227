// A window without getUserMedia, or a device that gives no track, says why by a wording, so a
// notice that shows it is put into words in the person's language when shown, again after a switch.
import { afterEach, describe, expect, it } from 'vitest';
import { captureDeviceTrack } from '../../../../renderer/src/media/deviceTrack';
import { mediaReasonText } from '../../../../renderer/src/i18n/mediaReasonText';
import { setLocale } from '../../../../renderer/src/i18n';

afterEach(() => setLocale('en'));

describe('switching a device where the window cannot capture', () => {
  it('says why in English and in Norwegian', async () => {
    const refused = await captureDeviceTrack('camera', 'cam-1', undefined);
    expect(refused).toEqual({ ok: false, message: 'this window cannot use a camera or microphone', wording: 'captureUnavailable' });
    if (refused.ok) throw new Error('captured');
    expect(mediaReasonText(refused)).toBe('this window cannot use a camera or microphone');
    setLocale('nb');
    expect(mediaReasonText(refused)).toBe('dette vinduet kan ikke bruke kamera eller mikrofon');
  });

  it('names a device that gave no track, and keeps the browser\'s own reason as it came', async () => {
    const silent = { getUserMedia: async () => ({ getVideoTracks: () => [], getAudioTracks: () => [] }) as unknown as MediaStream };
    const none = await captureDeviceTrack('microphone', 'mic-1', silent);
    if (none.ok) throw new Error('captured');
    expect(mediaReasonText(none)).toBe('the microphone gave no sound');
    setLocale('de');
    expect(mediaReasonText(none)).toBe('das Mikrofon hat keinen Ton geliefert');
    const failing = { getUserMedia: async () => Promise.reject(new Error('Could not start video source')) };
    const refused = await captureDeviceTrack('camera', 'cam-1', failing);
    expect(refused).toEqual({ ok: false, message: 'Could not start video source' });
  });
});
