// The desktop app's settings and remembered meetings: one zod schema is both the stored file's
// validation and the settingsWrite argument's. Every field has a default, so an older or partial
// file still reads (what is missing takes its default; what is invalid makes the file corrupt).
import { z } from 'zod';
import { supportedLocales } from './locales';
import { defaultPushToTalkCombination, defaultToggleMuteAccelerator, systemShortcutKeysSchema } from './shortcutKeys';

const label = z.string().trim().max(256);
const nodeAddress = z.string().trim().min(1).max(2048);

// Each field whole; nested objects fill their own missing parts (an older file lacks a newer kind).
const settingsFields = {
  /** Your name, prefilled on the join screen. */
  displayName: label,
  /** Saved Conferencing Nodes; `defaultNode` is one of their addresses (or null). */
  nodes: z.array(z.object({ address: nodeAddress, label: label.default('') })).max(20),
  defaultNode: nodeAddress.nullable(),
  /** Devices remembered by label (ids change between sessions; labels do not). */
  devices: z.object({ camera: label.nullable().default(null), microphone: label.nullable().default(null), speaker: label.nullable().default(null) }),
  joinMuted: z.object({ microphone: z.boolean().default(false), camera: z.boolean().default(false) }),
  /** Native notifications per kind (direct chat messages always notify). */
  notifications: z.object({
    chat: z.boolean().default(true),
    waitingToBeAdmitted: z.boolean().default(true),
    raisedHand: z.boolean().default(true),
    movedOrTransferred: z.boolean().default(true),
    meetingEnded: z.boolean().default(true),
  }),
  /** "Keep the meeting running when the window is closed": asked once (ask), then remembered. */
  keepRunningOnClose: z.enum(['ask', 'keep', 'leave']),
  miniWindow: z.boolean(),
  startAtLogin: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  /** The language of the renderer and of main's own words; "system" follows the OS. */
  language: z.enum(['system', ...supportedLocales]),
  proxy: z.object({ mode: z.enum(['system', 'none', 'manual']).default('system'), url: z.string().trim().max(2048).default('') }),
  updates: z.object({ autoDownload: z.boolean().default(true) }),
  /** Open Pexip's own pexip: links (off by default). */
  pexipLinks: z.boolean(),
  /** System-wide shortcuts (toggle mute, push-to-talk) while another app has focus; off by default. */
  systemShortcuts: z.boolean(),
  /** Their keys; a file from before they could be changed takes today's (Ctrl/Cmd+Alt+M, Ctrl+Alt+Space). */
  systemShortcutKeys: systemShortcutKeysSchema,
};

const settingsObject = z.object(settingsFields);
export type DesktopSettings = z.output<typeof settingsObject>;
export type SettingsKey = keyof DesktopSettings;

const defaults: DesktopSettings = {
  displayName: '',
  nodes: [],
  defaultNode: null,
  devices: { camera: null, microphone: null, speaker: null },
  joinMuted: { microphone: false, camera: false },
  notifications: { chat: true, waitingToBeAdmitted: true, raisedHand: true, movedOrTransferred: true, meetingEnded: true },
  keepRunningOnClose: 'ask',
  miniWindow: true,
  startAtLogin: false,
  theme: 'system',
  language: 'system',
  proxy: { mode: 'system', url: '' },
  updates: { autoDownload: true },
  pexipLinks: false,
  systemShortcuts: false,
  systemShortcutKeys: { toggleMute: defaultToggleMuteAccelerator, pushToTalk: { modifiers: [...defaultPushToTalkCombination.modifiers], key: defaultPushToTalkCombination.key } },
};
export const defaultSettings: Readonly<DesktopSettings> = Object.freeze(defaults);

/** The stored settings: what is missing takes its default, unknown keys (a newer Parley's) are dropped. */
export const settingsSchema = settingsObject.partial().transform((given): DesktopSettings => ({ ...defaultSettings, ...given }));

/** A change from the Settings screen: any top-level fields, each whole and valid; nothing else. */
export const settingsChangeSchema = z.strictObject(settingsFields).partial();
export type SettingsChange = z.input<typeof settingsChangeSchema>;
/** One meeting in "Recent meetings". A PIN is never sent to the renderer in the list. */
export interface RecentMeeting {
  id: string;
  node: string;
  alias: string;
  /** The conference's own name, as the node gave it. */
  conferenceName: string;
  /** Epoch ms of the last join. */
  joinedAt: number;
  /** True when the PIN was remembered (encrypted). */
  hasPin: boolean;
}

export const recentMeetingsLimit = 10;

/**
 * A problem reading the settings or the policy file, as a code the renderer says in the person's
 * language (`problem` keeps main's English for logs and older renderers).
 */
export type SettingsProblem =
  /** The settings file was not valid JSON, or had a value Parley cannot use: kept as `backup`, defaults used. */
  | { code: 'settings_file_damaged' | 'settings_file_invalid_value'; backup: string }
  /** The administrator's policy file was not valid JSON or had a value Parley cannot use: ignored. */
  | { code: 'policy_file_invalid_json' | 'policy_file_invalid_value' };

/** What the Settings screen reads. */
export interface SettingsView {
  settings: DesktopSettings;
  /** Keys an administrator's policy file fixed: shown, not changeable. */
  locked: SettingsKey[];
  /** The settings file could not be read (kept as a backup, defaults used), in words; null when fine. */
  problem: string | null;
  /** The same problems as codes (absent from an older main). */
  problems?: SettingsProblem[];
  /** Whether PINs can be remembered here (the platform offers encryption). */
  secretsAvailable: boolean;
  /** The administrator's default node, listed without a label: the renderer calls it "Your organisation". */
  organisationNode?: string | null;
}

/** Names for messages: which setting an error is about. */
export const settingsLabels: Readonly<Record<SettingsKey, string>> = {
  displayName: 'Your name',
  nodes: 'Saved conferencing nodes',
  defaultNode: 'Default conferencing node',
  devices: 'Devices',
  joinMuted: 'Join with microphone or camera off',
  notifications: 'Notifications',
  keepRunningOnClose: 'Keep the meeting running when the window is closed',
  miniWindow: 'Mini window',
  startAtLogin: 'Start at login',
  theme: 'Theme',
  language: 'Language',
  proxy: 'Proxy',
  updates: 'Updates',
  pexipLinks: 'Open pexip: links',
  systemShortcuts: 'System-wide shortcuts',
  systemShortcutKeys: 'System-wide shortcut keys',
};
