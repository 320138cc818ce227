// External opens against the Electron fake: the desktop window sends only an http(s) link the
// person just clicked to their browser (shell.openExternal); the kiosk room opens nothing at all.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, fakeElectron } from '../../../../support/electronFake';
import { createFakeMeetingService } from './fakeMeetingService';
import { restoreProcess, startMain, until } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

afterEach(restoreProcess);

function firstWindow() {
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('main opened no window');
  return window;
}

describe('desktop window links', () => {
  it('opens a clicked https link in the browser and nothing in the app', async () => {
    await startMain();
    const window = firstWindow();
    fakeElectron.click(window.webContents);
    expect(fakeElectron.openLink(window, 'https://example.com/agenda')).toBeNull();
    expect(fakeElectron.openedExternally).toEqual(['https://example.com/agenda']);
  });

  it('opens nothing without a click, for a script-made window, or for another scheme', async () => {
    await startMain();
    const window = firstWindow();
    expect(fakeElectron.openLink(window, 'https://example.com/no-click')).toBeNull();
    fakeElectron.click(window.webContents);
    expect(fakeElectron.openPopup(window, { url: 'https://example.com/popup', frameName: 'x', disposition: 'new-window' })).toBeNull();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x', 'ms-settings:privacy']) {
      expect(fakeElectron.openLink(window, url)).toBeNull();
    }
    expect(fakeElectron.openedExternally).toEqual([]);
  });

  it('the presentation pop-out follows the same rule', async () => {
    await startMain();
    const window = firstWindow();
    const popup = fakeElectron.openPopup(window, { url: 'about:blank', frameName: 'parley-presentation' });
    if (!popup) throw new Error('the presentation window was denied');
    expect(fakeElectron.openLink(window, 'https://example.com/unclicked')).toBeNull();
    fakeElectron.click(window.webContents);
    expect(fakeElectron.openLink(window, 'https://example.com/clicked')).toBeNull();
    expect(fakeElectron.openedExternally).toEqual(['https://example.com/clicked']);
  });
});

describe('kiosk window', () => {
  async function startRoom() {
    const home = await mkdtemp(join(tmpdir(), 'parley-kiosk-links-'));
    await startMain({ args: ['--kiosk'], env: { XDG_CONFIG_HOME: home, HOME: home } });
    await until(() => fakeElectron.windows.length > 0, 'the kiosk window opened');
    return firstWindow();
  }

  it('denies every open, even a clicked https link, and opens no browser', async () => {
    const room = await startRoom();
    fakeElectron.click(room.webContents);
    expect(fakeElectron.openLink(room, 'https://example.com/agenda')).toBeNull();
    expect(fakeElectron.openPopup(room, { url: 'about:blank', frameName: 'parley-presentation' })).toBeNull();
    expect(fakeElectron.openPopup(room, { url: 'https://example.com/', frameName: 'x' })).toBeNull();
    expect(fakeElectron.openedExternally).toEqual([]);
  });

  it('refuses navigation and redirects away from the app', async () => {
    const room = await startRoom();
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = new FakeEvent();
      room.webContents.emit(name, away, 'https://evil.example/');
      expect(away.defaultPrevented).toBe(true);
    }
    const inApp = new FakeEvent();
    room.webContents.emit('will-navigate', inApp, 'app://parley/index.html');
    expect(inApp.defaultPrevented).toBe(false);
  });
});
