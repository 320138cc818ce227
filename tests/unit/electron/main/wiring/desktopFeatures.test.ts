// System-wide shortcuts, updates, start at login and trusted certificates, wired in electron/main
// against the Electron fake. electron-updater and uiohook-napi are replaced by small fakes that
// record calls and play their documented events (update-available, update-downloaded; keydown,
// keyup); their real behaviour runs only where the packaged app does.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../../../support/electronFake';
import { createdServices, createFakeMeetingService, type FakeMeetingService } from './fakeMeetingService';
import { restoreProcess, settle, startMain, until } from './startMain';

const fakes = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeUpdater extends EventEmitter {
    autoDownload = true;
    autoInstallOnAppQuit = false;
    active = true;
    checks = 0;
    downloads = 0;
    installs = 0;
    isUpdaterActive(): boolean {
      return this.active;
    }
    checkForUpdates(): Promise<null> {
      this.checks += 1;
      return Promise.resolve(null);
    }
    downloadUpdate(): Promise<string[]> {
      this.downloads += 1;
      return Promise.resolve([]);
    }
    quitAndInstall(): void {
      this.installs += 1;
    }
  }
  class FakeKeyHook extends EventEmitter {
    running = false;
    failWith: string | null = null;
    start(): void {
      if (this.failWith) throw new Error(this.failWith);
      this.running = true;
    }
    stop(): void {
      this.running = false;
    }
  }
  // Set: loading uiohook-napi throws, as node-gyp-build does when no prebuild fits (its own message).
  const native: { loadFailure: string | null } = { loadFailure: null };
  return { updater: new FakeUpdater(), hook: new FakeKeyHook(), native, FakeUpdater, FakeKeyHook };
});

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));
vi.mock('electron-updater', () => ({
  get autoUpdater() {
    return fakes.updater;
  },
}));
vi.mock('uiohook-napi', () => ({
  get uIOhook() {
    if (fakes.native.loadFailure) throw new Error(fakes.native.loadFailure);
    return fakes.hook;
  },
}));

// The first load of main and its imports is slow on a busy machine; pay for it once, outside the tests.
beforeAll(() => startMain(), 60_000);
// Main loads electron-updater only inside Electron (its real module would fetch the binary); here
// it is the fake above, so this "process" claims to be Electron.
beforeAll(() => void Object.defineProperty(process.versions, 'electron', { value: '45.5.0', configurable: true }));
afterAll(() => void Reflect.deleteProperty(process.versions, 'electron'));
afterEach(() => {
  restoreProcess();
  fakes.updater = new fakes.FakeUpdater();
  fakes.hook = new fakes.FakeKeyHook();
  fakes.native.loadFailure = null;
});

const toggleMute = 'CommandOrControl+Alt+M';
// The Linux key hook runs only with an X display (electron/desktop/keyHookDisplay.ts).
const withDisplay = { DISPLAY: ':0' };
const space = 57;
const ctrl = 29;

function storedSettings(settings: Record<string, unknown>): () => void {
  return () => writeFileSync(join(fakeElectron.app.userData, 'settings.json'), JSON.stringify({ version: 1, settings }));
}

function opened(): { service: FakeMeetingService; events: () => { type: string; [key: string]: unknown }[] } {
  const [window] = fakeElectron.windows;
  const service = createdServices[0];
  if (!window || !service) throw new Error('main opened no window');
  const events = () =>
    window.webContents.sent.filter((message) => message.channel === 'parley:event').map((message) => message.payload as { type: string; [key: string]: unknown });
  return { service, events };
}

const desktop = (service: FakeMeetingService) => {
  if (!service.desktopTarget) throw new Error('main attached no desktop target');
  return service.desktopTarget;
};

describe('system-wide shortcuts', () => {
  it('are not taken while the setting is off (the default)', async () => {
    await startMain();
    const { service } = opened();
    service.setJoined(true);
    await settle();
    expect(fakeElectron.globalShortcuts.size).toBe(0);
    expect(fakes.hook.running).toBe(false);
  });

  it('with the setting on, toggle mute is held and reaches the window from another app; push-to-talk runs only in a meeting', async () => {
    await startMain({ env: withDisplay, prepare: storedSettings({ systemShortcuts: true }) });
    const { service, events } = opened();
    await until(() => fakeElectron.globalShortcuts.has(toggleMute), 'toggle mute registered');
    expect(fakes.hook.running).toBe(false);

    fakeElectron.pressShortcut(toggleMute);
    expect(events().filter((event) => event.type === 'system_shortcut')).toEqual([{ type: 'system_shortcut', action: 'toggle_microphone', receivedAt: expect.any(Number) }]);

    service.setJoined(true);
    await until(() => fakes.hook.running, 'the key hook started in the meeting');
    fakes.hook.emit('keydown', { keycode: ctrl, ctrlKey: true, altKey: false });
    fakes.hook.emit('keydown', { keycode: space, ctrlKey: true, altKey: true });
    fakes.hook.emit('keydown', { keycode: space, ctrlKey: true, altKey: true });
    fakes.hook.emit('keyup', { keycode: space, ctrlKey: true, altKey: true });
    const actions = events()
      .filter((event) => event.type === 'system_shortcut')
      .map((event) => event.action);
    expect(actions).toEqual(['toggle_microphone', 'talk_start', 'talk_end']);
    expect(desktop(service).status()).toMatchObject({ systemShortcutsActive: true, systemShortcutsProblem: null });

    service.setJoined(false);
    await until(() => !fakes.hook.running, 'the key hook stopped after the meeting');
    expect(fakeElectron.globalShortcuts.has(toggleMute)).toBe(true);
  });

  it('a shortcut another app holds is reported in words, and turning the setting off gives the keys back', async () => {
    await startMain({
      prepare: () => {
        storedSettings({ systemShortcuts: true })();
        fakeElectron.shortcutsHeldElsewhere.add(toggleMute);
      },
    });
    const { service, events } = opened();
    await until(() => desktop(service).status().systemShortcutsProblem !== null, 'the refusal reported');
    expect(desktop(service).status()).toEqual(expect.objectContaining({ systemShortcutsActive: false, systemShortcutsProblem: expect.stringMatching(/Another app is already using Ctrl\+Alt\+M/) }));
    expect(events().some((event) => event.type === 'desktop_status')).toBe(true);

    // The other app lets go; the person turns the setting off and on again.
    fakeElectron.shortcutsHeldElsewhere.clear();
    await service.settingsTarget?.write({ systemShortcuts: false });
    await settle();
    await service.settingsTarget?.write({ systemShortcuts: true });
    await until(() => fakeElectron.globalShortcuts.has(toggleMute), 'registered on the second try');
    expect(desktop(service).status().systemShortcutsProblem).toBeNull();

    await service.settingsTarget?.write({ systemShortcuts: false });
    await until(() => !fakeElectron.globalShortcuts.has(toggleMute), 'given back');
  });

  it('a key hook that cannot start (no permission, no binary) is reported, not ignored', async () => {
    await startMain({ env: withDisplay, prepare: storedSettings({ systemShortcuts: true }) });
    fakes.hook.failWith = 'Accessibility API is disabled';
    const { service } = opened();
    service.setJoined(true);
    await until(() => desktop(service).status().systemShortcutsProblem !== null, 'the failure reported');
    expect(desktop(service).status().systemShortcutsProblem).toMatch(/Push-to-talk from other apps \(Ctrl\+Alt\+Space\) is not available/);
  });

  it('on Linux without an X display the hook is never started (libuiohook would abort Parley); Settings says why', async () => {
    const display = process.env.DISPLAY;
    delete process.env.DISPLAY;
    try {
      await startMain({ prepare: storedSettings({ systemShortcuts: true }) });
      const { service } = opened();
      service.setJoined(true);
      await until(() => desktop(service).status().systemShortcutsProblem !== null, 'the refusal reported');
      expect(desktop(service).status().systemShortcutsProblem).toMatch(/^Push-to-talk from other apps \(Ctrl\+Alt\+Space\) is not available/);
      expect(fakes.hook.running).toBe(false);
      expect(fakes.hook.listenerCount('keydown')).toBe(0);
    } finally {
      if (display !== undefined) process.env.DISPLAY = display;
    }
  });

  it('a native module that cannot load (no prebuild for this OS or CPU) is reported in Settings; toggle mute still works', async () => {
    fakes.native.loadFailure = 'No native build was found for platform=linux arch=arm64 runtime=electron abi=140 uv=1 armv=8 libc=glibc node=22.20.0 electron=45.5.0';
    await startMain({ env: withDisplay, prepare: storedSettings({ systemShortcuts: true }) });
    const { service, events } = opened();
    service.setJoined(true);
    await until(() => desktop(service).status().systemShortcutsProblem !== null, 'the load failure reported');
    expect(desktop(service).status().systemShortcutsProblem).toMatch(/^Push-to-talk from other apps \(Ctrl\+Alt\+Space\) is not available/);
    expect(fakes.hook.running).toBe(false);
    fakeElectron.pressShortcut(toggleMute);
    expect(events().filter((event) => event.type === 'system_shortcut').map((event) => event.action)).toEqual(['toggle_microphone']);
  });
});

describe('system-wide shortcut keys changed in Settings', () => {
  const newKeys = 'CommandOrControl+Shift+K';
  const f9 = 67;
  const shift = 42;
  const systemActions = (events: () => { type: string; [key: string]: unknown }[]) =>
    events()
      .filter((event) => event.type === 'system_shortcut')
      .map((event) => event.action);

  it('re-register live: the old accelerator is given back, the new one held and pressed from another app; the settings keep it', async () => {
    await startMain({ prepare: storedSettings({ systemShortcuts: true }) });
    const { service, events } = opened();
    await until(() => fakeElectron.globalShortcuts.has(toggleMute), 'toggle mute registered');

    const changed = await desktop(service).changeShortcutKeys({ toggleMute: newKeys });
    expect(changed).toMatchObject({ ok: true, value: { settings: { systemShortcutKeys: { toggleMute: newKeys } } } });
    expect([...fakeElectron.globalShortcuts.keys()]).toEqual([newKeys]);
    fakeElectron.pressShortcut(newKeys);
    expect(systemActions(events)).toEqual(['toggle_microphone']);
    await settle();
    expect([...fakeElectron.globalShortcuts.keys()]).toEqual([newKeys]);

    // A change written by any path (here the settings command) is followed the same way.
    await service.settingsTarget?.write({ systemShortcutKeys: { toggleMute: 'Alt+F8', pushToTalk: { modifiers: ['ctrl', 'alt'], key: 'Space' } } });
    await until(() => fakeElectron.globalShortcuts.has('Alt+F8'), 'the written keys registered');
    expect([...fakeElectron.globalShortcuts.keys()]).toEqual(['Alt+F8']);
  });

  it('keys another app holds are refused in words; the old keys stay held and in the settings', async () => {
    await startMain({ platform: 'darwin', prepare: storedSettings({ systemShortcuts: true }) });
    fakeElectron.shortcutsHeldElsewhere.add(newKeys);
    const { service } = opened();
    await until(() => fakeElectron.globalShortcuts.has(toggleMute), 'toggle mute registered');

    const refused = await desktop(service).changeShortcutKeys({ toggleMute: newKeys });
    expect(refused).toEqual({ ok: false, error: { code: 'failed', message: expect.stringMatching(/^Another app is already using ⇧⌘K.*Parley keeps ⌥⌘M/) } });
    expect([...fakeElectron.globalShortcuts.keys()]).toEqual([toggleMute]);
    expect((await service.settingsTarget?.read())?.settings.systemShortcutKeys.toggleMute).toBe(toggleMute);
  });

  it('with the setting off, new keys are only asked about (registered and given back at once)', async () => {
    await startMain();
    fakeElectron.shortcutsHeldElsewhere.add('Alt+Shift+1');
    const { service } = opened();
    expect((await desktop(service).changeShortcutKeys({ toggleMute: 'Alt+Shift+1' })).ok).toBe(false);
    expect((await desktop(service).changeShortcutKeys({ toggleMute: 'Alt+Shift+2' })).ok).toBe(true);
    expect(fakeElectron.globalShortcuts.size).toBe(0);
    expect((await service.settingsTarget?.read())?.settings.systemShortcutKeys.toggleMute).toBe('Alt+Shift+2');
  });

  it('push-to-talk follows the new keys in a running meeting', async () => {
    await startMain({ env: withDisplay, prepare: storedSettings({ systemShortcuts: true }) });
    const { service, events } = opened();
    service.setJoined(true);
    await until(() => fakes.hook.running, 'the key hook started in the meeting');
    expect((await desktop(service).changeShortcutKeys({ pushToTalk: { modifiers: ['ctrl', 'shift'], key: 'F9' } })).ok).toBe(true);
    await settle();
    fakes.hook.emit('keydown', { keycode: space, ctrlKey: true, altKey: true, shiftKey: false, metaKey: false });
    fakes.hook.emit('keydown', { keycode: f9, ctrlKey: true, altKey: false, shiftKey: true, metaKey: false });
    fakes.hook.emit('keyup', { keycode: shift, ctrlKey: true, altKey: false, shiftKey: false, metaKey: false });
    expect(systemActions(events)).toEqual(['talk_start', 'talk_end']);
  });

  it('an administrator\'s locked keys are refused and nothing is registered', async () => {
    // Windows reads the policy file under %ProgramData%\\Parley.
    const programData = mkdtempSync(join(tmpdir(), 'parley-programdata-'));
    mkdirSync(join(programData, 'Parley'));
    writeFileSync(join(programData, 'Parley', 'policy.json'), JSON.stringify({ locked: { systemShortcutKeys: { toggleMute: 'Alt+Shift+P' } } }));
    await startMain({ platform: 'win32', env: { ProgramData: programData } });
    const { service } = opened();
    expect(await desktop(service).changeShortcutKeys({ toggleMute: newKeys })).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/administrator/) } });
    expect(fakeElectron.globalShortcuts.size).toBe(0);
  });
});

describe('updates', () => {
  it('checks at start and downloads in the background; a download during a meeting is never installed or offered until it ends', async () => {
    await startMain();
    const { service, events } = opened();
    await until(() => fakes.updater.checks === 1, 'checked at start');
    expect(fakes.updater.autoDownload).toBe(false);
    expect(fakes.updater.autoInstallOnAppQuit).toBe(true);

    service.setJoined(true);
    await settle();
    fakes.updater.emit('update-available', { version: '2.0.0' });
    expect(fakes.updater.downloads).toBe(1);
    fakes.updater.emit('update-downloaded', { version: '2.0.0' });
    expect(desktop(service).status().updateReady).toBeNull();
    expect(desktop(service).restartToUpdate()).toBe(false);
    expect(fakes.updater.installs).toBe(0);

    service.setJoined(false);
    await settle();
    expect(desktop(service).status().updateReady).toBe('2.0.0');
    const offers = events().filter((event) => event.type === 'desktop_status').map((event) => (event.status as { updateReady: string | null }).updateReady);
    expect(offers.at(-1)).toBe('2.0.0');
    expect(desktop(service).restartToUpdate()).toBe(true);
    expect(fakes.updater.installs).toBe(1);
  });

  it('with automatic download off, an available update is only announced; "Check for updates now" checks again', async () => {
    await startMain({ prepare: storedSettings({ updates: { autoDownload: false } }) });
    const { service } = opened();
    await until(() => fakes.updater.checks === 1, 'checked at start');
    fakes.updater.emit('update-available', { version: '2.1.0' });
    expect(fakes.updater.downloads).toBe(0);
    expect(desktop(service).status().updateCheck).toMatch(/2\.1\.0 is available\. Turn on automatic download/);
    await desktop(service).checkForUpdates();
    expect(fakes.updater.checks).toBe(2);
  });

  it('an unpackaged copy says it does not update itself', async () => {
    fakes.updater.active = false;
    await startMain();
    const { service } = opened();
    expect((await desktop(service).checkForUpdates()).updateCheck).toMatch(/does not update itself/);
  });
});

describe('start at login', () => {
  it('follows the setting when it changes (Windows: the installed executable)', async () => {
    await startMain({ platform: 'win32' });
    const { service } = opened();
    expect(fakeElectron.app.loginItemCalls).toEqual([]);
    await service.settingsTarget?.write({ startAtLogin: true });
    await until(() => fakeElectron.app.loginItemCalls.length === 1, 'login item set');
    expect(fakeElectron.app.loginItemCalls[0]).toMatchObject({ openAtLogin: true, args: [] });
    await service.settingsTarget?.write({ startAtLogin: false });
    await until(() => fakeElectron.app.loginItemCalls.length === 2, 'login item cleared');
    expect(fakeElectron.app.loginItemCalls[1]).toMatchObject({ openAtLogin: false });
  });

  it('its log names the desktop app, not the kiosk (they share the login item code)', async () => {
    const info = vi.spyOn(console, 'info');
    try {
      await startMain({ platform: 'win32' });
      const { service } = opened();
      await service.settingsTarget?.write({ startAtLogin: true });
      await until(() => fakeElectron.app.loginItemCalls.length === 1, 'login item set');
      const lines = info.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('start at login'));
      expect(lines).toEqual(['[infinity] desktop start at login {"enabled":true}']);
    } finally {
      info.mockRestore();
    }
  });
});

describe('trusted node certificates', () => {
  it('are listed and one can be removed (the file forgets it)', async () => {
    const fingerprint = 'AA:BB:CC';
    await startMain({
      prepare: () =>
        writeFileSync(join(fakeElectron.app.userData, 'trusted-node-certificates.json'), JSON.stringify({ 'b.example.com': fingerprint, 'a.example.com:8443': 'DD:EE' })),
    });
    const { service } = opened();
    expect(desktop(service).trustedCertificates().map((entry) => entry.host)).toEqual(['a.example.com:8443', 'b.example.com']);
    const left = await desktop(service).forgetCertificate('b.example.com');
    expect(left.map((entry) => entry.host)).toEqual(['a.example.com:8443']);
    expect(JSON.parse(readFileSync(join(fakeElectron.app.userData, 'trusted-node-certificates.json'), 'utf8'))).toEqual({ 'a.example.com:8443': 'DD:EE' });
  });
});
