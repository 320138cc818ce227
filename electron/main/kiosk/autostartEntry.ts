// The Linux XDG autostart entry for the room (~/.config/autostart/parley-kiosk.desktop). No
// electron import, so it is unit-tested as is.
import { homedir } from 'node:os';
import { join } from 'node:path';

// Characters the Desktop Entry specification reserves in an Exec argument: it must be quoted.
const reserved = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One Exec argument: quoted when it holds a reserved character (with ", `, $ and \ escaped
 * inside), then backslashes doubled as in any string value, and a literal % written %%.
 */
function execArgument(part: string): string {
  if (/[\r\n]/.test(part)) throw new Error('An Exec argument cannot hold a line break.');
  const quoted = reserved.test(part) ? `"${part.replace(/(["`$\\])/g, '\\$1')}"` : part;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

export function autostartEntry(execPath: string, args: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Parley Room',
    'Comment=Parley kiosk room system',
    `Exec=${[execPath, ...args].map(execArgument).join(' ')}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

export function autostartPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart', 'parley-kiosk.desktop');
}

/** The program to start at login: an AppImage's own file, not its mount point that is gone after a reboot. */
export function autostartExecutable(env: NodeJS.ProcessEnv, execPath: string): string {
  return env.APPIMAGE || execPath;
}
