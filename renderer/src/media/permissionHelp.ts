// How to allow Parley to use the camera or microphone, in the words of the person's own system
// and in their language.
import { t } from '../i18n';
import type { Locale } from '../i18n/locales';
export type DesktopOs = 'macos' | 'windows' | 'linux';

/** The desktop system this renderer runs on, from what the browser says about its platform. */
export function currentOs(nav: Pick<Navigator, 'userAgent'> | undefined = globalThis.navigator): DesktopOs {
  const agent = nav?.userAgent ?? '';
  if (/Mac OS X|Macintosh/i.test(agent)) return 'macos';
  if (/Windows/i.test(agent)) return 'windows';
  return 'linux';
}

/** The message group of a device (renderer/src/i18n/locales: mediaAccess.<device>.*). */
export function deviceMessages(device: 'camera' | 'microphone' | 'camera and microphone'): 'camera' | 'microphone' | 'both' {
  return device === 'camera and microphone' ? 'both' : device;
}

/** How to allow the device, in the person's language and the words of their system's settings. */
export function permissionHelp(device: 'camera' | 'microphone' | 'camera and microphone', os: DesktopOs, locale?: Locale): string {
  const key = `mediaAccess.${deviceMessages(device)}.${os}`;
  return locale ? t(key, {}, { locale }) : t(key);
}
