// The Electron security checklist, applied to every web contents we create: no navigation away
// from the app, no new windows, and media permissions only for our own origin.
import { session, shell, type HandlerDetails, type WebContents } from 'electron';
import { isAppUrl } from '../appProtocol';
import { isActivatingInput, shouldOpenExternally } from './externalLinkPolicy';

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

/** When each page last saw a click or key press (main's own record; the page cannot forge it). */
const lastInputAt = new WeakMap<WebContents, number>();

function trackInput(contents: WebContents): void {
  if (lastInputAt.has(contents)) return;
  lastInputAt.set(contents, Number.NEGATIVE_INFINITY);
  contents.on('input-event', (_event, input) => {
    if (isActivatingInput(input.type)) lastInputAt.set(contents, Date.now());
  });
}

/** Opens a link the person just clicked in their browser; anything else is only denied. */
export function openClickedLink(contents: WebContents, details: Pick<HandlerDetails, 'url' | 'disposition'>): { action: 'deny' } {
  const at = lastInputAt.get(contents);
  if (shouldOpenExternally(details, at === undefined || at === Number.NEGATIVE_INFINITY ? null : at, Date.now())) {
    void shell.openExternal(details.url);
  }
  return { action: 'deny' };
}

/**
 * `links`: 'open_clicked' (desktop) sends clicked http(s) links to the browser; 'deny_all' (the
 * kiosk room) opens nothing at all, so a passer-by cannot reach a browser from the room screen.
 */
export function lockDownWebContents(contents: WebContents, links: 'open_clicked' | 'deny_all' = 'open_clicked'): void {
  // The target is read from the event (Electron 45: the positional `url` is deprecated).
  const onNavigation = (event: { preventDefault(): void; url?: string }, target: string): void => {
    if (!isAppUrl(event.url ?? target)) event.preventDefault();
  };
  contents.on('will-navigate', onNavigation);
  contents.on('will-redirect', onNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  trackInput(contents);
  contents.setWindowOpenHandler(links === 'deny_all' ? () => ({ action: 'deny' }) : (details) => openClickedLink(contents, details));
}
