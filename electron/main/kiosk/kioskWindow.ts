// The room window: fullscreen kiosk, no menu, no devtools, ordinary shortcuts blocked, and it
// cannot be closed until an administrator leaves kiosk mode.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { appOrigin } from '../appProtocol';
import { lockDownWebContents } from '../security/webSecurity';
import { secureWebPreferences } from '../security/secureWebPreferences';
import { isBlockedShortcut } from './blockedShortcuts';

export interface KioskWindow {
  window: BrowserWindow;
  /** An ordinary window again (the meeting continues); it may now be closed. */
  leaveKioskMode(): void;
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
  lockDownWebContents(window.webContents);
  window.webContents.on('before-input-event', (event, input) => {
    if (locked && isBlockedShortcut(input)) event.preventDefault();
  });
  window.on('close', (event) => {
    if (locked) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return {
    window,
    leaveKioskMode() {
      locked = false;
      window.setKiosk(false);
      window.setFullScreen(false);
    },
  };
}
