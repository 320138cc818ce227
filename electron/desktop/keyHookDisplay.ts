// Whether uiohook's keyboard hook may be started on this desktop. On Linux libuiohook reads keys
// through X (XRecord); with no X display it aborts the whole process instead of failing, which
// would end a meeting, so Parley refuses first and Settings reports push-to-talk as unavailable.

/** Why the keyboard hook must not start here, or null when it may. */
export function keyHookRefusal(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string | null {
  if (platform === 'linux' && !env.DISPLAY) return 'no X display (DISPLAY is not set); the keyboard hook needs X11 or XWayland';
  return null;
}
