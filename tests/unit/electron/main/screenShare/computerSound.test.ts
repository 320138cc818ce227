// "Share computer sound" per operating system and version.
import { describe, expect, it } from 'vitest';
import { computerSoundSupport, macVersionOf, windowsBuildOf } from '../../../../../electron/main/screenShare/computerSound';

describe('computer sound support', () => {
  it('maps Darwin kernel versions to macOS versions', () => {
    expect(macVersionOf('22.6.0')).toEqual({ major: 13, minor: 6 });
    expect(macVersionOf('23.2.0')).toEqual({ major: 14, minor: 2 });
    expect(macVersionOf('24.1.0')).toEqual({ major: 15, minor: 1 });
    expect(macVersionOf('19.6.0')).toBeNull();
    expect(macVersionOf('not a version')).toBeNull();
  });

  it('uses Core Audio taps from macOS 14.2, ScreenCaptureKit on 13 to 14.1, nothing before', () => {
    expect(computerSoundSupport({ platform: 'darwin', osRelease: '23.2.0', screenAccess: 'granted' })).toMatchObject({
      available: true,
      method: 'mac-core-audio-tap',
      chromiumFeature: 'MacCatapLoopbackAudioForScreenShare',
      ownAudio: 'excluded',
    });
    expect(computerSoundSupport({ platform: 'darwin', osRelease: '25.0.0' })).toMatchObject({ method: 'mac-core-audio-tap' });
    expect(computerSoundSupport({ platform: 'darwin', osRelease: '23.1.0' })).toMatchObject({ method: 'mac-screencapturekit', chromiumFeature: 'MacLoopbackAudioForScreenShare' });
    expect(computerSoundSupport({ platform: 'darwin', osRelease: '22.0.0' })).toMatchObject({ method: 'mac-screencapturekit' });
    expect(computerSoundSupport({ platform: 'darwin', osRelease: '21.6.0' })).toEqual({ available: false, reason: 'Sharing computer sound needs macOS 13 or later.', code: 'mac_version' });
  });

  it('needs the screen recording permission on macOS', () => {
    expect(computerSoundSupport({ platform: 'darwin', osRelease: '24.0.0', screenAccess: 'denied' })).toEqual({
      available: false,
      reason: 'Sharing computer sound needs the screen recording permission for Parley.',
      code: 'screen_permission',
    });
  });

  it('reads the Windows build from os.release()', () => {
    expect(windowsBuildOf('10.0.22631')).toBe(22631);
    expect(windowsBuildOf('10.0.19045')).toBe(19045);
    expect(windowsBuildOf('')).toBeNull();
    expect(windowsBuildOf('ten')).toBeNull();
  });

  it('leaves the meeting out on Windows from build 20348 with process loopback ("loopbackWithoutChrome")', () => {
    for (const release of ['10.0.22631', '10.0.20348', '10.0.26100']) {
      expect(computerSoundSupport({ platform: 'win32', osRelease: release })).toEqual({
        available: true,
        method: 'windows-process-loopback',
        chromiumFeature: null,
        device: 'loopbackWithoutChrome',
        ownAudio: 'excluded',
        cancelOwnEcho: false,
      });
    }
  });

  it('falls back to plain loopback with echo cancellation on older Windows, which includes the meeting', () => {
    for (const release of ['10.0.19045', '10.0.20347', 'unknown']) {
      expect(computerSoundSupport({ platform: 'win32', osRelease: release })).toEqual({
        available: true,
        method: 'windows-loopback',
        chromiumFeature: null,
        device: 'loopback',
        ownAudio: 'included',
        cancelOwnEcho: true,
      });
    }
  });

  it('asks macOS for the loopback without Chromium, which leaves the meeting out with taps and ScreenCaptureKit', () => {
    for (const release of ['23.2.0', '22.6.0']) {
      expect(computerSoundSupport({ platform: 'darwin', osRelease: release })).toMatchObject({
        device: 'loopbackWithoutChrome',
        ownAudio: 'excluded',
        cancelOwnEcho: false,
      });
    }
  });

  it('uses the PulseAudio loopback on Linux only where PipeWire or PulseAudio runs', () => {
    expect(computerSoundSupport({ platform: 'linux', osRelease: '6.8.0', audioServer: true })).toMatchObject({
      available: true,
      method: 'linux-pulse-loopback',
      chromiumFeature: 'PulseaudioLoopbackForScreenShare',
      // Chromium has no own-audio exclusion on Linux: the meeting is turned down by echo cancellation.
      device: 'loopback',
      ownAudio: 'included',
      cancelOwnEcho: true,
    });
    expect(computerSoundSupport({ platform: 'linux', osRelease: '6.8.0', audioServer: false })).toEqual({
      available: false,
      reason: 'Sharing computer sound needs PipeWire or PulseAudio, which this computer is not running.',
      code: 'no_audio_server',
    });
    expect(computerSoundSupport({ platform: 'freebsd', osRelease: '14.0' })).toMatchObject({ available: false });
  });
});
