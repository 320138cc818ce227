// In-meeting keyboard shortcuts: single keys (as in Jitsi Meet) that never fire while typing or
// with focus on a control, and Leave behind Ctrl+Shift (Cmd+Shift on macOS) so it is never hit by
// accident. The "Keyboard shortcuts" dialog and the README list the same table.

export type ShortcutAction = 'microphone' | 'camera' | 'share' | 'raiseHand' | 'chat' | 'leave' | 'help';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface Shortcut {
  action: ShortcutAction;
  /** The description's message key (renderer/src/i18n/locales), translated in the dialog. */
  label: string;
  /** How the dialog writes the keys. */
  keys: (mac: boolean) => string;
}

export const meetingShortcuts: readonly Shortcut[] = [
  { action: 'microphone', label: 'shortcuts.actions.microphone', keys: () => 'M' },
  { action: 'camera', label: 'shortcuts.actions.camera', keys: () => 'V' },
  { action: 'share', label: 'shortcuts.actions.share', keys: () => 'D' },
  { action: 'raiseHand', label: 'shortcuts.actions.raiseHand', keys: () => 'R' },
  { action: 'chat', label: 'shortcuts.actions.chat', keys: () => 'C' },
  { action: 'leave', label: 'shortcuts.actions.leave', keys: (mac) => (mac ? '⇧⌘L' : 'Ctrl+Shift+L') },
  { action: 'help', label: 'shortcuts.actions.help', keys: () => '?' },
];

/** Push-to-talk, listed in the dialog beside the shortcuts. */
export const pushToTalkDescription = { label: 'shortcuts.actions.pushToTalk', keys: 'shortcuts.holdSpace' };

const singleKeys: Readonly<Record<string, ShortcutAction>> = { m: 'microphone', v: 'camera', d: 'share', r: 'raiseHand', c: 'chat', '?': 'help' };

export function shortcutFor(event: ShortcutKey, mac: boolean): ShortcutAction | null {
  const command = mac ? event.metaKey : event.ctrlKey;
  if (command && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') return 'leave';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : '';
  return Object.hasOwn(singleKeys, key) ? (singleKeys[key] ?? null) : null;
}

/** Where a key belongs to the focused element (typing, or a control Space and letters act on). */
export function keyBelongsToFocus(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, button, a[href], [role="button"], [role="radio"], [role="checkbox"], [role="slider"], [role="menuitem"], [role="tab"], [role="option"]') !== null;
}
