// Windows start hidden and show on ready-to-show (no white flash). Some Wayland compositors never
// deliver ready-to-show for a hidden window, so a fallback timer shows it anyway.
import type { BrowserWindow } from 'electron';

export const showFallbackMs = 3_000;

export function showWhenReady(window: BrowserWindow, fallbackMs: number = showFallbackMs): void {
  const show = (): void => {
    clearTimeout(timer);
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  };
  const timer = setTimeout(show, fallbackMs);
  window.once('ready-to-show', show);
  window.once('closed', () => clearTimeout(timer));
}
