// "Share computer sound": whether this computer can capture what it plays, by operating system and
// version, as Chromium in Electron 45 does it, and how our own call's sound is kept out of it (no
// echo of the meeting back into itself). No electron import: unit-tested as is.
// The display-media handler grants audio by a Chromium loopback device id. Electron documents
// "loopback" and "loopbackWithMute" and hands any id to Chromium unchanged; Chromium has a third,
// "loopbackWithoutChrome" (media::AudioDeviceDescription::kLoopbackWithoutChromeId): everything the
// computer plays except Chromium's own output, i.e. except this meeting. Chromium supports it on
// Windows, macOS and ChromeOS only. ("loopbackWithMute" is no answer: it silences the meeting for
// the presenter.)
// - Windows 10 build 20348 and later (Windows 11, Server 2022): "loopbackWithoutChrome", WASAPI
//   process loopback excluding Parley's process tree (the build Microsoft documents for
//   AUDIOCLIENT_ACTIVATION_TYPE_PROCESS_LOOPBACK). Older Windows: plain WASAPI loopback, which
//   captures the meeting too.
// - macOS 14.2+: Core Audio process taps (Chromium's MacCatapLoopbackAudioForScreenShare); macOS
//   13–14.1: ScreenCaptureKit audio (MacLoopbackAudioForScreenShare). Both leave Chromium's own
//   output out only when asked for "loopbackWithoutChrome" (SCK's excludesCurrentProcessAudio).
// - Linux: Chromium's PulseAudio loopback (PulseaudioLoopbackForScreenShare, served by PipeWire's
//   PulseAudio server on current desktops) records the default output's monitor, the meeting
//   included, and Chromium has no own-audio exclusion there. The ScreenCast portal carries no audio.
// Where the meeting cannot be left out, the captured sound goes through Chromium's echo canceller,
// whose reference is what Parley itself plays: it lowers the meeting in the shared sound without
// removing it, so the picker still says others may hear themselves.
import type { ComputerSoundUnavailable } from '../../shared/presentationCommands';

import { computerSoundTexts } from './computerSoundTexts';

/** The Chromium loopback device id granted to getDisplayMedia. */
export type LoopbackDevice = 'loopback' | 'loopbackWithoutChrome';

export type ComputerSoundMethod =
  | 'windows-process-loopback'
  | 'windows-loopback'
  | 'mac-core-audio-tap'
  | 'mac-screencapturekit'
  | 'linux-pulse-loopback';

export type ComputerSoundSupport =
  | {
      available: true;
      method: ComputerSoundMethod;
      /** The Chromium feature to enable at startup, or null when it is on by default. */
      chromiumFeature: string | null;
      /** What the display-media handler grants. */
      device: LoopbackDevice;
      /** Whether the meeting's own sound ends up in what is shared. */
      ownAudio: 'excluded' | 'included';
      /** Run the captured sound through Chromium's echo canceller (where the meeting is included). */
      cancelOwnEcho: boolean;
    }
  | { available: false; reason: string; code: ComputerSoundUnavailable };

export interface ComputerSoundFacts {
  platform: NodeJS.Platform;
  /** os.release(): "10.0.22631" on Windows (the build is the third part); the Darwin version on macOS. */
  osRelease: string;
  /** Linux: a PipeWire or PulseAudio server socket exists for this user. */
  audioServer?: boolean;
  /** macOS screen-recording permission (ScreenCaptureKit and taps need it). */
  screenAccess?: string;
}

/** The first Windows build with process loopback (Windows 10 build 20348, Windows 11). */
export const processLoopbackWindowsBuild = 20348;

/** The Windows build number from os.release() ("10.0.22631" → 22631); null when unreadable. */
export function windowsBuildOf(osRelease: string): number | null {
  const match = /^\d+\.\d+\.(\d+)/.exec(osRelease.trim());
  return match ? Number(match[1]) : null;
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

export const ownAudioIncludedNote = computerSoundTexts.ownAudioIncluded;

const included = { device: 'loopback', ownAudio: 'included', cancelOwnEcho: true } as const;
const excluded = { device: 'loopbackWithoutChrome', ownAudio: 'excluded', cancelOwnEcho: false } as const;

export function computerSoundSupport(facts: ComputerSoundFacts): ComputerSoundSupport {
  switch (facts.platform) {
    case 'win32': {
      const build = windowsBuildOf(facts.osRelease);
      return build !== null && build >= processLoopbackWindowsBuild
        ? { available: true, method: 'windows-process-loopback', chromiumFeature: null, ...excluded }
        : { available: true, method: 'windows-loopback', chromiumFeature: null, ...included };
    }
    case 'darwin': {
      const version = macVersionOf(facts.osRelease);
      if (!version || version.major < 13) return { available: false, reason: computerSoundTexts.needsMacOs13, code: 'mac_version' };
      if (facts.screenAccess !== undefined && facts.screenAccess !== 'granted') {
        return { available: false, reason: computerSoundTexts.needsScreenRecording, code: 'screen_permission' };
      }
      const taps = version.major > 14 || (version.major === 14 && version.minor >= 2);
      return taps
        ? { available: true, method: 'mac-core-audio-tap', chromiumFeature: 'MacCatapLoopbackAudioForScreenShare', ...excluded }
        : { available: true, method: 'mac-screencapturekit', chromiumFeature: 'MacLoopbackAudioForScreenShare', ...excluded };
    }
    case 'linux':
      return facts.audioServer
        ? { available: true, method: 'linux-pulse-loopback', chromiumFeature: 'PulseaudioLoopbackForScreenShare', ...included }
        : { available: false, reason: computerSoundTexts.needsAudioServer, code: 'no_audio_server' };
    default:
      return { available: false, reason: computerSoundTexts.notOnThisSystem, code: 'unsupported' };
  }
}
