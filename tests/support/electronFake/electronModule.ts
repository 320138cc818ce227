// The `electron` module as main imports it, backed by the fake's current state. Use with
//   vi.mock('electron', async () => (await import('<path>/tests/support/electronFake')).electronModule);
// Every export reads the fake's state when called, so reset() between tests takes effect.
import { FakeBrowserWindow } from './fakeAppWindows';
import { fakeDisplay, fakeElectron as fake, FakeNotification } from './fakeElectron';

const app = new Proxy({} as Record<string | symbol, unknown>, {
  get(_target, key) {
    const value = Reflect.get(fake.app, key) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(fake.app) : value;
  },
});

export const electronModule: Record<string, unknown> = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session: {
    get defaultSession() {
      return fake.defaultSession;
    },
    fromPartition: (partition: string) => fake.fromPartition(partition),
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, arg: unknown) => unknown) => fake.ipcMain.handle(channel, handler),
    removeHandler: (channel: string) => fake.ipcMain.removeHandler(channel),
  },
  protocol: {
    /** api/protocol: "This method can only be used before the ready event of the app module gets emitted". */
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (fake.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
      fake.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      fake.protocolHandlers.set(scheme, handler);
    },
  },
  net: {
    fetch(url: string) {
      fake.fetched.push(url);
      return Promise.resolve(new Response(`fetched ${url}`));
    },
  },
  shell: {
    openExternal(url: string) {
      fake.openedExternally.push(url);
      return Promise.resolve();
    },
  },
  safeStorage: new Proxy({} as Record<string | symbol, unknown>, {
    get(_target, key) {
      const value = Reflect.get(fake.safeStorage, key) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(fake.safeStorage) : value;
    },
  }),
  powerSaveBlocker: {
    start: () => fake.startBlocker(),
    stop: (id: number) => void fake.awakeBlockers.delete(id),
    isStarted: (id: number) => fake.awakeBlockers.has(id),
  },
  globalShortcut: {
    register: (accelerator: string, callback: () => void) => fake.registerShortcut(accelerator, callback),
    unregister: (accelerator: string) => void fake.globalShortcuts.delete(accelerator),
    unregisterAll: () => fake.globalShortcuts.clear(),
    isRegistered: (accelerator: string) => fake.globalShortcuts.has(accelerator),
  },
  desktopCapturer: { getSources: () => Promise.resolve([]) },
  systemPreferences: { getMediaAccessStatus: () => 'granted' },
  Menu: {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu(menu: unknown) {
      fake.applicationMenu = menu;
    },
  },
  dialog: {
    showErrorBox(title: string, content: string) {
      fake.errorBoxes.push({ title, content });
    },
    /** api/dialog, showMessageBox: "Resolves with a promise containing ... response: The index of the clicked button." */
    showMessageBox(_window: unknown, options: { message: string; buttons?: string[] }) {
      return new Promise((resolve) => fake.messageBoxes.push({ options, answer: (response: number) => resolve({ response, checkboxChecked: false }) }));
    },
  },
  /** api/tray: records its menu and tooltip. */
  Tray: class {
    menu: unknown = null;
    tooltip = '';
    destroyed = false;
    constructor(readonly image: unknown) {
      fake.trays.push(this);
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    destroy() {
      this.destroyed = true;
    }
  },
  /** api/native-image: createFromPath's image, recording the representations added to it (addRepresentation). */
  nativeImage: {
    createFromPath: (path: string) => {
      const representations: { scaleFactor?: number; buffer?: Buffer }[] = [];
      return { path, representations, addRepresentation: (options: { scaleFactor?: number; buffer?: Buffer }) => void representations.push(options) };
    },
  },
  Notification: FakeNotification,
  /** api/screen, getDisplayMatching(rect): "The display that most closely intersects the provided bounds." One display here. */
  screen: { getDisplayMatching: () => fakeDisplay, getPrimaryDisplay: () => fakeDisplay },
};

export default electronModule;
