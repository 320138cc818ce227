import { describe, expect, it } from 'vitest';
import { acquireLocalMedia, describeMediaError } from '../../../../renderer/src/media/localMedia';
import { currentOs } from '../../../../renderer/src/media/permissionHelp';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('camera and microphone problems in words', () => {
  it('says how to allow a denied device on each system', () => {
    expect(describeMediaError('camera', named('NotAllowedError'), 'macos')).toBe(
      'Access to the camera was denied. To allow it, open System Settings › Privacy & Security › Camera, turn Parley on, then restart Parley.',
    );
    expect(describeMediaError('microphone', named('NotAllowedError'), 'windows')).toContain('Settings › Privacy & security › Microphone');
    expect(describeMediaError('camera', named('SecurityError'), 'linux')).toContain('Flatpak or Snap permissions');
  });

  it('tells a device in use and a missing device apart', () => {
    expect(describeMediaError('camera', named('NotReadableError'), 'linux')).toBe(
      'The camera could not be started; another application may be using it.',
    );
    expect(describeMediaError('microphone', named('NotFoundError'), 'linux')).toBe('No microphone was found.');
  });

  it('knows the system from the user agent', () => {
    expect(currentOs({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe('macos');
    expect(currentOs({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' })).toBe('windows');
    expect(currentOs({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe('linux');
  });

  it('opens only the microphone for an audio-only capture, and names it when it fails', async () => {
    const asked: MediaStreamConstraints[] = [];
    const devices = {
      getUserMedia: async (constraints?: MediaStreamConstraints) => {
        asked.push(constraints ?? {});
        throw named('NotFoundError');
      },
    };
    const media = await acquireLocalMedia({ cameraId: null, microphoneId: null, camera: false }, devices);
    expect(asked).toEqual([{ audio: true, video: false }]);
    expect(media.problems).toEqual(['No microphone was found.']);
  });
});
