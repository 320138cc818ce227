// The desktop app: one window, one meeting service, the settings store, the tray. Leaving the
// meeting (release_token) comes before quitting, however the quit starts; a Windows shutdown or
// log-off, which emits no before-quit, leaves on the window's session-end. Closing the window in
// a meeting follows "Keep the meeting running when the window is closed".
import { app, dialog, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import {
  createMeetingService,
  consoleLogger,
  type MeetingService,
  type ScreenShareHost,
  type UnencryptedNodeStore,
} from '../service';
import { closeDecision, desktopLocale, desktopTexts, keepRunningQuestion, type DesktopText, type SettingsStore, type TrayAction, type TrayState } from '../desktop';
import type { BridgeEvent } from '../shared/bridge';
import { ipcChannels } from '../shared/transports';
import { createAppTray, type AppTray } from './appTray';
import { createDesktopFeatures } from './desktopFeatures';
import { attachWindowFeatures, type WindowFeatures } from './desktopWindowFeatures';
import { openDesktopSettings, type OpenedDesktopSettings } from './desktopSettings';
import { bindBridge } from './ipcBridge';
import { parseLaunchOptions, toRendererQuery } from './launchOptions';
import { createMainWindow } from './mainWindow';
import { launchLinkQuery, sendMeetingLink } from './meetingLinks';
import { allowPresentationWindow } from './presentationWindow';
import { createScreenShareHost } from './screenShare/screenShareHost';
import { loadTrustedNodeCertificates, type TrustedNodeCertificates } from './security/trustedNodeCertificates';
import { loadUnencryptedNodeDecisions } from './security/unencryptedNodeDecisions';
import { createElectronSsoSignIn } from './signIn/ssoWindow';
import { bringToFront } from './singleInstance';

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

export interface DesktopAppOptions {
  preloadDir: string;
  /** Where the app's icons are (resources/ in development, process.resourcesPath when packaged). */
  resourcesDir: string;
}

export function createDesktopApp(options: DesktopAppOptions): DesktopApp {
  let service: MeetingService | null = null;
  let current: BrowserWindow | null = null;
  let settings: OpenedDesktopSettings | null = null;
  let tray: AppTray | null = null;
  /** The current window's mini window, notifications and badge. */
  let currentWindowFeatures: WindowFeatures | null = null;
  let trayState: TrayState = { meeting: null, recent: [] };
  let screenShare: ScreenShareHost | null = null;
  let certificateTrust: TrustedNodeCertificates | null = null;
  let unencryptedNodes: UnencryptedNodeStore | null = null;
  let quitting = false;
  /** A link that arrived with no window open (macOS open-url before ready, or after the window closed). */
  let pendingLink: readonly string[] | null = null;
  // Every leave still in flight (a window closed on macOS keeps the app running; a new window gets
  // a new service while the old one may still be releasing its token).
  const leaving = new Set<Promise<void>>();
  app.on('before-quit', () => (quitting = true));

  const track = (leave: Promise<void>): Promise<void> => {
    leaving.add(leave);
    void leave.finally(() => leaving.delete(leave)).catch(() => undefined);
    return leave;
  };

  const desktopSettings = (): OpenedDesktopSettings => (settings ??= openDesktopSettings(consoleLogger));
  const store = (): SettingsStore => desktopSettings().store;
  const linkOptions = () => ({ pexipScheme: store().current().pexipLinks });
  /** Main's words in the person's language: their Settings choice, else the OS's languages. */
  const locale = () => desktopLocale(store().current().language, app.getPreferredSystemLanguages());
  const text = (): DesktopText => desktopTexts(locale());

  /** desktopFeatures follows the settings store from the first window on, once for the app. */
  let followingSettings: (() => void) | null = null;
  const features = createDesktopFeatures({
    store,
    text,
    send: (body) => send({ ...body, receivedAt: Date.now() }),
    certificates: () => (certificateTrust ??= loadTrustedNodeCertificates()),
    logger: consoleLogger,
  });

  function startQuery(): string {
    const argv = pendingLink ?? process.argv;
    pendingLink = null;
    return launchLinkQuery(argv, linkOptions()) ?? toRendererQuery(parseLaunchOptions(process.argv, process.env));
  }

  function send(body: BridgeEvent): void {
    const window = frontWindow();
    if (window && !window.webContents.isDestroyed()) window.webContents.send(ipcChannels.event, body);
  }

  function refreshTray(meeting: TrayState['meeting'] = trayState.meeting): void {
    trayState = { meeting, recent: store().recentMeetings() };
    tray?.update(trayState);
  }

  function runTrayAction(action: TrayAction): void {
    switch (action.kind) {
      case 'show_window':
        if (currentWindowFeatures && frontWindow()) currentWindowFeatures.showFull();
        else if (frontWindow()) bringToFront(frontWindow());
        else openWindow();
        return;
      case 'quit':
        app.quit();
        return;
      case 'rejoin': {
        const meeting = store().recentMeetings().find((entry) => entry.id === action.id);
        if (!meeting) return;
        const link = `parley://join?${new URLSearchParams({ node: meeting.node, alias: meeting.alias }).toString()}`;
        if (!frontWindow()) openWindow();
        bringToFront(frontWindow());
        receiveArguments([link]);
        return;
      }
      case 'toggle_microphone':
      case 'toggle_camera':
      case 'leave':
        send({ type: 'tray_action', action: action.kind, receivedAt: Date.now() });
    }
  }

  async function askKeepRunning(window: BrowserWindow): Promise<'keep' | 'leave'> {
    const question = keepRunningQuestion(text());
    const { response } = await dialog.showMessageBox(window, {
      type: 'question',
      message: question.message,
      detail: question.detail,
      buttons: question.buttons,
      defaultId: 0,
      cancelId: 1,
    });
    const answer = question.answers[response] ?? 'leave';
    await store().write({ keepRunningOnClose: answer });
    return answer;
  }

  function openWindow(): void {
    screenShare ??= createScreenShareHost(session.defaultSession);
    certificateTrust ??= loadTrustedNodeCertificates();
    unencryptedNodes ??= loadUnencryptedNodeDecisions();
    tray ??= createAppTray(options.resourcesDir, runTrayAction, text);
    let mainWindow: BrowserWindow | null = null;
    // Single sign-on runs in a window main owns, above this one; the sso token never reaches the renderer.
    const ssoSignIn = createElectronSsoSignIn(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null));
    // Every request to the node (pinned certificates too) follows the proxy setting, as the window does.
    const proxyRoute = (url: URL) => desktopSettings().proxyRoute(url);
    const own = createMeetingService({ logger: consoleLogger, screenShare, certificateTrust, unencryptedNodes, ssoSignIn, proxyRoute });
    own.settings.attach({
      ...store(),
      async rememberMeeting(meeting) {
        const remembered = await store().rememberMeeting(meeting);
        refreshTray();
        return remembered;
      },
      meetingState: (state) => {
        refreshTray(state);
        currentWindowFeatures?.meetingState(state);
      },
      windowMode: (mode) => currentWindowFeatures?.windowMode(mode) ?? 'full',
    });
    followingSettings ??= store().onChange(() => features.settingsChanged());
    own.desktop.attach(features.target);
    own.onEvent(() => features.meetingChanged(own.joined));
    service = own;
    const window = createMainWindow(options.preloadDir, startQuery(), join(options.resourcesDir, 'icons', '256x256.png'));
    mainWindow = window;
    current = window;
    const unbind = bindBridge(window.webContents, own);
    allowPresentationWindow(window);
    const windowFeatures = attachWindowFeatures(window, own, {
      resourcesDir: options.resourcesDir,
      settings: () => store().current(),
      text,
      direction: () => (locale() === 'ar' ? 'rtl' : 'ltr'),
      send: (body) => {
        if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(ipcChannels.event, { ...body, receivedAt: Date.now() });
      },
    });
    currentWindowFeatures = windowFeatures;
    const stopFollowingSettings = store().onChange(() => windowFeatures.settingsChanged());
    refreshTray(null);
    features.start();
    let asking = false;
    window.on('close', (event) => {
      const decision = closeDecision(store().current().keepRunningOnClose, own.joined, quitting);
      if (decision === 'hide') {
        // The call goes on (media keeps flowing in the hidden window); the tray brings it back.
        event.preventDefault();
        window.hide();
        return;
      }
      if (decision === 'ask') {
        event.preventDefault();
        if (asking) return;
        asking = true;
        void askKeepRunning(window).then((answer) => {
          asking = false;
          if (window.isDestroyed()) return;
          if (answer === 'keep') window.hide();
          else window.close();
        });
        return;
      }
      // Closing the window leaves the meeting (release_token); shutdown is idempotent.
      void track(own.shutdown('Window closed'));
    });
    window.on('session-end', () => void track(own.shutdown('Computer shutting down')));
    window.on('closed', () => {
      unbind();
      windowFeatures.stop();
      stopFollowingSettings();
      if (currentWindowFeatures === windowFeatures) currentWindowFeatures = null;
      if (service === own) service = null;
      features.meetingChanged(false);
      if (current === window) current = null;
      refreshTray(null);
    });
  }

  function frontWindow(): BrowserWindow | null {
    return current && !current.isDestroyed() ? current : null;
  }

  function receiveArguments(argv: readonly string[]): void {
    const window = frontWindow();
    if (window) {
      sendMeetingLink(window.webContents, argv, linkOptions());
      return;
    }
    // No window (macOS keeps running without one; open-url may come before ready): the link
    // becomes the next window's start-up query.
    pendingLink = argv;
  }

  return {
    openWindow,
    frontWindow,
    receiveArguments,
    leaveForQuit() {
      if (service?.joined) track(service.shutdown('Application quit'));
      return leaving.size > 0 ? Promise.allSettled([...leaving]).then(() => undefined) : null;
    },
  };
}

/** Where the icons are: resources/ beside the source in development, the app's resources when packaged. */
export function resourcesDirectory(isPackaged: boolean, appDir: string): string {
  // process.resourcesPath is Electron's; plain Node (the wiring tests) has none.
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  return isPackaged && packaged ? packaged : join(appDir, '../../resources');
}
