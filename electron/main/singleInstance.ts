// One running Parley. A second launch (a clicked parley:// link on Windows and Linux starts one)
// hands its command line to the first through second-instance and quits; macOS delivers links
// to the running app as open-url instead.
import { app, type BrowserWindow } from 'electron';

export interface LinkReceiver {
  /** A link or command line from outside: `argv` of a second launch, or one open-url. */
  receiveArguments(argv: readonly string[]): void;
  /** The window to bring to the front, if one is open. */
  frontWindow(): BrowserWindow | null;
}

/** False when another Parley runs: this process quits and must open nothing. */
export function claimSingleInstance(receiver: LinkReceiver): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv: string[]) => {
    bringToFront(receiver.frontWindow());
    receiver.receiveArguments(argv);
  });
  // "You should call event.preventDefault() if you want to handle this event." (api/app, open-url)
  app.on('open-url', (event, url: string) => {
    event.preventDefault();
    bringToFront(receiver.frontWindow());
    receiver.receiveArguments([url]);
  });
  return true;
}

export function bringToFront(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Registers parley:// with the system (Windows registry, Linux desktop entry through the
 * installer). An unpackaged run registers Electron itself with the app's path as its argument.
 */
export function registerLinkScheme(scheme: string): void {
  if (app.isPackaged) app.setAsDefaultProtocolClient(scheme);
  else if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(scheme, process.execPath, [process.argv[1]]);
}
