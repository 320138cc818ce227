// When the system-wide keyboard hook may start: on Linux only with an X display, since libuiohook
// aborts the process without one (seen here: `uIOhook.start()` with no DISPLAY ends Node with SIGABRT).
import { describe, expect, it } from 'vitest';
import { keyHookRefusal } from '../../../../electron/desktop';

describe('keyHookRefusal', () => {
  it('refuses on Linux without an X display, naming why', () => {
    expect(keyHookRefusal('linux', {})).toMatch(/no X display/);
    expect(keyHookRefusal('linux', { DISPLAY: '', WAYLAND_DISPLAY: 'wayland-0' })).toMatch(/X11 or XWayland/);
  });

  it('allows Linux with X or XWayland, and Windows and macOS (their hooks need no display variable)', () => {
    expect(keyHookRefusal('linux', { DISPLAY: ':0' })).toBeNull();
    expect(keyHookRefusal('linux', { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(keyHookRefusal('win32', {})).toBeNull();
    expect(keyHookRefusal('darwin', {})).toBeNull();
  });
});
