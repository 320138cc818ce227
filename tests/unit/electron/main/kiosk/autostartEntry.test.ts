// The Linux autostart entry must start exactly the installed program: Exec arguments written by
// the Desktop Entry specification's quoting rules, and an AppImage's own file.
import { describe, expect, it } from 'vitest';
import { autostartEntry, autostartExecutable, autostartPath } from '../../../../../electron/main/kiosk/autostartEntry';

const execLine = (execPath: string): string | undefined =>
  autostartEntry(execPath, ['--kiosk'])
    .split('\n')
    .find((line) => line.startsWith('Exec='));

describe('autostart entry', () => {
  it('writes a plain path as is', () => {
    expect(execLine('/opt/Parley/parley')).toBe('Exec=/opt/Parley/parley --kiosk');
  });

  it('quotes every reserved character and escapes inside the quotes', () => {
    expect(execLine("/opt/it's/parley")).toBe(`Exec="/opt/it's/parley" --kiosk`);
    expect(execLine('/home/a b/$x.AppImage')).toBe('Exec="/home/a b/\\\\$x.AppImage" --kiosk');
    // A literal backslash takes four in the file: quoting escape, then string escape.
    expect(execLine('/opt/a\\b/parley')).toBe('Exec="/opt/a\\\\\\\\b/parley" --kiosk');
    expect(execLine('/opt/100%/parley')).toBe('Exec=/opt/100%%/parley --kiosk');
  });

  it('refuses a line break, which would add lines to the file', () => {
    expect(() => autostartEntry('/opt/parley\nExec=/bin/sh', ['--kiosk'])).toThrow();
  });

  it('starts the AppImage file itself, not its temporary mount', () => {
    expect(autostartExecutable({ APPIMAGE: '/home/room/Parley.AppImage' }, '/tmp/.mount_Parley1/parley')).toBe('/home/room/Parley.AppImage');
    expect(autostartExecutable({}, '/opt/Parley/parley')).toBe('/opt/Parley/parley');
    expect(autostartPath({ XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/autostart/parley-kiosk.desktop');
  });
});
