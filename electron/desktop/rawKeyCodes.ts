// uiohook's key codes (its UiohookKey table, which follows the PC scan codes on every platform)
// for the keys a push-to-talk combination may use, and for the modifier keys themselves.
import type { RawModifier, ShortcutKeyName } from '../shared/shortcutKeys';

const letterCodes: Readonly<Record<string, number>> = {
  A: 0x1e, B: 0x30, C: 0x2e, D: 0x20, E: 0x12, F: 0x21, G: 0x22, H: 0x23, I: 0x17, J: 0x24, K: 0x25, L: 0x26, M: 0x32,
  N: 0x31, O: 0x18, P: 0x19, Q: 0x10, R: 0x13, S: 0x1f, T: 0x14, U: 0x16, V: 0x2f, W: 0x11, X: 0x2d, Y: 0x15, Z: 0x2c,
};
const digitCodes: Readonly<Record<string, number>> = { 0: 0x0b, 1: 0x02, 2: 0x03, 3: 0x04, 4: 0x05, 5: 0x06, 6: 0x07, 7: 0x08, 8: 0x09, 9: 0x0a };
const functionKeyCodes: Readonly<Record<string, number>> = {
  F1: 0x3b, F2: 0x3c, F3: 0x3d, F4: 0x3e, F5: 0x3f, F6: 0x40, F7: 0x41, F8: 0x42, F9: 0x43, F10: 0x44, F11: 0x57, F12: 0x58,
  F13: 0x5b, F14: 0x5c, F15: 0x5d, F16: 0x63, F17: 0x64, F18: 0x65, F19: 0x66, F20: 0x67, F21: 0x68, F22: 0x69, F23: 0x6a, F24: 0x6b,
};
const keyCodes: Readonly<Record<string, number>> = { ...letterCodes, ...digitCodes, ...functionKeyCodes, Space: 0x39 };

/** The raw key code of a shortcut key name, or null for a key outside the safe set. */
export function rawKeyCode(key: ShortcutKeyName): number | null {
  return Object.hasOwn(keyCodes, key) ? (keyCodes[key] ?? null) : null;
}

/** Both keys of each modifier (left and right): letting go of either ends a talk. */
export const rawModifierKeyCodes: Readonly<Record<RawModifier, readonly number[]>> = {
  ctrl: [0x1d, 0x0e1d],
  alt: [0x38, 0x0e38],
  shift: [0x2a, 0x36],
  meta: [0x0e5b, 0x0e5c],
};
