// System-wide shortcuts' decisions: what is held when, what a refusal says, and push-to-talk from
// raw key down/up events with the configured keys.
import { describe, expect, it } from 'vitest';
import { createPushToTalkKeys, desktopTexts, shortcutProblem, systemShortcutHolds } from '../../../../electron/desktop';
import type { PushToTalkCombination } from '../../../../electron/shared/shortcutKeys';

const space = 57;
const ctrl = 29;
const alt = 56;
const shift = 42;
const f9 = 67;
const metaRight = 3676;
const key = (keycode: number, ctrlKey = true, altKey = true) => ({ keycode, ctrlKey, altKey });
const labels = { toggleMute: 'Ctrl+Alt+M', pushToTalk: 'Ctrl+Alt+Space' };

describe('which system-wide shortcuts are held', () => {
  it('none with the setting off (the default), in or out of a meeting', () => {
    expect(systemShortcutHolds({ setting: false, inMeeting: true, kiosk: false })).toEqual({ toggleMute: false, pushToTalk: false });
    expect(systemShortcutHolds({ setting: false, inMeeting: false, kiosk: false })).toEqual({ toggleMute: false, pushToTalk: false });
  });

  it('toggle mute whenever the setting is on; the key hook only in a meeting', () => {
    expect(systemShortcutHolds({ setting: true, inMeeting: false, kiosk: false })).toEqual({ toggleMute: true, pushToTalk: false });
    expect(systemShortcutHolds({ setting: true, inMeeting: true, kiosk: false })).toEqual({ toggleMute: true, pushToTalk: true });
  });

  it('never on a room system', () => {
    expect(systemShortcutHolds({ setting: true, inMeeting: true, kiosk: true })).toEqual({ toggleMute: false, pushToTalk: false });
  });
});

describe('what Settings says', () => {
  const english = desktopTexts('en');

  it('nothing when every shortcut was taken or none was tried', () => {
    expect(shortcutProblem({ toggleMuteRegistered: true, pushToTalkFailure: null }, labels, english)).toBeNull();
    expect(shortcutProblem({ toggleMuteRegistered: null, pushToTalkFailure: null }, labels, english)).toBeNull();
  });

  it('names the keys another app holds, in the person\'s language', () => {
    expect(shortcutProblem({ toggleMuteRegistered: false, pushToTalkFailure: null }, labels, english)).toBe(
      "Another app is already using Ctrl+Alt+M, so it cannot mute or unmute you from other apps. Change that app's shortcut, then turn System-wide shortcuts off and on again.",
    );
    expect(shortcutProblem({ toggleMuteRegistered: false, pushToTalkFailure: null }, labels, desktopTexts('de'))).toMatch(/^Eine andere App verwendet bereits Ctrl\+Alt\+M/);
  });

  it('says push-to-talk is unavailable without passing on the library\'s own error', () => {
    const problem = shortcutProblem({ toggleMuteRegistered: true, pushToTalkFailure: 'dlopen failed: libuiohook.so' }, labels, english);
    expect(problem).toMatch(/^Push-to-talk from other apps \(Ctrl\+Alt\+Space\) is not available/);
    expect(problem).not.toMatch(/dlopen/);
  });

  it('names the keys configured, as this computer writes them', () => {
    expect(shortcutProblem({ toggleMuteRegistered: false, pushToTalkFailure: 'x' }, { toggleMute: '⇧⌘K', pushToTalk: '⌃F9' }, english)).toMatch(/using ⇧⌘K.*talk from other apps \(⌃F9\)/s);
  });

  it('both at once', () => {
    expect(shortcutProblem({ toggleMuteRegistered: false, pushToTalkFailure: 'x' }, labels, english)).toMatch(/Ctrl\+Alt\+M.*Ctrl\+Alt\+Space/s);
  });
});

describe('push-to-talk from raw keys', () => {
  function setUp(combination: PushToTalkCombination = { modifiers: ['ctrl', 'alt'], key: 'Space' }) {
    const heard: string[] = [];
    const configured = { combination };
    const keys = createPushToTalkKeys(() => configured.combination, { talk: () => heard.push('talk'), stop: () => heard.push('stop') });
    return { keys, heard, configured };
  }

  it('talks while Ctrl+Alt+Space is held and stops when Space comes up', () => {
    const { keys, heard } = setUp();
    keys.keyDown(key(ctrl, true, false));
    keys.keyDown(key(alt));
    keys.keyDown(key(space));
    expect(keys.talking).toBe(true);
    keys.keyUp(key(space));
    expect(heard).toEqual(['talk', 'stop']);
    expect(keys.talking).toBe(false);
  });

  it('letting go of Ctrl or Alt first also stops', () => {
    const { keys, heard } = setUp();
    keys.keyDown(key(space));
    keys.keyUp(key(alt, true, false));
    keys.keyUp(key(space, true, false));
    expect(heard).toEqual(['talk', 'stop']);
  });

  it('key repeat starts nothing new; Space alone or with one modifier does nothing', () => {
    const { keys, heard } = setUp();
    keys.keyDown(key(space, false, false));
    keys.keyDown(key(space, true, false));
    keys.keyDown(key(space, false, true));
    expect(heard).toEqual([]);
    keys.keyDown(key(space));
    keys.keyDown(key(space));
    keys.keyDown(key(space));
    expect(heard).toEqual(['talk']);
  });

  it('other keys coming up do not stop talking; reset does', () => {
    const { keys, heard } = setUp();
    keys.keyDown(key(space));
    keys.keyUp(key(30));
    expect(keys.talking).toBe(true);
    keys.reset();
    keys.reset();
    expect(heard).toEqual(['talk', 'stop']);
  });

  it('follows other configured keys: Ctrl+Shift+F9 talks, the old Ctrl+Alt+Space does not', () => {
    const { keys, heard } = setUp({ modifiers: ['ctrl', 'shift'], key: 'F9' });
    keys.keyDown(key(space));
    keys.keyDown({ keycode: f9, ctrlKey: true, altKey: false, shiftKey: true });
    expect(heard).toEqual(['talk']);
    keys.keyUp({ keycode: shift, ctrlKey: true, altKey: false, shiftKey: false });
    expect(heard).toEqual(['talk', 'stop']);
  });

  it('needs exactly the configured modifiers: one more or one fewer does not talk', () => {
    const { keys, heard } = setUp({ modifiers: ['ctrl', 'alt'], key: 'Space' });
    keys.keyDown({ keycode: space, ctrlKey: true, altKey: true, shiftKey: true });
    keys.keyDown({ keycode: space, ctrlKey: true, altKey: true, metaKey: true });
    keys.keyDown(key(space, true, false));
    expect(heard).toEqual([]);
  });

  it('the right-hand modifier key coming up ends a talk too (⌘ on either side)', () => {
    const { keys, heard } = setUp({ modifiers: ['meta'], key: 'M' });
    keys.keyDown({ keycode: 50, ctrlKey: false, altKey: false, metaKey: true });
    keys.keyUp({ keycode: metaRight, ctrlKey: false, altKey: false, metaKey: false });
    expect(heard).toEqual(['talk', 'stop']);
  });

  it('a change of keys applies from the next press', () => {
    const { keys, heard, configured } = setUp();
    configured.combination = { modifiers: ['alt'], key: 'T' };
    keys.keyDown(key(space));
    expect(heard).toEqual([]);
    keys.keyDown({ keycode: 20, ctrlKey: false, altKey: true });
    expect(heard).toEqual(['talk']);
  });
});
