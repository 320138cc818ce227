// Which picker and which options each platform gets: Parley's own picker on Windows, macOS and
// X11; the system portal on Linux Wayland (PipeWire), where applications cannot list windows;
// computer sound where the OS can capture it (computerSound.ts). No electron import: unit-tested as is.
import type { ScreenAccess, ShareCapabilities } from '../../shared/presentationCommands';
import { computerSoundSupport, ownAudioIncludedNote, type ComputerSoundSupport, type LoopbackDevice } from './computerSound';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** systemPreferences.getMediaAccessStatus('screen') on macOS; ignored elsewhere. */
  screenAccess?: string;
  /** What "Share computer sound" can do here; without it, Windows loopback only. */
  computerSound?: ComputerSoundSupport;
}

export function isWaylandSession(env: PlatformFacts['env']): boolean {
  return env.XDG_SESSION_TYPE?.toLowerCase() === 'wayland' || (env.WAYLAND_DISPLAY ?? '') !== '';
}

const accessValues: readonly ScreenAccess[] = ['granted', 'denied', 'not-determined', 'restricted', 'unknown'];

function toScreenAccess(value: string | undefined): ScreenAccess {
  return accessValues.find((known) => known === value) ?? 'unknown';
}

/**
 * Where the meeting cannot be left out of the captured sound (Linux, Windows before build 20348;
 * see computerSound.ts), the option says so.
 */
export const loopbackAudioNote = ownAudioIncludedNote;

export function shareCapabilities(facts: PlatformFacts): ShareCapabilities {
  const mac = facts.platform === 'darwin';
  const wayland = facts.platform === 'linux' && isWaylandSession(facts.env);
  const sound = facts.computerSound ?? computerSoundSupport({ platform: facts.platform, osRelease: '' });
  const audio = sound.available;
  return {
    picker: wayland ? 'system' : 'app',
    audio,
    ...(sound.available && sound.ownAudio === 'included' ? { audioNote: loopbackAudioNote, audioNoteCode: 'own_audio_included' as const } : {}),
    ...(sound.available && sound.cancelOwnEcho ? { audioCancelOwnEcho: true } : {}),
    ...(!sound.available ? { audioUnavailable: sound.reason, audioUnavailableCode: sound.code } : {}),
    screenAccess: mac ? toScreenAccess(facts.screenAccess) : 'granted',
    canOpenSettings: mac,
  };
}

/** The Privacy & Security pane for screen recording in macOS System Settings. */
export const macScreenRecordingSettingsUrl = 'x-apple.systempreferences:com.apple.preference.security?Privacy_ScreenCapture';

export interface ChosenStreams<S> {
  video: S;
  /** The computer's sound: "loopbackWithoutChrome" leaves the meeting out where Chromium can. */
  audio?: LoopbackDevice;
}

/** The streams to grant for a chosen source; audio only where the platform can capture it. */
export function streamsFor<S>(source: S, audio: boolean, platform: NodeJS.Platform, sound?: ComputerSoundSupport): ChosenStreams<S> {
  const support = sound ?? computerSoundSupport({ platform, osRelease: '' });
  return audio && support.available ? { video: source, audio: support.device } : { video: source };
}
