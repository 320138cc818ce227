// The fake's state for one test: the app, its windows, the default session, ipcMain, protocol,
// safeStorage and the small modules main touches. reset() starts a fresh "process".
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeApp, FakeBrowserWindow, setWindowHost } from './fakeAppWindows';
import { FakeEvent, type FakeFrame, FakeNavigationEvent, FakeWebContents, type WindowOpenDetails } from './fakeWebContents';

type PermissionRequestHandler = (
  contents: FakeWebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (contents: FakeWebContents | null, permission: string, requestingOrigin: string, details: unknown) => boolean;
type IpcHandler = (event: unknown, arg: unknown) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeSession {
  /** The partition string it was made from (session.fromPartition); '' for the default session. */
  constructor(readonly partition = '') {}
  storageClears = 0;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  displayMediaRequestHandler: unknown = null;
  readonly proxies: unknown[] = [];
  /** api/session, setProxy(config): "Returns Promise<void> - Resolves when the proxy setting process is complete." */
  setProxy(config: unknown): Promise<void> {
    this.proxies.push(config);
    return Promise.resolve();
  }
  /** What resolveProxy answers, as the OS's settings would have it (a test records it); Chromium says "DIRECT" when no proxy applies. */
  proxyAnswer = 'DIRECT';
  readonly resolvedProxyUrls: string[] = [];
  /** api/session, resolveProxy(url): "Returns Promise<string> - Resolves with the proxy information for url." */
  resolveProxy(url: string): Promise<string> {
    this.resolvedProxyUrls.push(url);
    return Promise.resolve(this.proxyAnswer);
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: unknown): void {
    this.displayMediaRequestHandler = handler;
  }
  /** api/session, clearStorageData(): "Returns Promise<void> - resolves when the storage data has been cleared." */
  clearStorageData(): Promise<void> {
    this.storageClears += 1;
    return Promise.resolve();
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, IpcHandler>();
  /** api/ipc-main, handle(): a second handler for one channel throws ("Attempted to register a second handler for ..."). */
  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

/** safeStorage: the synchronous calls are deprecated in Electron 45; both produce the same data. */
export class FakeSafeStorage {
  syncCalls = 0;
  available = true;
  backend: 'basic_text' | 'gnome_libsecret' = 'gnome_libsecret';
  private seal = (clear: string): Buffer => Buffer.from(`sealed:${clear}`);
  private open = (sealed: Buffer): string => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return text.slice('sealed:'.length);
  };
  isEncryptionAvailable(): boolean {
    this.syncCalls += 1;
    return this.available;
  }
  encryptString(clear: string): Buffer {
    this.syncCalls += 1;
    return this.seal(clear);
  }
  decryptString(sealed: Buffer): string {
    this.syncCalls += 1;
    return this.open(sealed);
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  }
  encryptStringAsync(clear: string): Promise<Buffer> {
    return Promise.resolve(this.seal(clear));
  }
  async decryptStringAsync(sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    return { result: this.open(sealed), shouldReEncrypt: false };
  }
}

/**
 * api/notification: "new Notification([options])" ... "show(): Immediately shows the notification to
 * the user"; 'click': "Emitted when the notification is clicked by the user"; close(): "Dismisses the
 * notification", emitting 'close'. The test clicks one with click().
 */
export class FakeNotification extends EventEmitter {
  shown = false;
  closed = false;
  constructor(readonly options: { title?: string; body?: string; icon?: unknown; silent?: boolean }) {
    super();
    fakeElectron.notifications.push(this);
  }
  static isSupported(): boolean {
    return fakeElectron.notificationsSupported;
  }
  show(): void {
    this.shown = true;
    this.emit('show', new FakeEvent());
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', new FakeEvent());
  }
  /** The person clicks it (only a shown notification can be clicked). */
  click(): void {
    if (!this.shown || this.closed) throw new Error('only a shown notification can be clicked');
    this.emit('click', new FakeEvent());
  }
}

/** api/screen, Display: one 1920x1080 display with a 40-pixel taskbar at the bottom. */
export const fakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 };

export class FakeElectron {
  app!: FakeApp;
  windows: FakeBrowserWindow[] = [];
  defaultSession = new FakeSession();
  partitions = new Map<string, FakeSession>();
  ipcMain = new FakeIpcMain();
  safeStorage = new FakeSafeStorage();
  privilegedSchemes: unknown[] = [];
  protocolHandlers = new Map<string, ProtocolHandler>();
  fetched: string[] = [];
  openedExternally: string[] = [];
  applicationMenu: unknown = undefined;
  errorBoxes: { title: string; content: string }[] = [];
  /** Open message boxes, oldest first; the test answers one with the index of a button. */
  messageBoxes: { options: { message: string; buttons?: string[] }; answer: (response: number) => void }[] = [];
  trays: { image: unknown; menu: unknown; tooltip: string; destroyed: boolean }[] = [];
  notifications: FakeNotification[] = [];
  notificationsSupported = true;
  awakeBlockers = new Set<number>();
  /** globalShortcut: the accelerators this app holds, and those the test says another app holds. */
  globalShortcuts = new Map<string, () => void>();
  shortcutsHeldElsewhere = new Set<string>();
  private nextBlocker = 1;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.windows = [];
    this.app = new FakeApp(() => this.windows, mkdtempSync(join(tmpdir(), 'parley-fake-userdata-')));
    this.defaultSession = new FakeSession();
    this.partitions = new Map();
    setWindowHost({ windows: this.windows, app: this.app, defaultSession: this.defaultSession });
    this.ipcMain = new FakeIpcMain();
    this.safeStorage = new FakeSafeStorage();
    this.privilegedSchemes = [];
    this.protocolHandlers = new Map();
    this.fetched = [];
    this.openedExternally = [];
    this.applicationMenu = undefined;
    this.errorBoxes = [];
    this.messageBoxes = [];
    this.trays = [];
    this.notifications = [];
    this.notificationsSupported = true;
    this.awakeBlockers = new Set();
    this.globalShortcuts = new Map();
    this.shortcutsHeldElsewhere = new Set();
  }

  /**
   * api/global-shortcut, register: "Returns boolean - Whether or not the shortcut was registered
   * successfully"; "When the accelerator is already taken by other applications, this call will
   * silently fail".
   */
  registerShortcut(accelerator: string, callback: () => void): boolean {
    if (this.shortcutsHeldElsewhere.has(accelerator)) return false;
    this.globalShortcuts.set(accelerator, callback);
    return true;
  }

  /** The person presses a registered accelerator while another app has focus. */
  pressShortcut(accelerator: string): void {
    const callback = this.globalShortcuts.get(accelerator);
    if (!callback) throw new Error(`no global shortcut ${accelerator} is registered`);
    callback();
  }

  /**
   * api/session, fromPartition(): "When there is an existing Session with the same partition, it
   * will be returned; otherwise a new Session instance will be created". Without the `persist:`
   * prefix it is an in-memory session.
   */
  fromPartition(partition: string): FakeSession {
    const existing = this.partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession(partition);
    this.partitions.set(partition, created);
    return created;
  }

  /**
   * A navigation the page starts (a link, a form, `location.href = ...`): will-navigate first
   * (api/web-contents: "Calling event.preventDefault() will prevent the navigation"), then, if
   * nobody prevented it, did-navigate (event, url, httpResponseCode, httpStatusText). Returns
   * whether the page got there.
   */
  navigate(contents: FakeWebContents, url: string): boolean {
    const event = new FakeNavigationEvent(url);
    contents.emit('will-navigate', event, url, false, true);
    if (event.defaultPrevented) return false;
    this.arrive(contents, url);
    return true;
  }

  /**
   * A server-side redirect during a navigation: will-redirect ("Calling event.preventDefault()
   * will prevent the navigation (not just the redirect)"), then did-navigate to the new address.
   */
  redirect(contents: FakeWebContents, url: string): boolean {
    const event = new FakeNavigationEvent(url);
    contents.emit('will-redirect', event, url, false, true);
    if (event.defaultPrevented) return false;
    this.arrive(contents, url);
    return true;
  }

  /** A page finishing its first load (a popup opened with a URL): did-navigate only. */
  arrive(contents: FakeWebContents, url: string): void {
    contents.mainFrame = { ...contents.mainFrame, url, origin: new URL(url).origin };
    contents.emit('did-navigate', new FakeEvent(), url, 200, 'OK');
  }

  /** api/browser-window, 'ready-to-show': "Emitted when the web page has been rendered (while not being shown)". */
  paint(window: FakeBrowserWindow): void {
    window.emit('ready-to-show', new FakeEvent());
  }

  /**
   * Calls an ipcMain.handle handler as a message from `contents` would. Each message carries its
   * own senderFrame object (api/structures/ipc-main-invoke-event); a frame is identified by
   * processId and routingId (api/web-frame-main, fromId), not by object identity.
   */
  async invoke(channel: string, contents: FakeWebContents, arg: unknown, frame?: FakeFrame): Promise<unknown> {
    const handler = this.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = frame ?? { ...contents.mainFrame };
    return handler({ sender: contents, senderFrame, processId: senderFrame.processId, frameId: senderFrame.routingId }, arg);
  }

  /**
   * window.open from `opener`: the window open handler decides (api/web-contents,
   * setWindowOpenHandler); an allowed about:blank popup gets a window whose URL is about:blank and
   * whose frame origin is its opener's (api/web-frame-main, origin), then did-create-window fires.
   */
  openPopup(opener: FakeBrowserWindow, details: Pick<WindowOpenDetails, 'url' | 'frameName'> & Partial<Pick<WindowOpenDetails, 'disposition'>>): FakeBrowserWindow | null {
    const handler = opener.webContents.windowOpenHandler;
    const full: WindowOpenDetails = { features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' }, ...details };
    const response = handler ? handler(full) : { action: 'allow' as const };
    if (response.action === 'deny') return null;
    const contents = new FakeWebContents(opener.webContents.mainFrame.origin);
    // A child window shares its opener's session unless its options name one.
    const preferences = (response.overrideBrowserWindowOptions?.webPreferences ?? {}) as { session?: unknown };
    contents.session = preferences.session ?? opener.webContents.session;
    contents.mainFrame = { ...contents.mainFrame, url: details.url, origin: opener.webContents.mainFrame.origin, parent: null };
    const child = new FakeBrowserWindow({ ...(response.overrideBrowserWindowOptions ?? {}) }, contents);
    opener.webContents.emit('did-create-window', child, full);
    return child;
  }

  /**
   * A person's click in `contents`: api/web-contents, 'input-event' ("Emitted when an input event is
   * sent to the WebContents"), here the mouseDown/mouseUp pair of api/structures/mouse-input-event.
   */
  click(contents: FakeWebContents): void {
    for (const type of ['mouseDown', 'mouseUp']) contents.emit('input-event', new FakeEvent(), { type, x: 10, y: 10, button: 'left', clickCount: 1, modifiers: [] });
  }

  /** A link with target=_blank (disposition foreground-tab), as Chromium hands it to the window open handler. */
  openLink(opener: FakeBrowserWindow, url: string): FakeBrowserWindow | null {
    return this.openPopup(opener, { url, frameName: '', disposition: 'foreground-tab' });
  }

  /** A permission request from `contents`, as Chromium makes it (api/session, setPermissionRequestHandler). */
  requestPermission(contents: FakeWebContents, permission: string): Promise<boolean> {
    const session = contents.session instanceof FakeSession ? contents.session : this.defaultSession;
    const handler = session.permissionRequestHandler;
    // Without a handler Electron grants every permission.
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl: contents.getURL(), isMainFrame: true }));
  }

  startBlocker(): number {
    const id = this.nextBlocker++;
    this.awakeBlockers.add(id);
    return id;
  }
}

// One fake per test worker, shared by every copy of this module (see setWindowHost).
const fakeKey = Symbol.for('parley.electronFake');
const fakeSlot = globalThis as unknown as Record<symbol, FakeElectron | undefined>;
export const fakeElectron: FakeElectron = fakeSlot[fakeKey] ?? (fakeSlot[fakeKey] = new FakeElectron());
