// Start at login must bring the room back as it was started: every kiosk flag, PARLEY_CONFIG as
// an absolute --config, and nothing that is not a kiosk flag.
import { describe, expect, it } from 'vitest';
import { loginLaunchArgs } from '../../../../../electron/main/kiosk/loginLaunch';

describe('login launch', () => {
  it('keeps --config, --status-port and flag-set keys, in both spellings', () => {
    expect(loginLaunchArgs(['--kiosk', '--config', '/etc/room.json', '--status-port=9090', '--display-name', 'Room 2', '--no-captions', '--auto-join'], {}, '/home/room')).toEqual([
      '--kiosk',
      '--config=/etc/room.json',
      '--status-port=9090',
      '--display-name=Room 2',
      '--no-captions',
      '--auto-join',
    ]);
  });

  it('turns PARLEY_CONFIG into an absolute --config, and makes a relative --config absolute', () => {
    expect(loginLaunchArgs(['--kiosk'], { PARLEY_CONFIG: 'rooms/a.json' }, '/home/room')).toEqual(['--kiosk', '--config=/home/room/rooms/a.json']);
    expect(loginLaunchArgs(['--config=b.json'], {}, '/srv')).toEqual(['--kiosk', '--config=/srv/b.json']);
    // --config outranks PARLEY_CONFIG, as in the configuration layers.
    expect(loginLaunchArgs(['--config=/etc/b.json'], { PARLEY_CONFIG: '/etc/a.json' }, '/')).toEqual(['--kiosk', '--config=/etc/b.json']);
  });

  it('always starts kiosk mode and leaves out what is not a kiosk flag', () => {
    expect(loginLaunchArgs(['--inspect=9229', 'stray', '--node'], {}, '/')).toEqual(['--kiosk']);
  });
});
