// The Electron security checklist, applied to every web contents we create: no navigation away
// from the app, no new windows, and media permissions only for our own origin.
import { session, shell, type WebContents } from 'electron';
import { isAppUrl } from '../appProtocol';

// fullscreen: HTML element.requestFullscreen() (the presentation window's "Full screen") asks for it.
const allowedPermissions = new Set(['media', 'display-capture', 'speaker-selection', 'fullscreen']);

export function installPermissionPolicy(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((webContents, permission, callback) => {
    // The requesting origin, not the URL: the presentation pop-out is an about:blank window,
    // whose frame reports its opener's origin (app://parley) while getURL() says about:blank.
    callback(allowedPermissions.has(permission) && isAppUrl(webContents.mainFrame.origin));
  });
  ses.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => {
    return allowedPermissions.has(permission) && isAppUrl(requestingOrigin);
  });
}

export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links a person clicked (e.g. in chat) open in the system browser; nothing opens in-app.
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
