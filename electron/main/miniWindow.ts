// The mini window: the meeting window itself, shrunk to a small always-on-top view in a corner
// (electron/desktop/miniWindowPolicy.ts says when and where, and why it is the same window), and
// put back as it was for "Back to full view".
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { miniWindowBounds, miniWindowLayering, miniWindowMinimum, nextWindowMode, type MiniWindowTrigger } from '../desktop';
import type { WindowMode } from '../shared/desktopWindow';

export interface MiniWindowHooks {
  /** The "Mini window" setting. */
  enabled(): boolean;
  inMeeting(): boolean;
  direction(): 'ltr' | 'rtl';
  /** The mode changed: the renderer shows the matching layout. */
  changed(mode: WindowMode): void;
}

export interface MiniWindow {
  mode(): WindowMode;
  /** Applies `trigger`; answers the mode the window is in afterwards. */
  apply(trigger: MiniWindowTrigger): WindowMode;
}

/** The meeting window's own minimum size (mainWindow.ts), given back with the full view. */
const fullMinimum = { width: 720, height: 480 };

export function attachMiniWindow(window: BrowserWindow, hooks: MiniWindowHooks): MiniWindow {
  let mode: WindowMode = 'full';
  let fullBounds: Rectangle | null = null;
  let wasMaximized = false;
  const layering = miniWindowLayering(process.platform);

  function toMini(): void {
    if (window.isFullScreen()) window.setFullScreen(false);
    if (window.isMinimized()) window.restore();
    wasMaximized = window.isMaximized();
    if (wasMaximized) window.unmaximize();
    fullBounds = window.getBounds();
    window.setMinimumSize(miniWindowMinimum.width, miniWindowMinimum.height);
    window.setBounds(miniWindowBounds(screen.getDisplayMatching(fullBounds).workArea, hooks.direction()));
    // Above ordinary windows and the slides being shared, also when those are a full-screen app
    // (miniWindowLayering says how, per OS).
    window.setAlwaysOnTop(true, layering.level);
    // Electron's default process-type transform is kept: since macOS 10.14 a window floats over
    // another app's full-screen Space (a presenter's slides) only while the dock icon is hidden, so
    // the icon goes while the mini window shows and comes back with the full view.
    if (layering.allWorkspaces) window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    // Shown without taking focus from what the person went on to work with.
    window.showInactive();
  }

  function toFull(): void {
    window.setAlwaysOnTop(false);
    if (layering.allWorkspaces) window.setVisibleOnAllWorkspaces(false);
    window.setMinimumSize(fullMinimum.width, fullMinimum.height);
    if (fullBounds) window.setBounds(fullBounds);
    if (wasMaximized) window.maximize();
    window.show();
    window.focus();
  }

  return {
    mode: () => mode,
    apply(trigger) {
      if (window.isDestroyed()) return mode;
      const next = nextWindowMode(trigger, { enabled: hooks.enabled(), inMeeting: hooks.inMeeting(), kiosk: false, mode });
      if (next === mode) return mode;
      mode = next;
      if (next === 'mini') toMini();
      else toFull();
      hooks.changed(next);
      return mode;
    },
  };
}
