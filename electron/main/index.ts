// App lifecycle: one window, one meeting service; leaving the meeting comes before quitting.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { createMeetingService, consoleLogger, type MeetingService } from '../service';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { bindBridge } from './ipcBridge';
import { parseLaunchOptions, toRendererQuery } from './launchOptions';
import { createMainWindow } from './mainWindow';
import { installPermissionPolicy, lockDownWebContents } from './security/webSecurity';
import { loadTrustedNodeCertificates } from './security/trustedNodeCertificates';
import { createScreenShareHost } from './screenShare/screenShareHost';
import { allowPresentationWindow } from './presentationWindow';
import { createElectronSsoSignIn, isSignInSession } from './signIn/ssoWindow';
import type { CertificateTrustStore, ScreenShareHost } from '../service';
import { isKioskLaunch } from './kiosk/kioskLaunch';
import { kioskPaths, startKioskApp } from './kiosk/kioskApp';

registerAppScheme();
app.enableSandbox();

let service: MeetingService | null = null;
let unbind: (() => void) | null = null;
let quitting = false;
let screenShare: ScreenShareHost | null = null;
let certificateTrust: CertificateTrustStore | null = null;

function openWindow(): void {
  screenShare ??= createScreenShareHost(session.defaultSession);
  certificateTrust ??= loadTrustedNodeCertificates();
  let mainWindow: BrowserWindow | null = null;
  const ssoSignIn = createElectronSsoSignIn(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null));
  service = createMeetingService({ logger: consoleLogger, screenShare, certificateTrust, ssoSignIn });
  const window = createMainWindow(join(import.meta.dirname, '../preload'), toRendererQuery(parseLaunchOptions(process.argv, process.env)));
  mainWindow = window;
  unbind = bindBridge(window.webContents, service);
  allowPresentationWindow(window);
  window.on('close', () => {
    // Closing the window leaves the meeting (release_token) before the window goes away.
    void service?.shutdown('Window closed');
  });
  window.on('closed', () => {
    unbind?.();
    unbind = null;
  });
}

app.on('web-contents-created', (_event, contents) => {
  // The sign-in window keeps its own, stricter rules (signIn/ssoWindow.ts).
  if (!isSignInSession(contents.session)) lockDownWebContents(contents);
});

void app.whenReady().then(() => {
  serveRenderer(join(import.meta.dirname, '../renderer'));
  installPermissionPolicy();
  if (isKioskLaunch(process.argv, process.env, kioskPaths())) {
    // A room system: the kiosk window and room policy instead of the desktop window.
    void startKioskApp(join(import.meta.dirname, '../preload'), createScreenShareHost(session.defaultSession));
    return;
  }
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
});

app.on('before-quit', (event) => {
  if (quitting || !service?.joined) return;
  // Leave the meeting first, then quit for real.
  event.preventDefault();
  quitting = true;
  void service.shutdown('Application quit').finally(() => app.quit());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
