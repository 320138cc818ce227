// The meeting window: sandboxed, isolated, no Node, loaded only from app://parley.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { appOrigin } from './appProtocol';
import { lockDownWebContents } from './security/webSecurity';
import { secureWebPreferences } from './security/secureWebPreferences';
import { showWhenReady } from './showWhenReady';

export function createMainWindow(preloadDir: string, query: string, icon?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'Parley',
    show: false,
    autoHideMenuBar: true,
    // Windows and Linux show it in the title bar and task bar (macOS uses the bundle's).
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences({ preload: join(preloadDir, 'index.cjs') }),
  });
  lockDownWebContents(window.webContents);
  showWhenReady(window);
  void window.loadURL(`${appOrigin}/index.html${query}`);
  return window;
}
