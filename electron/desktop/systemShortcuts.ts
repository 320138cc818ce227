// System-wide shortcuts (setting "systemShortcuts", off by default): which keys, when they are
// held, and what a refused one means. Toggle mute is an Electron accelerator; push-to-talk
// needs key release, which globalShortcut never reports, so it reads raw key events (uiohook).
import type { DesktopText } from './texts';

/** Toggle mute anywhere. Ctrl/Cmd+Alt+M: Zoom, Teams and Meet keep Ctrl+Shift+M and Alt+A. */
export const toggleMuteAccelerator = 'CommandOrControl+Alt+M';
/** The keys as people read them (macOS: Cmd for Ctrl in toggle mute). */
export const toggleMuteKeysLabel = 'Ctrl+Alt+M';
/** Push-to-talk: Ctrl+Alt+Space held, on every platform (uiohook reads Ctrl, not Cmd). */
export const pushToTalkKeysLabel = 'Ctrl+Alt+Space';

export interface SystemShortcutsState {
  setting: boolean;
  inMeeting: boolean;
  /** A room system has no keyboard person to serve; it never takes system keys. */
  kiosk: boolean;
}

/** Which system-wide shortcuts to hold now. */
export interface ShortcutHolds {
  /**
   * Held whenever the setting is on, so turning it on in Settings shows at once whether another
   * app holds the keys (outside a meeting the renderer ignores it).
   */
  toggleMute: boolean;
  /** A keyboard hook sees every key, so it runs only during a meeting. */
  pushToTalk: boolean;
}

export function systemShortcutHolds(state: SystemShortcutsState): ShortcutHolds {
  const on = state.setting && !state.kiosk;
  return { toggleMute: on, pushToTalk: on && state.inMeeting };
}

export interface ShortcutsOutcome {
  /** globalShortcut.register's answer: false when another app holds the accelerator; null when not tried. */
  toggleMuteRegistered: boolean | null;
  /** Why raw key events are unavailable (library missing, no permission), or null when they work or were not tried. */
  pushToTalkFailure: string | null;
}

/** What Settings says about the shortcuts that could not be taken, in plain words; null when all work. */
export function shortcutProblem(outcome: ShortcutsOutcome, text: DesktopText): string | null {
  const problems: string[] = [];
  if (outcome.toggleMuteRegistered === false) problems.push(text('shortcuts.toggleMuteTaken', { keys: toggleMuteKeysLabel }));
  if (outcome.pushToTalkFailure !== null) problems.push(text('shortcuts.pushToTalkUnavailable', { keys: pushToTalkKeysLabel }));
  return problems.length > 0 ? problems.join(' ') : null;
}

/** One raw key event (uiohook's fields that matter here). */
export interface RawKey {
  keycode: number;
  ctrlKey: boolean;
  altKey: boolean;
}

/** uiohook's key codes (UiohookKey.Space, Ctrl, CtrlRight, Alt, AltRight). */
export const rawKeyCodes = { space: 57, ctrl: 29, ctrlRight: 3613, alt: 56, altRight: 3640 } as const;

export interface PushToTalkKeys {
  keyDown(key: RawKey): void;
  keyUp(key: RawKey): void;
  /** The shortcuts were released (meeting over, setting off): a talk in progress ends. */
  reset(): void;
  readonly talking: boolean;
}

/**
 * Push-to-talk from raw keys: talking starts when Space goes down with Ctrl and Alt held, and ends
 * when Space, Ctrl or Alt comes up. Key repeat (more downs while held) starts nothing new.
 */
export function createPushToTalkKeys(events: { talk(): void; stop(): void }): PushToTalkKeys {
  let talking = false;
  const modifier = new Set<number>([rawKeyCodes.ctrl, rawKeyCodes.ctrlRight, rawKeyCodes.alt, rawKeyCodes.altRight]);
  const stop = (): void => {
    if (!talking) return;
    talking = false;
    events.stop();
  };
  return {
    keyDown(key) {
      if (talking || key.keycode !== rawKeyCodes.space || !key.ctrlKey || !key.altKey) return;
      talking = true;
      events.talk();
    },
    keyUp(key) {
      if (key.keycode === rawKeyCodes.space || modifier.has(key.keycode)) stop();
    },
    reset: stop,
    get talking() {
      return talking;
    },
  };
}
