// Start at login: the operating system's login items on Windows and macOS, and an XDG autostart
// entry on Linux.
import { app } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../../service';
import { autostartEntry, autostartExecutable, autostartPath } from './autostartEntry';

const kioskArgs = ['--kiosk'];

export async function applyStartAtLogin(enabled: boolean, logger: Logger): Promise<void> {
  try {
    if (process.platform === 'linux') {
      const path = autostartPath();
      if (enabled) {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, autostartEntry(autostartExecutable(process.env, process.execPath), kioskArgs));
      } else {
        await rm(path, { force: true });
      }
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled, args: kioskArgs });
    }
    logger.info('kiosk start at login', { enabled });
  } catch (error) {
    logger.warn('kiosk start at login not applied', { error });
  }
}
