// The main process watches the room screen: a crashed renderer is reloaded at once, an
// unresponsive one after a grace period; the policy then hangs up the old call so the reloaded
// screen starts a fresh one. The main process restarts the renderer, never the other way round.
import type { BrowserWindow } from 'electron';
import type { Logger } from '../../service';

const unresponsiveGraceMs = 10_000;

export function watchRenderer(window: BrowserWindow, logger: Logger, onReload: () => void): void {
  const contents = window.webContents;
  let hangTimer: ReturnType<typeof setTimeout> | null = null;
  const reload = (why: string): void => {
    if (window.isDestroyed()) return;
    logger.warn('kiosk renderer restarted', { why });
    onReload();
    contents.reload();
  };
  contents.on('render-process-gone', (_event, details) => reload(`render process gone: ${details.reason}`));
  window.on('unresponsive', () => {
    hangTimer ??= setTimeout(() => {
      hangTimer = null;
      // A hung renderer may not reload by itself: end its process; render-process-gone reloads.
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, unresponsiveGraceMs);
  });
  window.on('responsive', () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
  });
}
