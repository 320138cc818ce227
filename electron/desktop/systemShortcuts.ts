// System-wide shortcuts (setting "systemShortcuts", off by default): which keys, when they are
// held, and what a refused one means. Toggle mute is an Electron accelerator; push-to-talk
// needs key release, which globalShortcut never reports, so it reads raw key events (uiohook).
import type { PushToTalkCombination } from '../shared/shortcutKeys';
import { rawKeyCode, rawModifierKeyCodes } from './rawKeyCodes';
import type { DesktopText } from './texts';

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

/** The configured keys as people read them on this computer (see shortcutKeyLabels.ts). */
export interface ShortcutLabels {
  toggleMute: string;
  pushToTalk: string;
}

/** What Settings says about the shortcuts that could not be taken, in plain words; null when all work. */
export function shortcutProblem(outcome: ShortcutsOutcome, labels: ShortcutLabels, text: DesktopText): string | null {
  const problems: string[] = [];
  if (outcome.toggleMuteRegistered === false) problems.push(text('shortcuts.toggleMuteTaken', { keys: labels.toggleMute }));
  if (outcome.pushToTalkFailure !== null) problems.push(text('shortcuts.pushToTalkUnavailable', { keys: labels.pushToTalk }));
  return problems.length > 0 ? problems.join(' ') : null;
}

/** One raw key event (uiohook's fields that matter here; an absent flag is a modifier not held). */
export interface RawKey {
  keycode: number;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  metaKey?: boolean;
}

export interface PushToTalkKeys {
  keyDown(key: RawKey): void;
  keyUp(key: RawKey): void;
  /** The shortcuts were released (meeting over, setting off): a talk in progress ends. */
  reset(): void;
  readonly talking: boolean;
}

const heldModifiers = (key: RawKey) => ({ ctrl: key.ctrlKey, alt: key.altKey, shift: key.shiftKey === true, meta: key.metaKey === true });

/**
 * Push-to-talk from raw keys: talking starts when the combination's key goes down with exactly its
 * modifiers held (Ctrl+Alt+Shift+Space is not Ctrl+Alt+Space, which another app may use), and ends
 * when that key or one of its modifiers comes up. Key repeat (more downs while held) starts nothing
 * new. The combination is read at each key down, so a change in Settings applies at once.
 */
export function createPushToTalkKeys(combination: () => PushToTalkCombination, events: { talk(): void; stop(): void }): PushToTalkKeys {
  let talking = false;
  let releasing = new Set<number>();
  const stop = (): void => {
    if (!talking) return;
    talking = false;
    events.stop();
  };
  return {
    keyDown(key) {
      const wanted = combination();
      const code = rawKeyCode(wanted.key);
      if (talking || code === null || key.keycode !== code) return;
      const held = heldModifiers(key);
      const exact = (Object.keys(held) as (keyof typeof held)[]).every((modifier) => held[modifier] === wanted.modifiers.includes(modifier));
      if (!exact) return;
      releasing = new Set([code, ...wanted.modifiers.flatMap((modifier) => rawModifierKeyCodes[modifier])]);
      talking = true;
      events.talk();
    },
    keyUp(key) {
      if (releasing.has(key.keycode)) stop();
    },
    reset: stop,
    get talking() {
      return talking;
    },
  };
}
