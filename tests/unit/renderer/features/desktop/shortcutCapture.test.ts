// Settings' key capture for the system-wide shortcuts: what each key down means, per platform.
import { describe, expect, it } from 'vitest';
import { captureShortcut, rendererKeyPlatform, shortcutKeyName, shortcutKeysLabel, type PressedKey } from '../../../../../renderer/src/features/desktop/shortcutCapture';
import type { SystemShortcutKeys } from '../../../../../electron/shared/shortcutKeys';

const today: SystemShortcutKeys = { toggleMute: 'CommandOrControl+Alt+M', pushToTalk: { modifiers: ['ctrl', 'alt'], key: 'Space' } };

function press(code: string, key: string, held: Partial<Pick<PressedKey, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>> = {}): PressedKey {
  return { code, key, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...held };
}

describe('key names by physical key', () => {
  it('letters, digits, F-keys and Space; nothing else', () => {
    expect(['KeyK', 'Digit7', 'F12', 'F24', 'Space'].map(shortcutKeyName)).toEqual(['K', '7', 'F12', 'F24', 'Space']);
    expect(['Numpad1', 'Tab', 'ArrowUp', 'Semicolon', 'Enter', 'F25'].map(shortcutKeyName)).toEqual([null, null, null, null, null, null]);
  });
});

describe('capturing toggle mute', () => {
  it('Ctrl+Shift+K on Windows becomes CommandOrControl+Shift+K, shown Ctrl+Shift+K', () => {
    expect(captureShortcut('toggleMute', press('KeyK', 'K', { ctrlKey: true, shiftKey: true }), today, 'windows')).toEqual({
      kind: 'captured',
      change: { toggleMute: 'CommandOrControl+Shift+K' },
      keys: 'Ctrl+Shift+K',
    });
  });

  it('on macOS ⌘ is the command key and ⌃ is Control: ⌥⌘K and ⌃⌥K are different accelerators', () => {
    expect(captureShortcut('toggleMute', press('KeyK', '˚', { metaKey: true, altKey: true }), today, 'mac')).toEqual({ kind: 'captured', change: { toggleMute: 'CommandOrControl+Alt+K' }, keys: '⌥⌘K' });
    expect(captureShortcut('toggleMute', press('KeyK', '˚', { ctrlKey: true, altKey: true }), today, 'mac')).toEqual({ kind: 'captured', change: { toggleMute: 'Control+Alt+K' }, keys: '⌃⌥K' });
  });

  it('the Windows key is Super elsewhere', () => {
    expect(captureShortcut('toggleMute', press('F8', 'F8', { metaKey: true }), today, 'linux')).toMatchObject({ change: { toggleMute: 'Super+F8' }, keys: 'Super+F8' });
  });

  it('modifiers alone keep waiting and show what is held; Escape cancels', () => {
    expect(captureShortcut('toggleMute', press('ControlLeft', 'Control', { ctrlKey: true }), today, 'windows')).toEqual({ kind: 'waiting', held: 'Ctrl+…' });
    expect(captureShortcut('toggleMute', press('AltRight', 'Alt', { metaKey: true, altKey: true }), today, 'mac')).toEqual({ kind: 'waiting', held: '⌥⌘…' });
    expect(captureShortcut('toggleMute', press('Escape', 'Escape'), today, 'windows')).toEqual({ kind: 'cancelled' });
  });

  it('refuses no modifier, keys outside the safe set and the in-app shortcuts', () => {
    expect(captureShortcut('toggleMute', press('KeyK', 'k'), today, 'windows')).toEqual({ kind: 'refused', reason: 'no_modifier', keys: 'K' });
    expect(captureShortcut('toggleMute', press('ArrowUp', 'ArrowUp', { ctrlKey: true }), today, 'windows')).toEqual({ kind: 'refused', reason: 'unsupported_key', keys: 'Ctrl+ArrowUp' });
    expect(captureShortcut('toggleMute', press('Escape', 'Escape', { altKey: true }), today, 'windows')).toMatchObject({ kind: 'refused', reason: 'unsupported_key' });
    // Leave (Ctrl/⌘+Shift+L), Stop sharing (Ctrl/⌘+Shift+E) and the kiosk's way out (Ctrl+Alt+Shift+K).
    expect(captureShortcut('toggleMute', press('KeyL', 'L', { ctrlKey: true, shiftKey: true }), today, 'windows')).toMatchObject({ kind: 'refused', reason: 'in_app', keys: 'Ctrl+Shift+L' });
    expect(captureShortcut('toggleMute', press('KeyL', 'L', { metaKey: true, shiftKey: true }), today, 'mac')).toMatchObject({ kind: 'refused', reason: 'in_app', keys: '⇧⌘L' });
    expect(captureShortcut('toggleMute', press('KeyE', 'E', { metaKey: true, shiftKey: true }), today, 'mac')).toMatchObject({ kind: 'refused', reason: 'in_app' });
    expect(captureShortcut('toggleMute', press('KeyK', 'K', { ctrlKey: true, altKey: true, shiftKey: true }), today, 'linux')).toMatchObject({ kind: 'refused', reason: 'in_app' });
  });

  it("refuses push-to-talk's own keys", () => {
    expect(captureShortcut('toggleMute', press('Space', ' ', { ctrlKey: true, altKey: true }), today, 'windows')).toMatchObject({ kind: 'refused', reason: 'other_shortcut', keys: 'Ctrl+Alt+Space' });
  });
});

describe('capturing push-to-talk', () => {
  it('keeps the modifier flags the keyboard hook reads', () => {
    expect(captureShortcut('pushToTalk', press('F9', 'F9', { ctrlKey: true, shiftKey: true }), today, 'windows')).toEqual({
      kind: 'captured',
      change: { pushToTalk: { modifiers: ['ctrl', 'shift'], key: 'F9' } },
      keys: 'Ctrl+Shift+F9',
    });
  });

  it("refuses toggle mute's keys as this platform reads them (⌥⌘M on macOS, Ctrl+Alt+M elsewhere)", () => {
    expect(captureShortcut('pushToTalk', press('KeyM', 'µ', { metaKey: true, altKey: true }), today, 'mac')).toMatchObject({ kind: 'refused', reason: 'other_shortcut' });
    expect(captureShortcut('pushToTalk', press('KeyM', 'µ', { ctrlKey: true, altKey: true }), today, 'mac')).toMatchObject({ kind: 'captured' });
    expect(captureShortcut('pushToTalk', press('KeyM', 'm', { ctrlKey: true, altKey: true }), today, 'windows')).toMatchObject({ kind: 'refused', reason: 'other_shortcut' });
  });
});

describe('labels', () => {
  it('the configured keys per platform', () => {
    expect(shortcutKeysLabel('toggleMute', today, 'mac')).toBe('⌥⌘M');
    expect(shortcutKeysLabel('toggleMute', today, 'windows')).toBe('Ctrl+Alt+M');
    expect(shortcutKeysLabel('pushToTalk', today, 'mac')).toBe('⌃⌥Space');
    expect(shortcutKeysLabel('pushToTalk', today, 'linux')).toBe('Ctrl+Alt+Space');
  });

  it("the renderer's platform from navigator.platform", () => {
    expect(['MacIntel', 'Win32', 'Linux x86_64', ''].map(rendererKeyPlatform)).toEqual(['mac', 'windows', 'linux', 'linux']);
  });
});
