// One instance and links, against the Electron fake: a second launch's parley:// link reaches the
// running window (which comes to the front), a launch with a link starts the window on it, and a
// second process that did not get the lock opens nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../../../support/electronFake';
import { createFakeMeetingService } from './fakeMeetingService';
import { restoreProcess, settle, startMain, until } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

// The first load of main and its imports is slow on a busy machine; pay for it once, outside the tests.
beforeAll(() => startMain(), 60_000);
afterEach(restoreProcess);

function mainWindow() {
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('main opened no window');
  return window;
}

const linkEvents = (window: ReturnType<typeof mainWindow>) =>
  window.webContents.sent.filter((message) => message.channel === 'parley:event').map((message) => message.payload as { type: string; result?: unknown });

describe('one instance', () => {
  it('a second process that does not get the lock quits and opens no window', async () => {
    await startMain({ prepare: () => (fakeElectron.app.lockHeldElsewhere = true) });
    expect(fakeElectron.windows).toHaveLength(0);
    expect(fakeElectron.app.exitCode).toBe(0);
  });

  it('registers parley:// as the link scheme it handles', async () => {
    await startMain();
    expect(fakeElectron.app.protocolClients).toEqual([{ protocol: 'parley' }]);
  });

  it('a second launch with a parley:// link restores the minimized window, focuses it and hands it the validated link', async () => {
    await startMain();
    const window = mainWindow();
    window.minimize();
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'parley://join?node=meet.example.com&alias=team&name=Ann&muteCamera=1&x=1']);
    expect(window.isMinimized()).toBe(false);
    expect(window.isFocused()).toBe(true);
    expect(linkEvents(window)).toEqual([
      {
        type: 'meeting_link',
        receivedAt: expect.any(Number),
        result: {
          ok: true,
          link: { node: 'https://meet.example.com', alias: 'team', name: 'Ann', pin: null, role: null, muteMicrophone: false, muteCamera: true, callType: null },
        },
      },
    ]);
    expect(fakeElectron.windows).toHaveLength(1);
  });

  it('a bad link is reported to the window in words, not joined', async () => {
    await startMain();
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'parley://join?node=http://meet.example.com&alias=team']);
    expect(linkEvents(mainWindow())).toEqual([{ type: 'meeting_link', receivedAt: expect.any(Number), result: { ok: false, problem: expect.stringMatching(/unencrypted/), code: 'unencryptedNode' } }]);
  });

  it('a link that arrives while the page is still loading waits for it, in order, instead of being lost', async () => {
    await startMain();
    const window = mainWindow();
    window.webContents.loading = true;
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'parley://join?node=meet.example.com&alias=first']);
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'parley://join?node=meet.example.com&alias=second']);
    expect(linkEvents(window)).toEqual([]);
    window.webContents.finishLoad();
    expect(linkEvents(window).map((event) => (event.result as { link: { alias: string } }).link.alias)).toEqual(['first', 'second']);
  });

  it('a second launch without a link only brings the window to the front', async () => {
    await startMain();
    mainWindow().hide();
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley']);
    expect(mainWindow().isVisible()).toBe(true);
    expect(linkEvents(mainWindow())).toEqual([]);
  });
});

describe('launching with a link', () => {
  it('the first launch opens the window on the link\'s join query (join=1)', async () => {
    await startMain({ args: ['parley://join?node=meet.example.com&alias=team&pin=1234'] });
    expect(mainWindow().webContents.loadedUrls).toEqual(['app://parley/index.html?node=https%3A%2F%2Fmeet.example.com&alias=team&pin=1234&join=1']);
  });

  it('macOS open-url with no window open becomes the next window\'s start-up link', async () => {
    await startMain({ platform: 'darwin' });
    // With the window closed (macOS keeps running), a link opens a new window on it.
    mainWindow().close();
    await settle();
    const event = fakeElectron.app.openUrl('parley://join?alias=team@example.com');
    expect(event.defaultPrevented).toBe(true);
    fakeElectron.app.emit('activate');
    expect(mainWindow().webContents.loadedUrls).toEqual(['app://parley/index.html?alias=team%40example.com&join=1']);
  });

  it('a room system ignores links', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const home = await mkdtemp(join(tmpdir(), 'parley-links-kiosk-'));
    await startMain({ args: ['--kiosk'], env: { XDG_CONFIG_HOME: home, HOME: home } });
    await until(() => fakeElectron.windows.length > 0, 'the kiosk window opened');
    const room = mainWindow();
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'parley://join?node=meet.example.com&alias=other']);
    expect(linkEvents(room)).toEqual([]);
  });
});
