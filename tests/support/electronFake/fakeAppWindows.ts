// app and BrowserWindow, which share the quit sequence: app.quit() closes the windows, a window
// that refuses to close cancels the quit, and closing the last window emits window-all-closed.
import { EventEmitter } from 'node:events';
import { FakeEvent, FakeWebContents } from './fakeWebContents';

export interface LoginItemCall {
  openAtLogin?: boolean;
  args?: string[];
  path?: string;
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly userData: string;
  readonly relaunches: ({ args?: string[]; execPath?: string } | undefined)[] = [];
  readonly loginItemCalls: LoginItemCall[] = [];
  /** Set once the process ended: by app.exit() or a quit nobody cancelled. */
  exitCode: number | null = null;
  quitAttempts = 0;
  sandboxEnabled = false;
  /** Whether another instance already holds the single-instance lock (the test's "Parley is already running"). */
  lockHeldElsewhere = false;
  readonly protocolClients: { protocol: string; path?: string; args?: string[] }[] = [];
  private readyResolve: (() => void) | null = null;
  private readonly readyPromise: Promise<void>;
  private readyFlag = false;
  /** True between a quit's start and its end or cancellation. */
  private quitting = false;

  constructor(
    private readonly windows: () => FakeBrowserWindow[],
    userData: string,
  ) {
    super();
    this.userData = userData;
    this.readyPromise = new Promise((resolve) => (this.readyResolve = resolve));
  }

  get exited(): boolean {
    return this.exitCode !== null;
  }

  get isQuitting(): boolean {
    return this.quitting;
  }

  /** The test's "Electron finished initialising": emits ready and resolves whenReady(). */
  becomeReady(): void {
    this.readyFlag = true;
    this.emit('ready', new FakeEvent(), {});
    this.readyResolve?.();
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.readyFlag;
  }

  /** api/command-line: switches appended before ready, recorded in order. */
  readonly commandLine = {
    switches: [] as { name: string; value: string | undefined }[],
    appendSwitch: (name: string, value?: string): void => {
      this.commandLine.switches.push({ name, value });
    },
  };

  enableSandbox(): void {
    // "This method can only be called before app is ready." (api/app, enableSandbox)
    if (this.readyFlag) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
  }

  /** api/app, getPreferredSystemLanguages(): the OS's preferred languages, most preferred first. */
  preferredSystemLanguages: string[] = ['en-US'];
  getPreferredSystemLanguages(): string[] {
    return [...this.preferredSystemLanguages];
  }

  getPath(name: string): string {
    if (name === 'userData') return this.userData;
    return `${this.userData}/${name}`;
  }

  /**
   * api/app, quit(): "Try to close all windows. The before-quit event will be emitted first. If all
   * windows are successfully closed, the will-quit event will be emitted and by default the
   * application will terminate." before-quit: "Calling event.preventDefault() will prevent the
   * default behavior, which is terminating the application." A window whose close is prevented
   * (api/browser-window, 'close': "Calling event.preventDefault() will cancel the close") cancels
   * the quit; the windows already closed stay closed. window-all-closed is not emitted during a
   * quit ("in this case the window-all-closed event would not be emitted").
   */
  quit(): void {
    if (this.exited || this.quitting) return;
    this.quitAttempts += 1;
    const beforeQuit = new FakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented || this.exited) return;
    this.quitting = true;
    for (const window of [...this.windows()]) {
      if (!window.isDestroyed() && !window.close()) {
        this.quitting = false;
        return;
      }
    }
    const willQuit = new FakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', new FakeEvent(), 0);
    this.exitCode = 0;
    this.quitting = false;
  }

  /**
   * api/app, exit(): "Exits immediately with exitCode. All windows will be closed immediately
   * without asking the user, and the before-quit and will-quit events will not be emitted."
   */
  exit(code = 0): void {
    if (this.exited) return;
    this.exitCode = code;
    for (const window of [...this.windows()]) window.destroy();
  }

  /**
   * api/app, requestSingleInstanceLock(): "If it returns false, another instance already holds the
   * lock ... your process should quit immediately."
   */
  requestSingleInstanceLock(): boolean {
    return !this.lockHeldElsewhere;
  }

  /** api/app, setAsDefaultProtocolClient(protocol[, path, args]): recorded. */
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean {
    this.protocolClients.push({ protocol, ...(path ? { path } : {}), ...(args ? { args } : {}) });
    return true;
  }

  removeAsDefaultProtocolClient(protocol: string): boolean {
    const index = this.protocolClients.findIndex((client) => client.protocol === protocol);
    if (index >= 0) this.protocolClients.splice(index, 1);
    return index >= 0;
  }

  /**
   * api/app, 'second-instance': "Emitted inside the primary instance ... when a second instance has
   * been executed and calls app.requestSingleInstanceLock()", with (event, argv, workingDirectory,
   * additionalData).
   */
  launchSecondInstance(argv: string[], workingDirectory = '/'): void {
    this.emit('second-instance', new FakeEvent(), argv, workingDirectory, {});
  }

  /** api/app, 'open-url' (macOS): (event, url). */
  openUrl(url: string): FakeEvent {
    const event = new FakeEvent();
    this.emit('open-url', event, url);
    return event;
  }

  /** api/app, relaunch(): "this method does not quit the app when executed". */
  relaunch(options?: { args?: string[]; execPath?: string }): void {
    this.relaunches.push(options);
  }

  /** api/app, setBadgeCount(count): "Setting the count to 0 will hide the badge." Recorded in order. */
  readonly badgeCounts: number[] = [];
  setBadgeCount(count = 0): boolean {
    this.badgeCounts.push(count);
    return true;
  }

  /** api/app, setLoginItemSettings: `args` and `path` are Windows-only (ignored on macOS). */
  setLoginItemSettings(settings: LoginItemCall): void {
    this.loginItemCalls.push(settings);
  }

  /** Called by a window that has just closed. */
  windowClosed(): void {
    if (this.quitting || this.exited || this.windows().length > 0) return;
    // api/app, 'window-all-closed': "If you do not subscribe to this event and all windows are
    // closed, the default behavior is to quit the app".
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed');
  }
}

interface WindowHost {
  windows: FakeBrowserWindow[];
  app: FakeApp;
  defaultSession: unknown;
}

// One host per test worker, whichever copy of this module created a window: the wiring tests
// re-import main (vi.resetModules) and with it this module.
const hostKey = Symbol.for('parley.electronFake.windowHost');
const hostSlot = globalThis as unknown as Record<symbol, WindowHost | undefined>;

export function setWindowHost(host: WindowHost): void {
  hostSlot[hostKey] = host;
}

export class FakeBrowserWindow extends EventEmitter {

  readonly options: Record<string, unknown>;
  readonly webContents: FakeWebContents;
  visible = false;
  minimized = false;
  focused = false;
  kiosk: boolean;
  fullScreen: boolean;
  menuRemoved = false;
  maximized = false;
  alwaysOnTop: { flag: boolean; level?: string } = { flag: false };
  minimumSize: [number, number] = [0, 0];
  /** Every setOverlayIcon call (api/browser-window, Windows): the image and its description. */
  readonly overlayIcons: { overlay: unknown; description: string }[] = [];
  private bounds: { x: number; y: number; width: number; height: number };
  /** "title string (optional) - Default window title. Default is "Electron"." (api/browser-window) */
  private title: string;
  private destroyed = false;

  constructor(options: Record<string, unknown> = {}, webContents = new FakeWebContents()) {
    super();
    this.options = options;
    this.webContents = webContents;
    this.kiosk = options.kiosk === true;
    this.fullScreen = options.fullscreen === true;
    // "show boolean (optional) - Whether window should be shown when created. Default is true."
    this.visible = options.show !== false;
    this.title = typeof options.title === 'string' ? options.title : 'Electron';
    // "width Integer (optional) - Window's width in pixels. Default is 800." (height: 600); centred on a 1920x1080 display.
    const width = typeof options.width === 'number' ? options.width : 800;
    const height = typeof options.height === 'number' ? options.height : 600;
    this.bounds = { x: Math.round((1920 - width) / 2), y: Math.round((1080 - height) / 2), width, height };
    if (typeof options.minWidth === 'number' && typeof options.minHeight === 'number') this.minimumSize = [options.minWidth, options.minHeight];
    const host = FakeBrowserWindow.hostOrThrow();
    // webPreferences.session: "Sets the session used by the page" (else the default session).
    const preferences = (options.webPreferences ?? {}) as { session?: unknown };
    webContents.session ??= preferences.session ?? host.defaultSession;
    host.windows.push(this);
    // api/app, 'web-contents-created': "Emitted when a new webContents is created."
    host.app.emit('web-contents-created', new FakeEvent(), webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.hostOrThrow().windows];
  }

  /** "The window that is focused in this application, otherwise returns null." */
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.hostOrThrow().windows.find((window) => window.focused) ?? null;
  }

  private static hostOrThrow(): WindowHost {
    const host = hostSlot[hostKey];
    if (!host) throw new Error('the Electron fake is not set up');
    return host;
  }

  /** "Try to close the window. This has the same effect as a user manually clicking the close button." */
  close(): boolean {
    if (this.destroyed) return true;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.finishClosing();
    return true;
  }

  /** "close event will also not be emitted for this window, but it guarantees the closed event will be emitted." */
  destroy(): void {
    if (!this.destroyed) this.finishClosing();
  }

  private finishClosing(): void {
    this.destroyed = true;
    const host = FakeBrowserWindow.hostOrThrow();
    host.windows.splice(host.windows.indexOf(this), 1);
    this.webContents.destroy();
    this.emit('closed');
    host.app.windowClosed();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  show(): void {
    this.visible = true;
    this.emit('show');
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** "Shows the window but doesn't focus on it." */
  showInactive(): void {
    this.visible = true;
    this.emit('show');
  }

  hide(): void {
    this.visible = false;
    this.focused = false;
    this.emit('hide');
  }

  minimize(): void {
    this.minimized = true;
    this.focused = false;
    this.emit('minimize');
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  /** "Restores the window from minimized state to its previous state." */
  restore(): void {
    this.minimized = false;
    this.emit('restore');
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }

  /** "Resizes and moves the window to the supplied bounds"; never below the minimum size. */
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    const next = { ...this.bounds, ...bounds };
    this.bounds = { ...next, width: Math.max(next.width, this.minimumSize[0]), height: Math.max(next.height, this.minimumSize[1]) };
    this.emit('resize');
  }

  setMinimumSize(width: number, height: number): void {
    this.minimumSize = [width, height];
  }

  getMinimumSize(): [number, number] {
    return [...this.minimumSize];
  }

  /** setAlwaysOnTop(flag[, level]): level defaults to "floating" when flag is true. */
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alwaysOnTop = flag ? { flag, level: level ?? 'floating' } : { flag };
    this.emit('always-on-top-changed', new FakeEvent(), flag);
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop.flag;
  }

  /** Every setVisibleOnAllWorkspaces call, in order (its options are macOS-only; it does nothing on Windows). */
  readonly allWorkspacesCalls: { visible: boolean; options?: { visibleOnFullScreen?: boolean; skipTransformProcessType?: boolean } }[] = [];
  private onAllWorkspaces = false;

  setVisibleOnAllWorkspaces(visible: boolean, options?: { visibleOnFullScreen?: boolean; skipTransformProcessType?: boolean }): void {
    this.allWorkspacesCalls.push(options ? { visible, options } : { visible });
    this.onAllWorkspaces = visible;
  }

  /** "Whether the window is visible on all workspaces." ("Always returns false on Windows.") */
  isVisibleOnAllWorkspaces(): boolean {
    return process.platform !== 'win32' && this.onAllWorkspaces;
  }

  setOverlayIcon(overlay: unknown, description: string): void {
    this.overlayIcons.push({ overlay, description });
  }

  focus(): void {
    this.focused = true;
    this.emit('focus');
  }

  /** "Removes focus from the window" (as when the person clicks into another app): 'blur'. */
  blur(): void {
    if (!this.focused) return;
    this.focused = false;
    this.emit('blur');
  }

  isFocused(): boolean {
    return this.focused;
  }

  setKiosk(on: boolean): void {
    this.kiosk = on;
  }

  isKiosk(): boolean {
    return this.kiosk;
  }

  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  setTitle(title: string): void {
    this.title = title;
  }

  getTitle(): string {
    return this.title;
  }

  removeMenu(): void {
    this.menuRemoved = true;
  }

  setMenu(): void {
    this.menuRemoved = false;
  }

  getMediaSourceId(): string {
    return `window:${this.webContents.id}:0`;
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
}
