// How to allow Parley to use the camera or microphone, in the words of the person's own system.
export type DesktopOs = 'macos' | 'windows' | 'linux';

/** The desktop system this renderer runs on, from what the browser says about its platform. */
export function currentOs(nav: Pick<Navigator, 'userAgent'> | undefined = globalThis.navigator): DesktopOs {
  const agent = nav?.userAgent ?? '';
  if (/Mac OS X|Macintosh/i.test(agent)) return 'macos';
  if (/Windows/i.test(agent)) return 'windows';
  return 'linux';
}

export function permissionHelp(device: 'camera' | 'microphone' | 'camera and microphone', os: DesktopOs): string {
  const settings = device === 'camera and microphone' ? 'Camera and Microphone' : device === 'camera' ? 'Camera' : 'Microphone';
  switch (os) {
    case 'macos':
      return `To allow it, open System Settings › Privacy & Security › ${settings}, turn Parley on, then restart Parley.`;
    case 'windows':
      return `To allow it, open Settings › Privacy & security › ${settings}, turn on access and "Let desktop apps access your ${device}", then join again.`;
    case 'linux':
      return `To allow it, check your desktop's privacy settings (and the app's Flatpak or Snap permissions) for the ${device}, then join again.`;
  }
}
