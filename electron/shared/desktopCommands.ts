// The installed app's own state and actions the renderer shows: updates ("Restart to update",
// "Check for updates now"), the system-wide shortcuts (and why one could not be taken), and the
// node certificates a person trusted. Until the desktop app attaches they answer not_found.
import type { CommandError } from './result';
import type { SettingsView } from './settings';
import type { SystemShortcutKeys } from './shortcutKeys';

export interface DesktopStatus {
  /** The downloaded update's version, offered as "Restart to update" (never during a meeting); null when none. */
  updateReady: string | null;
  /** What the last "Check for updates now" found, in words; null before any. */
  updateCheck: string | null;
  /** Whether the system-wide shortcuts are held now (setting on, in a meeting). */
  systemShortcutsActive: boolean;
  /** Why a system-wide shortcut could not be taken (another app holds it), in words; null when none. */
  systemShortcutsProblem: string | null;
}

export interface TrustedCertificate {
  host: string;
  fingerprint: string;
}

export interface DesktopCommandMap {
  desktopStatus: { arg: null; value: DesktopStatus; error: CommandError };
  updateCheckNow: { arg: null; value: DesktopStatus; error: CommandError };
  /** Quits and installs the downloaded update; refused (forbidden) during a meeting. */
  updateRestart: { arg: null; value: null; error: CommandError };
  trustedCertificates: { arg: null; value: TrustedCertificate[]; error: CommandError };
  /** Forgets a trusted certificate: the node's certificate is verified again (and asked about). */
  trustedCertificateForget: { arg: { host: string }; value: TrustedCertificate[]; error: CommandError };
  /**
   * New keys for a system-wide shortcut (Settings' key capture). Toggle mute's keys are tried with
   * the OS first: keys another app holds are refused (failed, in words) and the old keys stay.
   */
  systemShortcutKeysChange: { arg: Partial<SystemShortcutKeys>; value: SettingsView; error: CommandError };
}

export const desktopCommandNames = ['desktopStatus', 'updateCheckNow', 'updateRestart', 'trustedCertificates', 'trustedCertificateForget', 'systemShortcutKeysChange'] as const satisfies readonly (keyof DesktopCommandMap)[];

export type DesktopStatusEventBody =
  /** The desktop status changed (an update is ready, shortcuts taken or refused). */
  | { type: 'desktop_status'; status: DesktopStatus }
  /** A system-wide shortcut while another app has focus: toggle mute, or push-to-talk down/up. */
  | { type: 'system_shortcut'; action: 'toggle_microphone' | 'talk_start' | 'talk_end' };
