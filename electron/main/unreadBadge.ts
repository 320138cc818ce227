// The unread chat count on the dock (macOS), the launcher (Linux docks that support it) or as a
// taskbar overlay with its count in words (Windows, where app.setBadgeCount does nothing).
import { app, nativeImage, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { DesktopText } from '../desktop';

export type UnreadBadge = (count: number) => void;

export function createUnreadBadge(window: () => BrowserWindow | null, resourcesDir: string, text: () => DesktopText): UnreadBadge {
  let shown = 0;
  return (count) => {
    if (count === shown) return;
    shown = count;
    if (process.platform !== 'win32') {
      app.setBadgeCount(count);
      return;
    }
    const target = window();
    if (!target || target.isDestroyed()) return;
    if (count > 0) target.setOverlayIcon(nativeImage.createFromPath(join(resourcesDir, 'icons', 'unread-overlay-16.png')), text()('badge.unreadChat', { count }));
    else target.setOverlayIcon(null, '');
  };
}
