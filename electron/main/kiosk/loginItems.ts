// Start at login: the operating system's login items on Windows and macOS, and an XDG autostart
// entry on Linux, each starting the room as this launch did (see loginLaunch.ts).
import { app } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../../service';
import { autostartEntry, autostartExecutable, autostartPath } from './autostartEntry';

export async function applyStartAtLogin(enabled: boolean, args: readonly string[], logger: Logger): Promise<void> {
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
        logger.warn('kiosk start at login on macOS cannot pass command-line flags: put them in the system or user configuration file', { lost });
      }
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled, path: process.execPath, args: [...args] });
    }
    logger.info('kiosk start at login', { enabled });
  } catch (error) {
    logger.warn('kiosk start at login not applied', { error });
  }
}
