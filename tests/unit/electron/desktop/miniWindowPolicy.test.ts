// When the meeting window becomes the mini window, and where it goes.
import { describe, expect, it } from 'vitest';
import { miniWindowBounds, miniWindowLayering, nextWindowMode, type MiniWindowContext } from '../../../../electron/desktop';

const inCall: MiniWindowContext = { enabled: true, inMeeting: true, kiosk: false, mode: 'full' };

describe('the mini window decision', () => {
  it('minimizing or "Mini view" during a call makes the mini window', () => {
    expect(nextWindowMode('minimized', inCall)).toBe('mini');
    expect(nextWindowMode('mini_requested', inCall)).toBe('mini');
  });

  it('not with the setting off, outside a meeting, or on a room system: minimizing just minimizes', () => {
    expect(nextWindowMode('minimized', { ...inCall, enabled: false })).toBe('full');
    expect(nextWindowMode('minimized', { ...inCall, inMeeting: false })).toBe('full');
    expect(nextWindowMode('mini_requested', { ...inCall, kiosk: true })).toBe('full');
  });

  it('"Back to full view" always restores; the meeting ending or the setting going off restores a mini window', () => {
    expect(nextWindowMode('full_requested', { ...inCall, mode: 'mini' })).toBe('full');
    expect(nextWindowMode('meeting_ended', { ...inCall, inMeeting: false, mode: 'mini' })).toBe('full');
    expect(nextWindowMode('setting_changed', { ...inCall, enabled: false, mode: 'mini' })).toBe('full');
    // Nothing changes when it still may be mini.
    expect(nextWindowMode('setting_changed', { ...inCall, mode: 'mini' })).toBe('mini');
  });
});

describe('where the mini window goes', () => {
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

  it('320x180 in the bottom corner on the side the text ends, clear of the edges', () => {
    expect(miniWindowBounds(workArea)).toEqual({ x: 1920 - 320 - 16, y: 1040 - 180 - 16, width: 320, height: 180 });
    expect(miniWindowBounds(workArea, 'rtl')).toEqual({ x: 16, y: 1040 - 180 - 16, width: 320, height: 180 });
  });

  it('on a second display, with its own origin, and never larger than a small work area', () => {
    expect(miniWindowBounds({ x: -1280, y: 200, width: 1280, height: 720 })).toEqual({ x: -1280 + 1280 - 320 - 16, y: 200 + 720 - 180 - 16, width: 320, height: 180 });
    expect(miniWindowBounds({ x: 0, y: 0, width: 300, height: 150 })).toEqual({ x: 16, y: 16, width: 268, height: 118 });
  });
});

describe('how the mini window stays in sight', () => {
  it('macOS: on every Space and above full-screen apps, at the screen-saver level', () => {
    expect(miniWindowLayering('darwin')).toEqual({ level: 'screen-saver', allWorkspaces: true });
  });

  it('Windows: floating, which stays above full-screen apps yet below the taskbar; no workspaces to join', () => {
    expect(miniWindowLayering('win32')).toEqual({ level: 'floating', allWorkspaces: false });
  });

  it('Linux: on every virtual desktop; the level is left to the window manager', () => {
    expect(miniWindowLayering('linux')).toEqual({ level: 'floating', allWorkspaces: true });
  });
});
