// Start at login: the operating system's login items on Windows and macOS, and an XDG autostart
// entry on Linux, each starting the room as this launch did (see loginLaunch.ts). The desktop app
// shares it; the log says which app set the entry (both write the same OS entry).
import { app } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../../service';
import { autostartEntry, autostartExecutable, autostartPath } from './autostartEntry';

/** Which app sets the login item, as its log lines name it. */
export type LoginItemOwner = 'kiosk' | 'desktop';

export async function applyStartAtLogin(owner: LoginItemOwner, enabled: boolean, args: readonly string[], logger: Logger): Promise<void> {
  try {
    if (process.platform === 'linux') {
      const path = autostartPath();
      if (enabled) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, autostartEntry(autostartExecutable(process.env, process.execPath), args));
      } else {
        await rm(path, { force: true });
      }
    } else if (process.platform === 'darwin') {
      // macOS login items take no arguments (setLoginItemSettings' args and path are Windows-only):
      // at login Parley finds kiosk mode and its settings in the configuration files.
      app.setLoginItemSettings({ openAtLogin: enabled });
      const lost = args.filter((arg) => arg !== '--kiosk');
      if (enabled && lost.length > 0) {
        logger.warn(`${owner} start at login on macOS cannot pass command-line flags: put them in the system or user configuration file`, { lost });
      }
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled, path: process.execPath, args: [...args] });
    }
    logger.info(`${owner} start at login`, { enabled });
  } catch (error) {
    logger.warn(`${owner} start at login not applied`, { error });
  }
}
