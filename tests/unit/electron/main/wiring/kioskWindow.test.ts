// The room window against the Electron fake: on macOS the default menu's Toggle Full Screen
// (Ctrl+Cmd+F) must not leave the kiosk, and whatever leaves fullscreen, a locked room goes back.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeEvent, fakeElectron } from '../../../../support/electronFake';
import { createFakeMeetingService } from './fakeMeetingService';
import { restoreProcess, startMain, until } from './startMain';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

// The first load of main and its imports is slow on a busy machine; pay for it once, outside the tests.
beforeAll(() => startMain(), 60_000);
afterEach(restoreProcess);

async function startRoom() {
  const home = await mkdtemp(join(tmpdir(), 'parley-kiosk-window-'));
  await startMain({ args: ['--kiosk'], env: { XDG_CONFIG_HOME: home, HOME: home }, platform: 'darwin' });
  await until(() => fakeElectron.windows.length > 0, 'the kiosk window opened');
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('no kiosk window');
  return window;
}

const key = (key: string, modifiers: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }>) => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});

describe('macOS kiosk fullscreen', () => {
  it('Ctrl+Cmd+F is stopped before the menu sees it', async () => {
    const window = await startRoom();
    // api/web-contents, 'before-input-event': "Calling event.preventDefault will prevent the page
    // keydown/keyup events and the menu shortcuts."
    const event = new FakeEvent();
    window.webContents.emit('before-input-event', event, key('f', { control: true, meta: true }));
    expect(event.defaultPrevented).toBe(true);
    const typing = new FakeEvent();
    window.webContents.emit('before-input-event', typing, key('f', {}));
    expect(typing.defaultPrevented).toBe(false);
  });

  it('a locked room that left fullscreen goes back to kiosk', async () => {
    const window = await startRoom();
    window.setKiosk(false);
    window.emit('leave-full-screen');
    expect(window.isKiosk()).toBe(true);
  });
});
