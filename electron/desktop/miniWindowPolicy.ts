// The mini window: when the meeting window becomes the small always-on-top view, where it goes and
// how big it is. Parley shrinks its one meeting window rather than opening a second one, because the
// call's media (WebRTC) lives in that window's renderer: a second window would need a second call
// or a media relay between renderers; the same page in a compact layout keeps one call.
import type { WindowMode } from '../shared/desktopWindow';

export interface MiniWindowContext {
  /** The "Mini window" setting. */
  enabled: boolean;
  inMeeting: boolean;
  /** A room system never shrinks. */
  kiosk: boolean;
  mode: WindowMode;
}

export type MiniWindowTrigger =
  /** The person minimized the meeting window. */
  | 'minimized'
  /** "Mini view" in the meeting (or sharing started, which moves the meeting out of the way). */
  | 'mini_requested'
  /** "Back to full view", the tray's "Show window", a notification click. */
  | 'full_requested'
  /** The meeting ended, or the setting was turned off. */
  | 'meeting_ended'
  | 'setting_changed';

/** The mode the window should be in after `trigger`; the current mode when nothing changes. */
export function nextWindowMode(trigger: MiniWindowTrigger, context: MiniWindowContext): WindowMode {
  const allowed = context.enabled && context.inMeeting && !context.kiosk;
  switch (trigger) {
    case 'minimized':
    case 'mini_requested':
      return allowed ? 'mini' : context.mode === 'mini' ? 'full' : context.mode;
    case 'full_requested':
      return 'full';
    case 'meeting_ended':
    case 'setting_changed':
      return allowed ? context.mode : 'full';
  }
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** 16:9 at the size the mini layout is made for; it may be resized down to the minimum. */
export const miniWindowSize = { width: 320, height: 180 } as const;
export const miniWindowMinimum = { width: 240, height: 135 } as const;
const margin = 16;

/**
 * Where the mini window goes: the bottom corner of the work area on the side the text ends (right,
 * or left for Arabic), clear of the taskbar and dock, never larger than the work area.
 */
export function miniWindowBounds(workArea: Rectangle, direction: 'ltr' | 'rtl' = 'ltr'): Rectangle {
  const width = Math.min(miniWindowSize.width, Math.max(1, workArea.width - 2 * margin));
  const height = Math.min(miniWindowSize.height, Math.max(1, workArea.height - 2 * margin));
  const x = direction === 'rtl' ? workArea.x + margin : workArea.x + workArea.width - width - margin;
  return { x: Math.round(x), y: Math.round(workArea.y + workArea.height - height - margin), width, height };
}

/** How the mini window stays in sight of someone presenting from another app. */
export interface MiniWindowLayering {
  /** The setAlwaysOnTop level (Electron's names). */
  level: 'floating' | 'screen-saver';
  /** Shown on every workspace (macOS Space, Linux virtual desktop) and, on macOS, over full-screen apps. */
  allWorkspaces: boolean;
}

/**
 * Per OS. macOS: slides are often a full-screen app in its own Space, and a 'floating' window neither
 * follows into that Space nor draws above it; joining every Space (with visibleOnFullScreen) and the
 * 'screen-saver' level does. Windows: 'floating' already stays above full-screen apps, and a level from
 * 'pop-up-menu' up would also cover the taskbar; setVisibleOnAllWorkspaces does nothing there.
 * Linux: window managers ignore the level; being on every virtual desktop is the useful part.
 */
export function miniWindowLayering(platform: NodeJS.Platform): MiniWindowLayering {
  if (platform === 'darwin') return { level: 'screen-saver', allWorkspaces: true };
  if (platform === 'win32') return { level: 'floating', allWorkspaces: false };
  return { level: 'floating', allWorkspaces: true };
}
