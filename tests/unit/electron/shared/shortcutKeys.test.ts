// The system-wide shortcuts' keys: which accelerators are in the safe set, their one written form,
// and how each platform writes them for people.
import { describe, expect, it } from 'vitest';
import { acceleratorLabel, keyLabelPlatform, pushToTalkLabel } from '../../../../electron/shared/shortcutKeyLabels';
import { formatAccelerator, parseAccelerator } from '../../../../electron/shared/shortcutKeys';

describe('accelerators in the safe set', () => {
  it('at least one modifier and one letter, digit, F-key or Space', () => {
    expect(parseAccelerator('CommandOrControl+Alt+M')).toEqual({ modifiers: ['CommandOrControl', 'Alt'], key: 'M' });
    expect(parseAccelerator('Shift+Super+7')).toEqual({ modifiers: ['Shift', 'Super'], key: '7' });
    expect(parseAccelerator('Control+F24')).toEqual({ modifiers: ['Control'], key: 'F24' });
    expect(parseAccelerator('Alt+Space')).toEqual({ modifiers: ['Alt'], key: 'Space' });
  });

  it('refuses no modifier, a repeated modifier, keys outside the set and modifiers Parley does not offer', () => {
    for (const refused of ['M', 'Space', 'Alt+Alt+M', 'Alt+Tab', 'Alt+F25', 'Alt+m', 'Ctrl+M', 'AltGr+M', 'Alt+M+K', 'Alt+', '']) expect(parseAccelerator(refused), refused).toBeNull();
  });

  it('writes modifiers in one order, so the same keys compare equal', () => {
    expect(formatAccelerator({ modifiers: ['Shift', 'Alt', 'CommandOrControl'], key: 'K' })).toBe('CommandOrControl+Alt+Shift+K');
  });
});

describe('labels per platform', () => {
  it('macOS writes its symbols together', () => {
    expect(acceleratorLabel('CommandOrControl+Alt+M', 'mac')).toBe('⌥⌘M');
    expect(acceleratorLabel('Control+Shift+F5', 'mac')).toBe('⌃⇧F5');
    expect(pushToTalkLabel({ modifiers: ['ctrl', 'alt'], key: 'Space' }, 'mac')).toBe('⌃⌥Space');
    expect(pushToTalkLabel({ modifiers: ['meta'], key: 'T' }, 'mac')).toBe('⌘T');
  });

  it('macOS puts them in Apple\'s order: ⌃ Control, ⌥ Option, ⇧ Shift, ⌘ Command', () => {
    expect(acceleratorLabel('CommandOrControl+Control+Alt+Shift+K', 'mac')).toBe('⌃⌥⇧⌘K');
    expect(acceleratorLabel('CommandOrControl+Shift+K', 'mac')).toBe('⇧⌘K');
    expect(acceleratorLabel('Super+Alt+1', 'mac')).toBe('⌥⌘1');
    expect(pushToTalkLabel({ modifiers: ['ctrl', 'alt', 'shift', 'meta'], key: 'F9' }, 'mac')).toBe('⌃⌥⇧⌘F9');
    expect(pushToTalkLabel({ modifiers: ['meta', 'shift'], key: 'T' }, 'mac')).toBe('⇧⌘T');
  });

  it('Windows and Linux name them with "+", Ctrl for the command key', () => {
    expect(acceleratorLabel('CommandOrControl+Alt+M', 'windows')).toBe('Ctrl+Alt+M');
    expect(acceleratorLabel('CommandOrControl+Alt+M', 'linux')).toBe('Ctrl+Alt+M');
    expect(acceleratorLabel('Super+Shift+1', 'windows')).toBe('Shift+Win+1');
    expect(acceleratorLabel('Super+Shift+1', 'linux')).toBe('Shift+Super+1');
    expect(pushToTalkLabel({ modifiers: ['ctrl', 'alt'], key: 'Space' }, 'windows')).toBe('Ctrl+Alt+Space');
    expect(pushToTalkLabel({ modifiers: ['meta', 'shift'], key: 'F9' }, 'linux')).toBe('Shift+Super+F9');
  });

  it('Ctrl is written once where CommandOrControl and Control are the same key', () => {
    expect(acceleratorLabel('CommandOrControl+Control+M', 'windows')).toBe('Ctrl+M');
  });

  it("from Node's platform names", () => {
    expect(keyLabelPlatform('darwin')).toBe('mac');
    expect(keyLabelPlatform('win32')).toBe('windows');
    expect(keyLabelPlatform('linux')).toBe('linux');
  });
});
