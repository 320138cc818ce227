// The desktop app: one window, one meeting service. Leaving the meeting (release_token) comes
// before quitting, however the quit starts; a Windows shutdown or log-off, which emits no
// before-quit, leaves on the window's session-end.
import { session, type BrowserWindow } from 'electron';
import { createMeetingService, consoleLogger, type CertificateTrustStore, type MeetingService, type ScreenShareHost } from '../service';
import { bindBridge } from './ipcBridge';
import { parseLaunchOptions, toRendererQuery } from './launchOptions';
import { createMainWindow } from './mainWindow';
import { launchLinkQuery, sendMeetingLink } from './meetingLinks';
import type { MeetingLinkOptions } from '../shared/meetingLink';
import { allowPresentationWindow } from './presentationWindow';
import { createScreenShareHost } from './screenShare/screenShareHost';
import { loadTrustedNodeCertificates } from './security/trustedNodeCertificates';
import { createElectronSsoSignIn } from './signIn/ssoWindow';

export interface DesktopApp {
  /** Opens the meeting window with a new meeting service. */
  openWindow(): void;
  /** The leave in flight or started now, or null when no meeting needs leaving. */
  leaveForQuit(): Promise<void> | null;
  /** A second launch's command line or a macOS open-url: its link goes to the window (opened if none is). */
  receiveArguments(argv: readonly string[]): void;
  /** The meeting window, if open. */
  frontWindow(): BrowserWindow | null;
}

export function createDesktopApp(preloadDir: string, linkOptions: () => MeetingLinkOptions = () => ({ pexipScheme: false })): DesktopApp {
  let service: MeetingService | null = null;
  let current: BrowserWindow | null = null;
  /** A link that arrived with no window open (macOS open-url before ready, or after the window closed). */
  let pendingLink: readonly string[] | null = null;
  let screenShare: ScreenShareHost | null = null;
  let certificateTrust: CertificateTrustStore | null = null;
  // Every leave still in flight (a window closed on macOS keeps the app running; a new window gets
  // a new service while the old one may still be releasing its token).
  const leaving = new Set<Promise<void>>();

  const track = (leave: Promise<void>): Promise<void> => {
    leaving.add(leave);
    void leave.finally(() => leaving.delete(leave)).catch(() => undefined);
    return leave;
  };

  function startQuery(): string {
    const argv = pendingLink ?? process.argv;
    pendingLink = null;
    return launchLinkQuery(argv, linkOptions()) ?? toRendererQuery(parseLaunchOptions(process.argv, process.env));
  }

  function openWindow(): void {
    screenShare ??= createScreenShareHost(session.defaultSession);
    certificateTrust ??= loadTrustedNodeCertificates();
    let mainWindow: BrowserWindow | null = null;
    // Single sign-on runs in a window main owns, above this one; the sso token never reaches the renderer.
    const ssoSignIn = createElectronSsoSignIn(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null));
    const own = createMeetingService({ logger: consoleLogger, screenShare, certificateTrust, ssoSignIn });
    service = own;
    const window = createMainWindow(preloadDir, startQuery());
    mainWindow = window;
    current = window;
    const unbind = bindBridge(window.webContents, own);
    allowPresentationWindow(window);
    // Closing the window leaves the meeting (release_token); shutdown is idempotent.
    window.on('close', () => void track(own.shutdown('Window closed')));
    window.on('session-end', () => void track(own.shutdown('Computer shutting down')));
    window.on('closed', () => {
      unbind();
      if (service === own) service = null;
      if (current === window) current = null;
    });
  }

  function frontWindow(): BrowserWindow | null {
    return current && !current.isDestroyed() ? current : null;
  }

  return {
    openWindow,
    frontWindow,
    receiveArguments(argv) {
      const window = frontWindow();
      if (window) {
        sendMeetingLink(window.webContents, argv, linkOptions());
        return;
      }
      // No window (macOS keeps running without one; open-url may come before ready): the link
      // becomes the next window's start-up query.
      pendingLink = argv;
    },
    leaveForQuit() {
      if (service?.joined) track(service.shutdown('Application quit'));
      return leaving.size > 0 ? Promise.allSettled([...leaving]).then(() => undefined) : null;
    },
  };
}
