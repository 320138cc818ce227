// Ports: everything a host (Electron main, the browser test host, the kiosk runtime) provides to
// the meeting service, in one file. The service depends on these interfaces only, never on the
// host code that implements them, so imports keep pointing down (host -> service -> infinity).
import type { CommandError, Result } from '../shared/bridge';
import type { SystemShortcutKeys } from '../shared/shortcutKeys';
import type { KioskMediaStats, KioskRoomChange, KioskSetupFields, KioskStatus } from '../shared/kioskCommands';
import type { KioskConfigProblem } from '../shared/kioskConfigProblems';
import type { ShareCapabilities, ShareSource } from '../shared/presentationCommands';
import type { RecentMeeting, SettingsChange, SettingsView } from '../shared/settings';
import type { WindowMode } from '../shared/desktopWindow';
import type { DesktopMeetingState, RecentMeetingJoin, RememberMeeting } from '../shared/settingsCommands';
import type { DesktopStatus, TrustedCertificate } from '../shared/desktopCommands';

/**
 * Certificates a person chose to trust, per host. The interface lives in the Infinity core,
 * whose trust-aware fetch reads it; it is a port all the same, so hosts find it here.
 */
export type { CertificateTrustStore, UnencryptedNodeStore } from '../infinity';

/** The identity provider's sign-in window (Electron main) or popup (browser host); the SSO token stays on the host side. */
export type { SsoSignIn } from '../infinity';

/** What a desktop host (Electron main) provides for Parley's own screen picker. */
export interface ScreenShareHost {
  capabilities(): Promise<ShareCapabilities>;
  listSources(thumbnailWidth: number): Promise<ShareSource[]>;
  /** Remembers the source for the next display-media request; false when no such source exists. */
  choose(sourceId: string, audio: boolean): Promise<boolean>;
  openScreenRecordingSettings(): Promise<void>;
}

/**
 * How a PIN is encrypted at rest. Electron's safeStorage implements it in the main process; the
 * browser host has none, so a PIN there stays in clear text (and the log says so once).
 */
export interface SecretCodec {
  /** False where the platform offers no encryption (Linux without a secret store). */
  available(): Promise<boolean>;
  /** Ciphertext as base64. */
  encrypt(clear: string): Promise<string>;
  /** Rejects when the ciphertext was not made on this machine for this user. */
  decrypt(base64: string): Promise<string>;
}

/** What the kiosk commands drive: the room policy (electron/kiosk/kioskPolicy.ts implements it). */
export interface KioskRoomPolicy {
  status(): KioskStatus;
  /** Joins the configured room (retrying on its own until it is in). */
  join(): void;
  leave(): Promise<void>;
  /** The renderer could not start media; the policy rejoins. */
  mediaFailed(detail: string): Promise<void>;
  setRoom(change: KioskRoomChange): void;
  /** The room display's media figures, for the metrics endpoint. */
  mediaStats(stats: KioskMediaStats): void;
}

/** What kiosk mode attaches to the service: the policy plus the parts only the host knows (files, the window). */
export interface KioskCommandTarget {
  policy: KioskRoomPolicy;
  /** 'not_set': the room has no admin PIN, so nothing may leave kiosk mode or change the room here. */
  checkAdminPin(pin: string): Promise<'accepted' | 'wrong' | 'locked' | 'not_set'>;
  /** First run: no usable configuration and no admin PIN anywhere; setup must then choose one. */
  firstRun(): boolean;
  /** Refused: why the written configuration cannot be used. */
  saveSetup(fields: KioskSetupFields): Promise<Result<KioskStatus, KioskConfigProblem[]>>;
  /** Leaves kiosk mode (Electron: an ordinary window again; browser host: nothing to leave). */
  exit(): Promise<void>;
}

/** The desktop app's settings store (electron/desktop/settingsStore.ts implements it). */
export interface DesktopSettingsTarget {
  read(): Promise<SettingsView>;
  /** Refuses a change to a setting the administrator locked. */
  write(change: SettingsChange): Promise<Result<SettingsView, 'locked'>>;
  recentMeetings(): RecentMeeting[];
  rememberMeeting(meeting: RememberMeeting): Promise<{ pinRemembered: boolean }>;
  openRecentMeeting(id: string): Promise<RecentMeetingJoin | null>;
  forgetRecentMeeting(id: string): RecentMeeting[];
  /** The meeting as the tray shows it (Electron main only). */
  meetingState?(state: DesktopMeetingState | null): void;
  /** Shrinks the window to the mini window or restores it (Electron main only); answers the mode it is now in. */
  windowMode?(mode: WindowMode): WindowMode;
}

/** The desktop app's own state and actions (Electron main). */
export interface DesktopTarget {
  status(): DesktopStatus;
  checkForUpdates(): Promise<DesktopStatus>;
  /** Quits and installs the downloaded update; false (nothing happens) during a meeting or with none ready. */
  restartToUpdate(): boolean;
  trustedCertificates(): TrustedCertificate[];
  forgetCertificate(host: string): Promise<TrustedCertificate[]>;
  /** New system-wide shortcut keys, refused in words when another app holds them (the old keys stay). */
  changeShortcutKeys(change: Partial<SystemShortcutKeys>): Promise<Result<SettingsView, CommandError>>;
}
