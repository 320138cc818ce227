import { describe, expect, it } from 'vitest';
import { acquireLocalMedia, describeMediaError, deviceProblemText, mediaErrorProblem } from '../../../../renderer/src/media/localMedia';
import { currentOs } from '../../../../renderer/src/media/permissionHelp';
import { setLocale } from '../../../../renderer/src/i18n';

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
    expect(media.problems).toEqual([{ said: 'notFound', device: 'microphone' }]);
    expect(media.problems.map((problem) => deviceProblemText(problem))).toEqual(['No microphone was found.']);
  });
});

describe('camera and microphone problems in the chosen language', () => {
  it('say the device, the cause and how to allow it in German and Japanese', () => {
    setLocale('de');
    try {
      expect(describeMediaError('microphone', named('NotAllowedError'), 'windows')).toBe(
        'Der Zugriff auf das Mikrofon wurde verweigert. Öffnen Sie zum Erlauben Einstellungen › Datenschutz und Sicherheit › Mikrofon, schalten Sie den Zugriff und „Desktop-Apps den Zugriff auf Ihr Mikrofon erlauben“ ein und nehmen Sie dann erneut teil.',
      );
      expect(describeMediaError('camera and microphone', named('NotFoundError'), 'linux')).toBe('Es wurde keine Kamera und kein Mikrofon gefunden.');
      // The browser's own detail is kept as it came.
      expect(describeMediaError('camera', new TypeError('Invalid constraint'), 'linux')).toBe('Die Kamera konnte nicht verwendet werden: Invalid constraint.');
      setLocale('ja');
      expect(describeMediaError('camera', named('NotReadableError'), 'macos')).toBe('カメラを開始できませんでした。ほかのアプリが使っている可能性があります。');
    } finally {
      setLocale('en');
    }
  });
});

describe('a device problem kept as what it says', () => {
  it('is said again in the new language after a switch, with the browser\'s detail as it came', () => {
    const denied = mediaErrorProblem('camera', named('NotAllowedError'), 'linux');
    const odd = mediaErrorProblem('microphone', new TypeError('Invalid constraint'), 'linux');
    expect(deviceProblemText(odd)).toBe('The microphone could not be used: Invalid constraint.');
    setLocale('fr');
    try {
      expect(deviceProblemText(denied)).toBe(describeMediaError('camera', named('NotAllowedError'), 'linux'));
      expect(deviceProblemText(denied)).toMatch(/^L'accès à la caméra a été refusé\. /);
      expect(deviceProblemText(odd)).toBe("Le micro n'a pas pu être utilisé : Invalid constraint.");
      // English on request (what main's log gets), whatever the language shown.
      expect(deviceProblemText(denied, 'en')).toBe(
        "Access to the camera was denied. To allow it, check your desktop's privacy settings (and the app's Flatpak or Snap permissions) for the camera, then join again.",
      );
    } finally {
      setLocale('en');
    }
  });
});
