// Settings' key capture for the system-wide shortcuts: what one key down means while "Press the
// new keys" is showing. Keys are read by their physical position (event.code), as both Electron's
// accelerators and the raw keyboard hook in main read them; a combination is refused here when it
// has no modifier, uses a key outside the safe set, is one Parley uses in its own window or is the
// other system-wide shortcut. Whether another app holds it only main can ask the OS.
import { kioskAdminKeys } from '../../../../electron/shared/kioskCommands';
import { acceleratorLabel, pushToTalkLabel, type KeyLabelPlatform } from '../../../../electron/shared/shortcutKeyLabels';
import {
  formatAccelerator,
  isShortcutKeyName,
  parseAccelerator,
  rawModifiers,
  type AcceleratorModifier,
  type RawModifier,
  type SystemShortcutKeys,
} from '../../../../electron/shared/shortcutKeys';
import { isStopSharingShortcut } from '../presentation/shareShortcut';
import { shortcutFor } from '../shortcuts/meetingShortcuts';

export type SystemShortcutName = keyof SystemShortcutKeys;

export interface PressedKey {
  code: string;
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export type CaptureRefusal = 'no_modifier' | 'unsupported_key' | 'in_app' | 'other_shortcut';

export type CaptureOutcome =
  /** Only modifiers so far: still waiting for the key; `held` is what is held, as shown. */
  | { kind: 'waiting'; held: string }
  | { kind: 'cancelled' }
  | { kind: 'refused'; reason: CaptureRefusal; keys: string }
  | { kind: 'captured'; change: Partial<SystemShortcutKeys>; keys: string };

const modifierCodes = new Set(['ControlLeft', 'ControlRight', 'AltLeft', 'AltRight', 'ShiftLeft', 'ShiftRight', 'MetaLeft', 'MetaRight', 'OSLeft', 'OSRight']);

/** The shortcut key name of a physical key (KeyM → M, Digit5 → 5, F5, Space), or null outside the safe set. */
export function shortcutKeyName(code: string): string | null {
  const name = /^Key[A-Z]$/.test(code) ? code.slice(3) : /^Digit\d$/.test(code) ? code.slice(5) : code;
  return isShortcutKeyName(name) ? name : null;
}

/** The platform the renderer runs on, for labels and which key is the command key. */
export function rendererKeyPlatform(platform: string): KeyLabelPlatform {
  if (/Mac/i.test(platform)) return 'mac';
  if (/Win/i.test(platform)) return 'windows';
  return 'linux';
}

/** This page's key platform (navigator.platform; none outside a browser reads as Linux). */
export const pageKeyPlatform = (): KeyLabelPlatform => rendererKeyPlatform(typeof navigator === 'undefined' ? '' : navigator.platform);

type Flags = Record<RawModifier, boolean>;

const flagsOf = (event: PressedKey): Flags => ({ ctrl: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey });
const pushTalkFlags = (modifiers: readonly RawModifier[]): Flags => ({ ctrl: modifiers.includes('ctrl'), alt: modifiers.includes('alt'), shift: modifiers.includes('shift'), meta: modifiers.includes('meta') });

/** The accelerator for held flags: the platform's command key is CommandOrControl, so the setting means the same elsewhere. */
function acceleratorFor(flags: Flags, key: string, platform: KeyLabelPlatform): string {
  const mac = platform === 'mac';
  const modifiers: AcceleratorModifier[] = [];
  if (flags.ctrl) modifiers.push(mac ? 'Control' : 'CommandOrControl');
  if (flags.meta) modifiers.push(mac ? 'CommandOrControl' : 'Super');
  if (flags.alt) modifiers.push('Alt');
  if (flags.shift) modifiers.push('Shift');
  return formatAccelerator({ modifiers, key });
}

/** The keys an accelerator means on this platform, as held flags (to compare with push-to-talk's). */
function acceleratorFlags(accelerator: string, platform: KeyLabelPlatform): { flags: Flags; key: string } | null {
  const parts = parseAccelerator(accelerator);
  if (!parts) return null;
  const has = (modifier: AcceleratorModifier) => parts.modifiers.includes(modifier);
  const mac = platform === 'mac';
  return {
    key: parts.key,
    flags: { ctrl: has('Control') || (!mac && has('CommandOrControl')), alt: has('Alt'), shift: has('Shift'), meta: has('Super') || (mac && has('CommandOrControl')) },
  };
}

const sameKeys = (a: { flags: Flags; key: string }, b: { flags: Flags; key: string }) => a.key === b.key && rawModifiers.every((modifier) => a.flags[modifier] === b.flags[modifier]);

/** Keys Parley's own windows act on (meeting shortcuts, Stop sharing, the kiosk's way out). */
function usedInApp(event: PressedKey, platform: KeyLabelPlatform): boolean {
  if (shortcutFor(event, platform === 'mac') !== null || isStopSharingShortcut(event)) return true;
  return event.ctrlKey && event.altKey && event.shiftKey && event.key.toUpperCase() === kioskAdminKeys.key;
}

/** What is held so far, the key still to come (Ctrl+Alt+…, ⌃⌥…). */
function heldLabel(flags: Flags, platform: KeyLabelPlatform): string {
  return pushToTalkLabel({ modifiers: rawModifiers.filter((modifier) => flags[modifier]), key: '…' }, platform);
}

export function captureShortcut(shortcut: SystemShortcutName, event: PressedKey, current: SystemShortcutKeys, platform: KeyLabelPlatform): CaptureOutcome {
  const flags = flagsOf(event);
  const anyModifier = rawModifiers.some((modifier) => flags[modifier]);
  if (event.code === 'Escape' && !anyModifier) return { kind: 'cancelled' };
  if (modifierCodes.has(event.code)) return { kind: 'waiting', held: heldLabel(flags, platform) };
  const key = shortcutKeyName(event.code);
  const modifiers = rawModifiers.filter((modifier) => flags[modifier]);
  const keys = key === null ? pushToTalkLabel({ modifiers, key: event.key.length === 1 ? event.key.toUpperCase() : event.code }, platform) : pushToTalkLabel({ modifiers, key }, platform);
  if (key === null) return { kind: 'refused', reason: 'unsupported_key', keys };
  if (!anyModifier) return { kind: 'refused', reason: 'no_modifier', keys };
  if (usedInApp(event, platform)) return { kind: 'refused', reason: 'in_app', keys };
  const pressed = { flags, key };
  if (shortcut === 'toggleMute') {
    const accelerator = acceleratorFor(flags, key, platform);
    if (sameKeys(pressed, { flags: pushTalkFlags(current.pushToTalk.modifiers), key: current.pushToTalk.key })) return { kind: 'refused', reason: 'other_shortcut', keys };
    return { kind: 'captured', change: { toggleMute: accelerator }, keys: acceleratorLabel(accelerator, platform) };
  }
  const toggleMute = acceleratorFlags(current.toggleMute, platform);
  if (toggleMute && sameKeys(pressed, toggleMute)) return { kind: 'refused', reason: 'other_shortcut', keys };
  return { kind: 'captured', change: { pushToTalk: { modifiers, key } }, keys };
}

/** The configured keys of one shortcut as shown. */
export function shortcutKeysLabel(shortcut: SystemShortcutName, current: SystemShortcutKeys, platform: KeyLabelPlatform): string {
  return shortcut === 'toggleMute' ? acceleratorLabel(current.toggleMute, platform) : pushToTalkLabel(current.pushToTalk, platform);
}
