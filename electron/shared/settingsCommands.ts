// Settings and recent meetings (the desktop app): the renderer reads and changes them; main
// stores them (conf, secrets through safeStorage). Until a host attaches a store they answer not_found.
import type { CommandError } from './result';
import type { RecentMeeting, SettingsChange, SettingsView } from './settings';
import type { WindowMode } from './desktopWindow';

export interface RememberMeeting {
  node: string;
  alias: string;
  conferenceName: string;
  /** Only with rememberPin: then stored encrypted, or not at all. */
  pin?: string;
  rememberPin: boolean;
}

export interface RecentMeetingJoin {
  node: string;
  alias: string;
  /** The remembered PIN, decrypted for this join only; null when none was remembered. */
  pin: string | null;
}

/** What the tray shows of the meeting (the renderer owns microphone and camera). */
export interface DesktopMeetingState {
  name: string;
  microphoneMuted: boolean;
  cameraOff: boolean;
  /**
   * The chat panel is open (absent: closed). Main counts the dock/taskbar badge itself, since only
   * it knows whether the window is focused, minimized or hidden in the tray.
   */
  chatOpen?: boolean;
}

export interface SettingsCommandMap {
  settingsRead: { arg: null; value: SettingsView; error: CommandError };
  /** Changes some settings; locked ones are refused (forbidden) with their names. */
  settingsWrite: { arg: SettingsChange; value: SettingsView; error: CommandError };
  recentMeetings: { arg: null; value: RecentMeeting[]; error: CommandError };
  /** After a join: moves the meeting to the top of "Recent meetings". */
  recentMeetingRemember: { arg: RememberMeeting; value: { pinRemembered: boolean }; error: CommandError };
  /** One-click rejoin: what to join with. */
  recentMeetingOpen: { arg: { id: string }; value: RecentMeetingJoin; error: CommandError };
  recentMeetingForget: { arg: { id: string }; value: RecentMeeting[]; error: CommandError };
  /** The meeting as the tray shows it, or null outside one (the renderer reports each change). */
  desktopMeetingState: { arg: DesktopMeetingState | null; value: null; error: CommandError };
  /**
   * "Mini view" / "Back to full view": main shrinks the window to the always-on-top mini window or
   * restores it. `sharing`: asked because sharing started or stopped (the window moves out of the
   * way of what is shared), which a host without a window to move answers with the full view.
   */
  desktopWindowMode: { arg: { mode: WindowMode; sharing?: boolean }; value: { mode: WindowMode }; error: CommandError };
}

export const settingsCommandNames = [
  'settingsRead',
  'settingsWrite',
  'recentMeetings',
  'recentMeetingRemember',
  'recentMeetingOpen',
  'recentMeetingForget',
  'desktopMeetingState',
  'desktopWindowMode',
] as const satisfies readonly (keyof SettingsCommandMap)[];
