// The room window: fullscreen kiosk, no menu, no devtools, ordinary shortcuts blocked, and it
// cannot be closed until an administrator leaves kiosk mode or the app quits.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { appOrigin } from '../appProtocol';
import { lockDownWebContents } from '../security/webSecurity';
import { secureWebPreferences } from '../security/secureWebPreferences';
import { showWhenReady } from '../showWhenReady';
import { isBlockedShortcut } from './blockedShortcuts';

export interface KioskWindow {
  window: BrowserWindow;
  /**
   * Lets the window close: when quitting (a prevented close would cancel app.quit()) and when
   * kiosk mode is left (the ordinary desktop window takes over).
   */
  unlock(): void;
}

export function createKioskWindow(preloadDir: string): KioskWindow {
  let locked = true;
  const window = new BrowserWindow({
    title: 'Parley',
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#0d1117',
    webPreferences: secureWebPreferences({ preload: join(preloadDir, 'index.cjs'), devTools: false }),
  });
  window.removeMenu();
  // A room opens nothing: no browser, no window, not even for a link in the chat.
  lockDownWebContents(window.webContents, 'deny_all');
  window.webContents.on('before-input-event', (event, input) => {
    // Preventing here also stops the menu's accelerators (e.g. macOS's Toggle Full Screen).
    if (locked && isBlockedShortcut(input)) event.preventDefault();
  });
  window.on('close', (event) => {
    if (locked) event.preventDefault();
  });
  // Whatever left fullscreen (a system gesture, the green button), a locked room goes back.
  window.on('leave-full-screen', () => {
    if (locked && !window.isDestroyed()) window.setKiosk(true);
  });
  showWhenReady(window);
  void window.loadURL(`${appOrigin}/index.html`);
  return {
    window,
    unlock() {
      locked = false;
    },
  };
}
