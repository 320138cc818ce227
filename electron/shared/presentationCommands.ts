// The presentation area of the bridge contract: taking and releasing the floor, the still images
// of a presentation (fetched by main with the token), and Parley's own screen picker in Electron.
import type { CommandError } from './result';

/**
 * Who chooses what to share: Parley's own picker fed by main ("app"), the operating system's
 * picker (Linux Wayland portal: "system"), or the browser's getDisplayMedia prompt ("browser").
 */
export type SharePickerKind = 'app' | 'system' | 'browser';

/** macOS screen-recording permission as the system reports it; "granted" elsewhere. */
export type ScreenAccess = 'granted' | 'denied' | 'not-determined' | 'restricted' | 'unknown';

/** Why computer sound cannot be shared here, as a code the renderer says in the person's language. */
export type ComputerSoundUnavailable = 'mac_version' | 'screen_permission' | 'no_audio_server' | 'unsupported';

export interface ShareCapabilities {
  picker: SharePickerKind;
  /** Computer audio can be shared with a screen (see electron/main/screenShare/computerSound.ts). */
  audio: boolean;
  /** What sharing computer audio also shares, said beside the option (e.g. the meeting's own sound). */
  audioNote?: string;
  /** The meeting cannot be left out of the computer sound here: capture it with echo cancellation, which turns it down. */
  audioCancelOwnEcho?: boolean;
  /** `audioNote` as a code: the meeting's own sound is shared too. */
  audioNoteCode?: 'own_audio_included';
  /** Why "Share computer sound" is not offered here (the option is shown disabled with it). */
  audioUnavailable?: string;
  /** `audioUnavailable` as a code (absent from an older main: its English is shown). */
  audioUnavailableCode?: ComputerSoundUnavailable;
  screenAccess: ScreenAccess;
  /** The system settings for screen recording can be opened (macOS). */
  canOpenSettings: boolean;
}

export interface ShareSource {
  /** desktopCapturer id ("screen:0:0", "window:1234:0"). */
  id: string;
  /** The system's name, or Parley's English for a screen it gave none ("Entire screen", "Screen 2"). */
  name: string;
  /** Set when Parley named the screen, so the renderer says it in the person's language. */
  unnamedScreen?: { only: boolean; number: number };
  kind: 'screen' | 'window';
  /** data: URL of a current thumbnail (PNG), or null when the system gave none. */
  thumbnail: string | null;
  /** data: URL of the window's application icon, or null. */
  icon: string | null;
}

export interface PresentationFrame {
  /** data: URL of the JPEG still; the token used to fetch it never reaches the renderer. */
  dataUrl: string;
}

export interface PresentationCommandMap {
  /** take_floor: any refusal means we may not present (the error says why). */
  takeFloor: { arg: null; value: null; error: CommandError };
  releaseFloor: { arg: null; value: null; error: CommandError };
  /** presentation.jpeg for a presentation_frame id (default: the latest one). */
  fetchPresentationFrame: { arg: { frameId: string | null; high?: boolean }; value: PresentationFrame; error: CommandError };
  getShareCapabilities: { arg: null; value: ShareCapabilities; error: CommandError };
  /** Screens and windows with fresh thumbnails (Electron's own picker only). */
  listShareSources: { arg: { thumbnailWidth: number }; value: ShareSource[]; error: CommandError };
  /** What the next getDisplayMedia shares; main's display-media handler consumes it once. */
  chooseShareSource: { arg: { sourceId: string; audio: boolean }; value: null; error: CommandError };
  /** Opens the system's screen-recording privacy settings (macOS). */
  openScreenRecordingSettings: { arg: null; value: null; error: CommandError };
}

export const presentationCommandNames = [
  'takeFloor',
  'releaseFloor',
  'fetchPresentationFrame',
  'getShareCapabilities',
  'listShareSources',
  'chooseShareSource',
  'openScreenRecordingSettings',
] as const satisfies readonly (keyof PresentationCommandMap)[];

export type PresentationCommandName = (typeof presentationCommandNames)[number];
