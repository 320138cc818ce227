// The kiosk's life in main against the Electron fake: quitting while the room window is locked,
// a start-up that fails, leaving kiosk mode, a Windows shutdown, the daily restart of an AppImage,
// and start at login keeping the whole launch.
import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../../../support/electronFake';
import { createdServices, createFakeMeetingService } from './fakeMeetingService';
import { kioskLogLines } from './recordingKioskLog';
import { restoreProcess, settle, startMain, until } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));
const spawned = vi.hoisted(() => [] as { command: string; args: readonly string[]; detached: boolean | undefined }[]);
vi.mock('node:child_process', () => ({
  spawn: (command: string, args: readonly string[], options: { detached?: boolean }) => {
    spawned.push({ command, args, detached: options.detached });
    return { unref: () => undefined };
  },
}));

let home = '';
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'parley-kiosk-main-'));
  kioskLogLines.length = 0;
  spawned.length = 0;
});
afterEach(restoreProcess);

async function startKiosk(args: string[] = [], env: Record<string, string> = {}) {
  await startMain({ args: ['--kiosk', ...args], env: { XDG_CONFIG_HOME: home, ...env }, platform: 'linux' });
  await until(() => fakeElectron.windows.length > 0, 'the kiosk window opened');
  const window = fakeElectron.windows[0];
  const service = createdServices[0];
  if (!window || !service) throw new Error('the kiosk started no window');
  return { window, service };
}

describe('kiosk quit', () => {
  it('a quit while the room window is locked leaves the meeting and then really quits', async () => {
    const { window, service } = await startKiosk();
    service.joined = true;
    // A person (or the system) closing the locked window is refused.
    expect(window.close()).toBe(false);

    fakeElectron.app.quit();
    await settle();
    expect(service.commandsCalled).toContain('leave');
    expect(fakeElectron.app.exited).toBe(false);
    service.answerRelease();
    await settle();
    expect(fakeElectron.app.exitCode).toBe(0);
    expect(window.isDestroyed()).toBe(true);
  });

  it('a Windows shutdown (session-end, no before-quit) leaves the meeting', async () => {
    const { window, service } = await startKiosk();
    service.joined = true;
    window.emit('session-end', {});
    await settle();
    expect(service.commandsCalled).toContain('leave');
    expect(service.shutdownReasons).toContain('Computer shutting down');
  });
});

describe('kiosk start-up failure', () => {
  let busy: Server | null = null;
  afterEach(() => {
    busy?.close();
    busy = null;
  });

  it('a busy --status-port is logged and ends the process, with no room joined', async () => {
    busy = createServer();
    const port = await new Promise<number>((resolve) => busy?.listen(0, '127.0.0.1', () => resolve((busy?.address() as { port: number }).port)));
    const config = join(home, 'room.json');
    await writeFile(config, JSON.stringify({ node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: true }));
    await startMain({ args: ['--kiosk', `--config=${config}`, `--status-port=${port}`], env: { XDG_CONFIG_HOME: home }, platform: 'linux' });
    await until(() => fakeElectron.app.exited, 'the app exited');
    expect(fakeElectron.app.exitCode).toBe(1);
    expect(createdServices[0]?.commandsCalled).not.toContain('join');
    expect(kioskLogLines.find((line) => line.msg === 'kiosk could not start')?.fields).toMatchObject({ error: expect.stringContaining('EADDRINUSE') });
  });
});

describe('leaving kiosk mode', () => {
  it('opens an ordinary window (frame, menu, not kiosk) and closes the room window', async () => {
    const { window: room, service } = await startKiosk();
    await service.kioskTarget?.exit();
    await until(() => room.isDestroyed(), 'the room window closed');
    expect(room.isDestroyed()).toBe(true);
    const [desktop] = fakeElectron.windows;
    expect(desktop).toBeDefined();
    expect(desktop?.options).not.toHaveProperty('frame', false);
    expect(desktop?.options).not.toHaveProperty('kiosk', true);
    expect(desktop?.menuRemoved).toBe(false);
    expect(fakeElectron.app.exited).toBe(false);
    // The new window's renderer can call in (its own IPC binding, the room's was removed).
    expect(await fakeElectron.invoke('parley:cmd:kioskStatus', desktop?.webContents ?? room.webContents, null)).toMatchObject({ ok: true });
    // And a quit now behaves like the desktop app's.
    fakeElectron.app.quit();
    await settle();
    expect(fakeElectron.app.exitCode).toBe(0);
  });
});

describe('daily restart', () => {
  it('an AppImage restarts from $APPIMAGE, detached, after leaving; not through app.relaunch()', async () => {
    const config = join(home, 'room.json');
    await writeFile(config, JSON.stringify({ node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: false, dailyRestart: '04:00' }));
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: new Date(2026, 0, 1, 3, 58) });
    try {
      await startKiosk([`--config=${config}`], { APPIMAGE: '/home/room/Parley.AppImage' });
      vi.advanceTimersByTime(3 * 60_000);
    } finally {
      vi.useRealTimers();
    }
    await until(() => fakeElectron.app.exited, 'the app exited for the restart');
    expect(fakeElectron.app.relaunches).toEqual([]);
    expect(spawned).toEqual([{ command: '/home/room/Parley.AppImage', args: ['--kiosk', `--config=${config}`], detached: true }]);
    expect(fakeElectron.app.exitCode).toBe(0);
  });
});

describe('start at login', () => {
  it('the Linux autostart entry keeps --config (PARLEY_CONFIG made absolute), --status-port and flag keys', async () => {
    await startKiosk(['--status-port', '0', '--display-name=Room 2', '--no-captions'], { PARLEY_CONFIG: 'rooms/a.json' });
    await until(() => kioskLogLines.some((line) => line.msg === 'kiosk start at login'), 'start at login applied');
    const entry = await readFile(join(home, 'autostart', 'parley-kiosk.desktop'), 'utf8');
    const exec = entry.split('\n').find((line) => line.startsWith('Exec='));
    expect(exec).toBe(`Exec=${process.execPath} --kiosk --status-port=0 "--display-name=Room 2" --no-captions --config=${join(process.cwd(), 'rooms/a.json')}`);
  });

  it('Windows login items get the program and the whole launch; macOS gets none (args are Windows-only) and a log line', async () => {
    await startMain({ args: ['--kiosk', '--config=C:\\rooms\\a.json'], env: { XDG_CONFIG_HOME: home }, platform: 'win32' });
    await until(() => fakeElectron.app.loginItemCalls.length > 0, 'login item set');
    expect(fakeElectron.app.loginItemCalls).toEqual([{ openAtLogin: true, path: process.execPath, args: ['--kiosk', expect.stringContaining('--config=')] }]);

    kioskLogLines.length = 0;
    await startMain({ args: ['--kiosk', '--config=/rooms/a.json'], env: { XDG_CONFIG_HOME: home }, platform: 'darwin' });
    await until(() => fakeElectron.app.loginItemCalls.length > 0, 'login item set');
    expect(fakeElectron.app.loginItemCalls).toEqual([{ openAtLogin: true }]);
    expect(kioskLogLines.some((line) => line.msg.startsWith('kiosk start at login on macOS cannot pass'))).toBe(true);
  });
});
