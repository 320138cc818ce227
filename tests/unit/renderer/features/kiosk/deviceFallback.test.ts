// The room's device decisions: the configured device when it is plugged in (and back to it when it
// returns), another one with a notice when it is not, and off with a notice when none is left.
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../../../../renderer/src/i18n';
import { decideDevice, deviceNoticeText, needsSwitch, type DeviceNotice } from '../../../../../renderer/src/features/kiosk/deviceFallback';
import { roomCameraId, shareableInputs } from '../../../../../renderer/src/features/kiosk/shareInputs';

const rally = { deviceId: 'rally', label: 'Logitech Rally Camera' };
const webcam = { deviceId: 'webcam', label: 'Integrated Webcam' };
const hdmi = { deviceId: 'hdmi', label: 'Cam Link 4K' };
const jabra = { deviceId: 'jabra', label: 'Jabra SPEAK 510' };

/** What the room reads, in the current language. */
const said = (notice: DeviceNotice | null) => (notice ? deviceNoticeText(notice) : null);

describe('room device fallback', () => {
  it('uses the configured device, matched by label whatever its case', () => {
    const target = decideDevice('camera', [webcam, rally], 'logitech rally camera', 'webcam');
    expect(target).toEqual({ device: rally, notice: null });
    expect(needsSwitch(target, { deviceId: 'webcam', live: true })).toBe(true);
    expect(needsSwitch(target, { deviceId: 'rally', live: true })).toBe(false);
  });

  it('configured device gone: another one is chosen and the room is told', () => {
    const target = decideDevice('camera', [webcam, hdmi], 'Logitech Rally Camera', 'rally');
    expect(target.device).toEqual(webcam);
    expect(said(target.notice)).toBe('The room\'s camera "Logitech Rally Camera" is not connected, so "Integrated Webcam" is used instead.');
    // Kept as parts: a change of the room's language says it again in the new language.
    setLocale('de');
    try {
      expect(said(target.notice)).toBe('Die Raumkamera „Logitech Rally Camera“ ist nicht angeschlossen, daher wird „Integrated Webcam“ verwendet.');
    } finally {
      setLocale('en');
    }
    // The configured camera's track ended when it was unplugged.
    expect(needsSwitch(target, { deviceId: 'rally', live: false })).toBe(true);
  });

  it('keeps the fallback already in use rather than hopping to another one', () => {
    const target = decideDevice('camera', [webcam, hdmi], 'Logitech Rally Camera', 'hdmi');
    expect(target.device).toEqual(hdmi);
    expect(needsSwitch(target, { deviceId: 'hdmi', live: true })).toBe(false);
  });

  it('configured device back: switches back to it and the notice goes', () => {
    const target = decideDevice('microphone', [webcam, jabra], 'Jabra SPEAK 510', 'webcam');
    expect(target).toEqual({ device: jabra, notice: null });
    expect(needsSwitch(target, { deviceId: 'webcam', live: true })).toBe(true);
  });

  it('nothing else available: that kind is turned off, with a message', () => {
    const camera = decideDevice('camera', [], 'Logitech Rally Camera', 'rally');
    expect(camera.device).toBeNull();
    expect(said(camera.notice)).toBe(
      'The room\'s camera "Logitech Rally Camera" is not connected, and no other camera was found, so the room\'s video is off.',
    );
    expect(needsSwitch(camera, { deviceId: 'rally', live: false })).toBe(true);
    // Already off: nothing more to do.
    expect(needsSwitch(camera, null)).toBe(false);

    const microphone = decideDevice('microphone', [], null, null);
    expect(microphone.device).toBeNull();
    expect(said(microphone.notice)).toBe("No microphone is connected, so the room's sound is off.");
  });

  it('without a configured device: keeps the one in use, or takes another silently when it goes', () => {
    expect(decideDevice('camera', [webcam, hdmi], null, 'hdmi')).toEqual({ device: hdmi, notice: null });
    expect(decideDevice('camera', [webcam], null, 'hdmi')).toEqual({ device: webcam, notice: null });
  });

  it('a dead track on a device still listed is captured again', () => {
    const target = decideDevice('camera', [rally], 'Logitech Rally Camera', 'rally');
    expect(needsSwitch(target, { deviceId: 'rally', live: false })).toBe(true);
  });
});

describe('inputs the room can share', () => {
  it('offers every video input except the room camera', () => {
    expect(shareableInputs([rally, hdmi, webcam], 'rally')).toEqual([hdmi, webcam]);
    expect(shareableInputs([rally], 'rally')).toEqual([]);
    expect(shareableInputs([rally, hdmi], null)).toEqual([rally, hdmi]);
  });

  it('finds the room camera from the capture', () => {
    const track = { getSettings: () => ({ deviceId: 'rally' }) };
    expect(roomCameraId({ getVideoTracks: () => [track] } as unknown as MediaStream)).toBe('rally');
    expect(roomCameraId(null)).toBeNull();
  });
});
