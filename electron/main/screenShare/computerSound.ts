// "Share computer sound": whether this computer can capture what it plays, by operating system and
// version, as Chromium in Electron 45 does it. No electron import: unit-tested as is.
// - Windows: WASAPI loopback (always there). It captures the meeting's own sound too.
// - macOS 14.2+: Core Audio process taps (Chromium's MacCatapLoopbackAudioForScreenShare), which
//   leave the capturing application's own output out. macOS 13–14.1: ScreenCaptureKit audio
//   (MacLoopbackAudioForScreenShare), which can exclude the current process's audio. Older: none.
// - Linux: Chromium's PulseAudio loopback (PulseaudioLoopbackForScreenShare), served by PipeWire's
//   PulseAudio server on current desktops. The ScreenCast portal itself carries no audio, so
//   without a PipeWire/PulseAudio server there is nothing to capture.
import type { ComputerSoundUnavailable } from '../../shared/presentationCommands';

export type ComputerSoundMethod = 'windows-loopback' | 'mac-core-audio-tap' | 'mac-screencapturekit' | 'linux-pulse-loopback';

export type ComputerSoundSupport =
  | {
      available: true;
      method: ComputerSoundMethod;
      /** The Chromium feature to enable at startup, or null when it is on by default. */
      chromiumFeature: string | null;
      /** Whether the meeting's own sound ends up in what is shared. */
      ownAudio: 'excluded' | 'included';
    }
  | { available: false; reason: string; code: ComputerSoundUnavailable };

export interface ComputerSoundFacts {
  platform: NodeJS.Platform;
  /** os.release(): the Darwin kernel version on macOS ("23.2.0" is macOS 14.2). */
  osRelease: string;
  /** Linux: a PipeWire or PulseAudio server socket exists for this user. */
  audioServer?: boolean;
  /** macOS screen-recording permission (ScreenCaptureKit and taps need it). */
  screenAccess?: string;
}

/** macOS version from the Darwin kernel version: Darwin 20 is macOS 11, 22 is 13, 23.2 is 14.2. */
export function macVersionOf(osRelease: string): { major: number; minor: number } | null {
  const match = /^(\d+)\.(\d+)/.exec(osRelease.trim());
  if (!match) return null;
  const darwin = Number(match[1]);
  const minor = Number(match[2]);
  if (darwin < 20) return null;
  return { major: darwin - 9, minor };
}

export const ownAudioIncludedNote = 'This shares everything your computer plays, including this meeting, so others may hear themselves.';

export function computerSoundSupport(facts: ComputerSoundFacts): ComputerSoundSupport {
  switch (facts.platform) {
    case 'win32':
      return { available: true, method: 'windows-loopback', chromiumFeature: null, ownAudio: 'included' };
    case 'darwin': {
      const version = macVersionOf(facts.osRelease);
      if (!version || version.major < 13) return { available: false, reason: 'Sharing computer sound needs macOS 13 or later.', code: 'mac_version' };
      if (facts.screenAccess !== undefined && facts.screenAccess !== 'granted') {
        return { available: false, reason: 'Sharing computer sound needs the screen recording permission for Parley.', code: 'screen_permission' };
      }
      const taps = version.major > 14 || (version.major === 14 && version.minor >= 2);
      return taps
        ? { available: true, method: 'mac-core-audio-tap', chromiumFeature: 'MacCatapLoopbackAudioForScreenShare', ownAudio: 'excluded' }
        : { available: true, method: 'mac-screencapturekit', chromiumFeature: 'MacLoopbackAudioForScreenShare', ownAudio: 'excluded' };
    }
    case 'linux':
      return facts.audioServer
        ? { available: true, method: 'linux-pulse-loopback', chromiumFeature: 'PulseaudioLoopbackForScreenShare', ownAudio: 'included' }
        : { available: false, reason: 'Sharing computer sound needs PipeWire or PulseAudio, which this computer is not running.', code: 'no_audio_server' };
    default:
      return { available: false, reason: 'Sharing computer sound is not available on this system.', code: 'unsupported' };
  }
}
