// The desktop window's wiring against the Electron fake: the presentation pop-out may go full
// screen, the dev server is used in `npm run dev`, IPC answers only the window's own frame, and a
// window whose ready-to-show never comes is shown anyway.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandNames } from '../../../../../electron/shared/bridge';
import { ipcChannels } from '../../../../../electron/shared/transports';
import { fakeElectron } from '../../../../support/electronFake';
import { createFakeMeetingService } from './fakeMeetingService';
import { restoreProcess, startMain } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

afterEach(() => {
  vi.useRealTimers();
  restoreProcess();
});

function mainWindow() {
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('main opened no window');
  return window;
}

describe('presentation pop-out', () => {
  it('its "Full screen" (HTML fullscreen) is granted: the about:blank window has the app origin', async () => {
    await startMain();
    const popup = fakeElectron.openPopup(mainWindow(), { url: 'about:blank', frameName: 'parley-presentation' });
    if (!popup) throw new Error('the presentation window was denied');
    expect(popup.webContents.getURL()).toBe('about:blank');
    expect(await fakeElectron.requestPermission(popup.webContents, 'fullscreen')).toBe(true);
    expect(await fakeElectron.requestPermission(mainWindow().webContents, 'fullscreen')).toBe(true);
  });

  it('permissions stay refused for other origins and other permissions', async () => {
    await startMain();
    expect(await fakeElectron.requestPermission(mainWindow().webContents, 'geolocation')).toBe(false);
    const stranger = fakeElectron.openPopup(mainWindow(), { url: 'about:blank', frameName: 'parley-presentation' });
    if (!stranger) throw new Error('the presentation window was denied');
    stranger.webContents.mainFrame = { ...stranger.webContents.mainFrame, origin: 'https://evil.example' };
    expect(await fakeElectron.requestPermission(stranger.webContents, 'fullscreen')).toBe(false);
    expect(fakeElectron.openPopup(mainWindow(), { url: 'https://evil.example/', frameName: 'x' })).toBeNull();
  });
});

describe('renderer source', () => {
  it('npm run dev: app://parley is served from ELECTRON_RENDERER_URL, the page keeps the app origin', async () => {
    await startMain({ packaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    const handler = fakeElectron.protocolHandlers.get('app');
    await handler?.(new Request('app://parley/src/main.ts?t=1'));
    expect(fakeElectron.fetched).toEqual(['http://localhost:5173/src/main.ts?t=1']);
    expect(mainWindow().webContents.loadedUrls).toEqual(['app://parley/index.html']);
  });

  it('a packaged app ignores ELECTRON_RENDERER_URL and serves its own files', async () => {
    await startMain({ packaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    await fakeElectron.protocolHandlers.get('app')?.(new Request('app://parley/index.html'));
    expect(fakeElectron.fetched).toHaveLength(1);
    expect(fakeElectron.fetched[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });
});

describe('app:// response headers', () => {
  it.each([
    ['packaged files', { packaged: true }],
    ['the dev server', { packaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }],
  ])('%s carry the renderer CSP as a header', async (_name, options) => {
    await startMain(options);
    const response = await fakeElectron.protocolHandlers.get('app')?.(new Request('app://parley/index.html'));
    const csp = response?.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src-elem 'self'");
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response?.text()).toMatch(/^fetched /);
  });
});

describe('IPC sender check', () => {
  it('answers the window\'s main frame (a fresh frame object per message), refuses others', async () => {
    await startMain();
    const contents = mainWindow().webContents;
    expect(await fakeElectron.invoke('parley:cmd:kioskStatus', contents, null)).toMatchObject({ ok: true });
    const child = { ...contents.mainFrame, routingId: contents.mainFrame.routingId + 1, parent: contents.mainFrame };
    expect(await fakeElectron.invoke('parley:cmd:kioskStatus', contents, null, child)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const elsewhere = { ...contents.mainFrame, url: 'https://evil.example/' };
    expect(await fakeElectron.invoke('parley:cmd:kioskStatus', contents, null, elsewhere)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('every bridge command is bound, and each one refuses a frame from elsewhere', async () => {
    await startMain();
    const contents = mainWindow().webContents;
    const bound = [...fakeElectron.ipcMain.handlers.keys()].filter((channel) => channel.startsWith(ipcChannels.commandPrefix));
    expect(bound.sort()).toEqual(commandNames.map((name) => ipcChannels.commandPrefix + name).sort());
    const elsewhere = { ...contents.mainFrame, url: 'https://evil.example/' };
    const answers = await Promise.all(commandNames.map(async (name) => [name, await fakeElectron.invoke(ipcChannels.commandPrefix + name, contents, null, elsewhere)] as const));
    expect(answers.filter(([, answer]) => (answer as { error?: { code?: string } }).error?.code !== 'forbidden').map(([name]) => name)).toEqual([]);
  });
});

describe('showing windows', () => {
  it('a window that never gets ready-to-show (some Wayland setups) is shown by the fallback timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await startMain();
    expect(mainWindow().isVisible()).toBe(false);
    vi.runOnlyPendingTimers();
    expect(mainWindow().isVisible()).toBe(true);
  });

  it('ready-to-show shows it at once', async () => {
    await startMain();
    fakeElectron.paint(mainWindow());
    expect(mainWindow().isVisible()).toBe(true);
  });
});
