// Where an administrator puts the kiosk configuration on each operating system.
import { posix, win32 } from 'node:path';

export interface KioskConfigPaths {
  /** Deployed for every user of the machine. */
  system: string;
  /** This user's own file; the setup screen writes here unless --config or PARLEY_CONFIG names one. */
  user: string;
}

export function kioskConfigPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): KioskConfigPaths {
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
    const appData = env.APPDATA ?? win32.join(home, 'AppData', 'Roaming');
    return { system: win32.join(programData, 'Parley', 'kiosk.json'), user: win32.join(appData, 'Parley', 'kiosk.json') };
  }
  if (platform === 'darwin') {
    return {
      system: '/Library/Application Support/Parley/kiosk.json',
      user: posix.join(home, 'Library', 'Application Support', 'Parley', 'kiosk.json'),
    };
  }
  const configHome = env.XDG_CONFIG_HOME || posix.join(home, '.config');
  return { system: '/etc/parley/kiosk.json', user: posix.join(configHome, 'Parley', 'kiosk.json') };
}
