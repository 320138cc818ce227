// Kiosk room system: the commands the room display sends and the events it receives. The room
// policy itself (when to join, retry, restore) runs in the main process or the browser host.
import type { CommandError } from './result';
import type { Locale } from './locales';
import type { JoinedInfo } from './meeting';
import type { SessionEndWording } from './sessionEndWording';
import type { KioskConfigProblem } from './kioskConfigProblems';
import type { JoinReason, JoinReasonValues } from './coreCommands';

/**
 * What a kiosk's `reason` says, as a code the renderer translates: Parley's own reason a meeting
 * ended, a refused join's wording, the room's own ("the room could not join", "media failed"), or the
 * call problem the room display reported (`display`: the reason is the English it sent, and the display
 * says it in the room's language from what it kept).
 */
export type KioskReasonWording =
  | { kind: 'session'; wording: SessionEndWording }
  | { kind: 'join'; wording: JoinReason; values?: JoinReasonValues }
  | { kind: 'room'; wording: 'joinFailed' | 'mediaFailed' }
  | { kind: 'display' };

/** A refused setup; `configProblems` are why the configuration it wrote cannot be used. */
export interface KioskSetupError extends CommandError {
  configProblems?: KioskConfigProblem[];
}

/** Where the room is: idle shows a large Join; reconnecting shows the reason. */
export type KioskState = 'setup' | 'idle' | 'joining' | 'in_meeting' | 'reconnecting';

/** What the room restores after every rejoin. */
export interface KioskRoomState {
  micMuted: boolean;
  cameraOff: boolean;
  /** 0–100. */
  volume: number;
  captions: boolean;
  /** Requested layout (e.g. "1:7", "ac"); null keeps the node's. */
  layout: string | null;
}

/** Pexip's call-rate choices; the room's configured one caps what it sends. */
export type KioskBandwidth = 'low' | 'medium' | 'high' | 'maximum';

/** The camera background effects a room can be configured with (the renderer's choices, minus a person's own picture). */
export const kioskBackgroundEffects = ['off', 'blur-slight', 'blur-strong', 'image-office', 'image-beach', 'image-forest'] as const;
export type KioskBackgroundEffect = (typeof kioskBackgroundEffects)[number];

/** The room's configured media choices, applied on the room display (not remembered there). */
export interface KioskMediaChoices {
  /** null: the room display's own (default) choice. */
  bandwidth: KioskBandwidth | null;
  /** RNNoise on the room's microphone; null: the room display's own (default) choice. Absent from an older policy. */
  rnnoise?: boolean | null;
  /** The room camera's background effect; null or absent: the display's own (off unless changed there). */
  backgroundEffect?: KioskBackgroundEffect | null;
}

/** Devices the room should use, matched by label. */
export interface KioskDevices {
  camera: string | null;
  microphone: string | null;
  speaker: string | null;
}

export interface KioskStatus {
  state: KioskState;
  /** Why the room is reconnecting (or what stopped it), in words. */
  reason: string | null;
  /** `reason` as a code (absent or null: `reason` is the node's or the display's own text, or an older main). */
  reasonWording?: KioskReasonWording | null;
  /** Epoch ms when `state` was entered. */
  since: number;
  reconnectCount: number;
  /** The meeting the room is in, when in_meeting. */
  meeting: JoinedInfo | null;
  room: KioskRoomState;
  devices: KioskDevices;
  /** The room's bandwidth and background effect choices; absent from an older policy. */
  media?: KioskMediaChoices;
  /** Meeting alias and name shown on the idle screen. */
  alias: string;
  displayName: string;
  /** True once an admin PIN is configured: setup and exit ask for it. */
  adminPinSet: boolean;
  /** Configuration problems (key and problem) when the file is invalid. */
  configProblems: string[];
  /** The same problems as codes the renderer translates (absent from an older main: `configProblems` is shown). */
  configProblemWordings?: KioskConfigProblem[];
  /** The room's calendar, when one is configured. */
  calendar: KioskCalendarView | null;
  /** The configuration's `language` (above the display's settings and OS); absent or null: not set. */
  language?: Locale | null;
}

/** One meeting on the idle screen. */
export interface KioskCalendarEntry {
  /** null when titles are hidden for privacy. */
  title: string | null;
  /** Epoch ms. */
  start: number;
  end: number;
  /** False: the event has no Pexip meeting in it (shown, not joinable). */
  joinable: boolean;
}

/** What the idle screen shows of the calendar: "Now", "Next", and whether the feed is current. */
export interface KioskCalendarView {
  now: KioskCalendarEntry | null;
  next: KioskCalendarEntry | null;
  /** Today's all-day events (titles, or null when hidden). */
  allDay: (string | null)[];
  /** Why the last refresh failed (the last good copy is shown), or null. */
  problem: string | null;
  /** Epoch ms of the last good refresh, or null before the first. */
  lastRefresh: number | null;
}

/** Media figures the room display reports while in a call, for /metrics. */
export interface KioskMediaStats {
  /** Bits per second received and sent over the last interval. */
  bitrateIn: number;
  bitrateOut: number;
  /** Fraction (0–1) of packets lost coming in, and reported lost by the far end going out. */
  packetLossIn: number;
  packetLossOut: number;
}

/** What the first-run setup screen writes. */
export interface KioskSetupFields {
  node: string;
  alias: string;
  displayName: string;
  pin?: string;
  autoJoin: boolean;
  /** A new admin PIN (digits); empty keeps the current one. */
  newAdminPin?: string;
}

export type KioskRoomChange = Partial<Omit<KioskRoomState, 'layout'>>;

export interface KioskCommandMap {
  /** The kiosk status, or null when Parley is not in kiosk mode. */
  kioskStatus: { arg: null; value: KioskStatus | null; error: CommandError };
  /** The large Join / Rejoin: join now (resets the backoff). */
  kioskJoin: { arg: null; value: null; error: CommandError };
  /** Leave and stay on the idle screen until Join. */
  kioskLeave: { arg: null; value: null; error: CommandError };
  /** The room's media failed (ICE failed, call disconnected): the policy rejoins. */
  kioskMediaFailed: { arg: { reason: string }; value: null; error: CommandError };
  /** Microphone, camera, volume or captions changed on the room display; restored after a rejoin. */
  kioskSetRoom: { arg: KioskRoomChange; value: null; error: CommandError };
  /** Checks the admin PIN (attempts are rate-limited). */
  kioskCheckAdminPin: { arg: { pin: string }; value: boolean; error: CommandError };
  /** Writes the configuration from the setup screen (needs the admin PIN once one is set). */
  /** A refusal may say why the saved configuration cannot be used (`configProblems`, as codes). */
  kioskSaveSetup: { arg: { adminPin: string; fields: KioskSetupFields }; value: KioskStatus; error: KioskSetupError };
  /** The administrator leaves kiosk mode (needs the admin PIN). */
  kioskExit: { arg: { adminPin: string }; value: null; error: CommandError };
  /** The room display's media figures (every few seconds in a call), served on /metrics. */
  kioskMediaStats: { arg: KioskMediaStats; value: null; error: CommandError };
}

export const kioskCommandNames = [
  'kioskStatus',
  'kioskJoin',
  'kioskLeave',
  'kioskMediaFailed',
  'kioskSetRoom',
  'kioskCheckAdminPin',
  'kioskSaveSetup',
  'kioskExit',
  'kioskMediaStats',
] as const satisfies readonly (keyof KioskCommandMap)[];

export type KioskEventBody =
  /** The room's status changed (state, reason, meeting, room state). */
  | { type: 'kiosk_status'; status: KioskStatus }
  /** The policy joined by itself: start the call and restore microphone and camera. */
  | { type: 'kiosk_joined'; info: JoinedInfo; room: KioskRoomState };

/** The documented key combination that opens the admin PIN prompt. */
export const kioskAdminKeys = { ctrl: true, alt: true, shift: true, key: 'K' } as const;
