// The kiosk window swallows shortcuts that would close, reload or inspect it, but lets the admin
// combination through.
import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyInput } from '../../../../../electron/main/kiosk/blockedShortcuts';

const key = (value: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown', key: value, control: false, alt: false, shift: false, meta: false, ...mods,
});

describe('kiosk shortcuts', () => {
  it('blocks closing, reloading, devtools and history keys', () => {
    expect(isBlockedShortcut(key('F4', { alt: true }))).toBe(true);
    expect(isBlockedShortcut(key('w', { control: true }))).toBe(true);
    expect(isBlockedShortcut(key('q', { meta: true }))).toBe(true);
    expect(isBlockedShortcut(key('F5'))).toBe(true);
    expect(isBlockedShortcut(key('I', { control: true, shift: true }))).toBe(true);
    expect(isBlockedShortcut(key('ArrowLeft', { alt: true }))).toBe(true);
  });

  it("blocks macOS's Toggle Full Screen (Ctrl+Cmd+F), not a plain or Cmd-less F", () => {
    expect(isBlockedShortcut(key('f', { control: true, meta: true }))).toBe(true);
    expect(isBlockedShortcut(key('f'))).toBe(false);
    expect(isBlockedShortcut(key('F', { shift: true }))).toBe(false);
  });

  it('lets typing and the admin combination through', () => {
    expect(isBlockedShortcut(key('k', { control: true, alt: true, shift: true }))).toBe(false);
    expect(isBlockedShortcut(key('a'))).toBe(false);
    expect(isBlockedShortcut(key('w', { control: true, type: 'keyUp' }))).toBe(false);
  });
});
