// Start at login: the operating system's login items on Windows and macOS, and an XDG autostart
// entry on Linux.
import { app } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../infinity';

const kioskArgs = ['--kiosk'];

export function autostartEntry(execPath: string, args: readonly string[]): string {
  const quote = (part: string): string => (/[\s"\\]/.test(part) ? `"${part.replace(/(["\\`$])/g, '\\$1')}"` : part);
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Parley Room',
    'Comment=Parley kiosk room system',
    `Exec=${[execPath, ...args].map(quote).join(' ')}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

export function autostartPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart', 'parley-kiosk.desktop');
}

export async function applyStartAtLogin(enabled: boolean, logger: Logger): Promise<void> {
  try {
    if (process.platform === 'linux') {
      const path = autostartPath();
      if (enabled) {
        await mkdir(join(path, '..'), { recursive: true });
        await writeFile(path, autostartEntry(process.execPath, kioskArgs));
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
