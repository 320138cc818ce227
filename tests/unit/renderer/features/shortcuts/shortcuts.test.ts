// Which key does what in a meeting, when a key belongs to the focused control, and push-to-talk.
import { describe, expect, it } from 'vitest';
import { keyBelongsToFocus, meetingShortcuts, shortcutFor } from '../../../../../renderer/src/features/shortcuts/meetingShortcuts';
import { createPushToTalk } from '../../../../../renderer/src/features/shortcuts/pushToTalk';

const key = (k: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('shortcuts', () => {
  it('single keys for mute, camera, share, raise hand, chat and help', () => {
    expect(['m', 'V', 'd', 'r', 'c', '?'].map((k) => shortcutFor(key(k), false))).toEqual(['microphone', 'camera', 'share', 'raiseHand', 'chat', 'help']);
    expect(shortcutFor(key('x'), false)).toBeNull();
    expect(shortcutFor(key('m', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(key('m', { altKey: true }), false)).toBeNull();
  });

  it('Leave is Ctrl+Shift+L, or Cmd+Shift+L on macOS', () => {
    expect(shortcutFor(key('L', { ctrlKey: true, shiftKey: true }), false)).toBe('leave');
    expect(shortcutFor(key('L', { metaKey: true, shiftKey: true }), true)).toBe('leave');
    expect(shortcutFor(key('L', { ctrlKey: true, shiftKey: true }), true)).toBeNull();
    expect(shortcutFor(key('l'), false)).toBeNull();
  });

  it('the dialog writes Leave as each platform does: ⇧⌘L (Apple\'s symbol order) on macOS, Ctrl+Shift+L elsewhere', () => {
    const leave = meetingShortcuts.find((shortcut) => shortcut.action === 'leave');
    expect(leave?.keys(true)).toBe('⇧⌘L');
    expect(leave?.keys(false)).toBe('Ctrl+Shift+L');
  });

  it('keys typed into a field or pressed on a control belong to it', () => {
    document.body.innerHTML = '<input id="i"><button id="b"><span id="s">x</span></button><div id="d"></div><div id="e" contenteditable="true"></div>';
    expect(['i', 'b', 's'].map((id) => keyBelongsToFocus(document.getElementById(id)))).toEqual([true, true, true]);
    expect(keyBelongsToFocus(document.getElementById('d'))).toBe(false);
    expect(keyBelongsToFocus(document.body)).toBe(false);
    expect(keyBelongsToFocus(null)).toBe(false);
  });
});

describe('push-to-talk', () => {
  function microphone(muted: boolean) {
    const changes: boolean[] = [];
    const state = { muted };
    return { state, changes, port: { isMuted: () => state.muted, setMuted: (next: boolean) => void changes.push((state.muted = next)) } };
  }

  it('held while muted talks until released, then mutes again', () => {
    const mic = microphone(true);
    const talking: boolean[] = [];
    const ptt = createPushToTalk(mic.port, (now) => talking.push(now));
    expect(ptt.press(false)).toBe(true);
    expect(ptt.press(true)).toBe(true);
    expect(mic.state.muted).toBe(false);
    expect(ptt.talking).toBe(true);
    expect(ptt.release()).toBe(true);
    expect(mic.state.muted).toBe(true);
    expect(mic.changes).toEqual([false, true]);
    expect(talking).toEqual([true, false]);
  });

  it('does nothing while unmuted (and letting go does not mute)', () => {
    const mic = microphone(false);
    const ptt = createPushToTalk(mic.port);
    expect(ptt.press(false)).toBe(false);
    expect(ptt.release()).toBe(false);
    expect(mic.changes).toEqual([]);
  });

  it('a repeat without a first press does not start talking; losing focus stops it', () => {
    const mic = microphone(true);
    const ptt = createPushToTalk(mic.port);
    expect(ptt.press(true)).toBe(false);
    ptt.press(false);
    ptt.cancel();
    expect(mic.state.muted).toBe(true);
    expect(ptt.talking).toBe(false);
  });
});
