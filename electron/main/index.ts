// App lifecycle: the desktop window or, on a room system, the kiosk; leaving the meeting comes
// before quitting.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { createDesktopApp, resourcesDirectory } from './desktopApp';
import { quitAfterLeave } from './quitAfterLeave';
import { rendererSource } from './rendererSource';
import { installPermissionPolicy, lockDownWebContents } from './security/webSecurity';
import { trustSystemCertificates } from './security/systemCertificates';
import { createScreenShareHost } from './screenShare/screenShareHost';
import { enableComputerSoundCapture } from './screenShare/computerSoundHost';
import { isSignInSession } from './signIn/ssoWindow';
import { isKioskLaunch } from './kiosk/kioskLaunch';
import { kioskPaths, startKioskApp } from './kiosk/kioskApp';
import { claimSingleInstance, registerLinkScheme } from './singleInstance';

registerAppScheme();
app.enableSandbox();
enableComputerSoundCapture();
trustSystemCertificates();

const preloadDir = join(import.meta.dirname, '../preload');
const desktop = createDesktopApp({ preloadDir, resourcesDir: resourcesDirectory(app.isPackaged, import.meta.dirname) });
let roomSystem = false;
// A second launch hands its link to this one and quits before opening anything.
const firstInstance = claimSingleInstance({
  // A room system is not steered by links: only the desktop window takes them.
  receiveArguments: (argv) => {
    if (!roomSystem) desktop.receiveArguments(argv);
  },
  frontWindow: () => desktop.frontWindow(),
});
quitAfterLeave(() => desktop.leaveForQuit());

app.on('web-contents-created', (_event, contents) => {
  // The sign-in window keeps its own, stricter rules (signIn/ssoWindow.ts).
  if (!isSignInSession(contents.session)) lockDownWebContents(contents);
});

function startDesktop(): void {
  roomSystem = false;
  registerLinkScheme('parley');
  desktop.openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) desktop.openWindow();
  });
}

if (firstInstance) void app.whenReady().then(async () => {
  serveRenderer(rendererSource(process.env, app.isPackaged, join(import.meta.dirname, '../renderer')));
  installPermissionPolicy();
  if (isKioskLaunch(process.argv, process.env, kioskPaths())) {
    roomSystem = true;
    // A room system: the kiosk window and room policy instead of the desktop window. Leaving
    // kiosk mode opens the ordinary desktop window.
    await startKioskApp({ preloadDir, screenShare: createScreenShareHost(session.defaultSession), openDesktop: startDesktop });
    return;
  }
  startDesktop();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
