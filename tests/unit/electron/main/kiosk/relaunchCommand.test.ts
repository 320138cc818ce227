// The daily restart of an AppImage starts its own file again: app.relaunch() would re-run a binary
// inside the AppImage's mount, which is gone once the process exits.
import { describe, expect, it } from 'vitest';
import { relaunchCommand } from '../../../../../electron/main/kiosk/relaunchCommand';

describe('relaunch command', () => {
  it('spawns $APPIMAGE with the same flags', () => {
    expect(relaunchCommand({ APPIMAGE: '/home/room/Parley.AppImage' }, ['--kiosk', '--status-port=9090'])).toEqual({
      kind: 'spawn',
      command: '/home/room/Parley.AppImage',
      args: ['--kiosk', '--status-port=9090'],
    });
  });

  it('uses app.relaunch() everywhere else', () => {
    expect(relaunchCommand({}, ['--kiosk'])).toEqual({ kind: 'electron' });
  });
});
