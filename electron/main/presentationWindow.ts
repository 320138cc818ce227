// The presentation's own window (for a second monitor): the main window's renderer opens a blank
// same-origin popup and shows the presentation stream in it. It gets the same baseline as the main
// window (sandbox, isolation, no Node, no navigation away, no further windows), can go fullscreen,
// and closes with the main window.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { lockDownWebContents, openClickedLink } from './security/webSecurity';
import { secureWebPreferences } from './security/secureWebPreferences';
import { isPresentationWindowRequest } from './presentationWindowPolicy';

function presentationWindowOptions(): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 760,
    minWidth: 480,
    minHeight: 300,
    title: 'Presentation — Parley',
    autoHideMenuBar: true,
    fullscreenable: true,
    backgroundColor: '#000000',
    webPreferences: secureWebPreferences(),
  };
}

/** Lets `window` open the presentation window; every other window.open stays denied. */
export function allowPresentationWindow(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler((details) => {
    if (isPresentationWindowRequest(details)) return { action: 'allow', overrideBrowserWindowOptions: presentationWindowOptions() };
    // As everywhere else: links a person clicked open in the system browser, nothing opens in-app.
    return openClickedLink(contents, details);
  });
  contents.on('did-create-window', (child) => {
    lockDownWebContents(child.webContents);
    const closeChild = (): void => {
      if (!child.isDestroyed()) child.close();
    };
    window.once('closed', closeChild);
    child.once('closed', () => window.removeListener('closed', closeChild));
  });
}
