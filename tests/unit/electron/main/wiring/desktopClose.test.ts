// Closing the window during a meeting follows "Keep the meeting running when the window is
// closed" (asked once, remembered), the tray follows the meeting, and quitting still leaves first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../../../support/electronFake';
import { createdServices, createFakeMeetingService } from './fakeMeetingService';
import { restoreProcess, settle, startMain } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

beforeAll(() => startMain(), 60_000);
afterEach(restoreProcess);

const storedSetting = () => (JSON.parse(readFileSync(join(fakeElectron.app.userData, 'settings.json'), 'utf8')) as { settings: { keepRunningOnClose: string } }).settings.keepRunningOnClose;

async function inMeeting(setting?: 'keep' | 'leave') {
  await startMain({
    platform: 'linux',
    ...(setting ? { prepare: () => writeFileSync(join(fakeElectron.app.userData, 'settings.json'), JSON.stringify({ version: 1, settings: { keepRunningOnClose: setting } })) } : {}),
  });
  const [window] = fakeElectron.windows;
  const service = createdServices[0];
  if (!window || !service) throw new Error('main opened no window');
  service.joined = true;
  return { window, service };
}

type MenuTemplate = { template: { label?: string; type?: string; click?: () => void }[] };
const trayLabels = () => ((fakeElectron.trays[0]?.menu as MenuTemplate | null)?.template ?? []).map((item) => item.label ?? '—');

describe('closing the window in a meeting', () => {
  it('asks the first time; "Keep the meeting running" hides the window, the meeting goes on, and the answer is remembered', async () => {
    const { window, service } = await inMeeting();
    expect(window.close()).toBe(false);
    expect(fakeElectron.messageBoxes.map((box) => box.options.message)).toEqual(['Keep the meeting running when the window is closed?']);
    fakeElectron.messageBoxes[0]?.answer(0);
    await settle();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
    expect(service.shutdownReasons).toEqual([]);
    expect(storedSetting()).toBe('keep');
    // The second time it does not ask.
    window.show();
    expect(window.close()).toBe(false);
    expect(fakeElectron.messageBoxes).toHaveLength(1);
    expect(window.isVisible()).toBe(false);
  });

  it('"Leave the meeting" closes the window and leaves (release_token), and is remembered', async () => {
    const { window, service } = await inMeeting();
    window.close();
    fakeElectron.messageBoxes[0]?.answer(1);
    await settle();
    expect(window.isDestroyed()).toBe(true);
    expect(service.shutdownReasons).toEqual(['Window closed']);
    service.answerRelease();
    await settle();
    expect(service.released).toBe(true);
    expect(fakeElectron.app.exitCode).toBe(0);
    expect(storedSetting()).toBe('leave');
  });

  it('outside a meeting the window just closes, whatever the setting', async () => {
    const { window, service } = await inMeeting('keep');
    service.joined = false;
    expect(window.close()).toBe(true);
    expect(fakeElectron.messageBoxes).toEqual([]);
  });

  it('quitting with the window hidden in a meeting still leaves first (release_token), then exits', async () => {
    const { window, service } = await inMeeting('keep');
    window.close();
    expect(window.isVisible()).toBe(false);
    fakeElectron.app.quit();
    await settle();
    expect(service.shutdownReasons).toEqual(['Application quit']);
    expect(fakeElectron.app.exited).toBe(false);
    service.answerRelease();
    await settle();
    expect(fakeElectron.app.exitCode).toBe(0);
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('tray', () => {
  type TrayImage = { path: string; representations: { scaleFactor?: number; buffer?: Buffer }[] };
  const trayImage = () => fakeElectron.trays[0]?.image as TrayImage;

  it('draws the 32 px icon on Linux and Windows; in the macOS menu bar the 16 px one, with the 32 px one for Retina', async () => {
    await startMain({ platform: 'linux' });
    expect(trayImage().path).toMatch(/icons[/\\]32x32\.png$/);
    expect(trayImage().representations).toEqual([]);

    await startMain({ platform: 'darwin' });
    expect(trayImage().path).toMatch(/icons[/\\]16x16\.png$/);
    const [retina] = trayImage().representations;
    expect(retina?.scaleFactor).toBe(2);
    expect(retina?.buffer?.equals(readFileSync(trayImage().path.replace(/16x16\.png$/, '32x32.png')))).toBe(true);
  });

  it('follows the meeting the renderer reports; its Leave and mute go to the window; Show window brings it back', async () => {
    const { window, service } = await inMeeting('keep');
    expect(trayLabels()).toEqual(['Show window', 'Quit Parley']);
    service.settingsTarget?.meetingState?.({ name: 'Team sync', microphoneMuted: false, cameraOff: true });
    expect(trayLabels()).toEqual(['Team sync', '—', 'Mute microphone', 'Turn camera on', 'Show window', '—', 'Leave meeting']);
    expect(fakeElectron.trays[0]?.tooltip).toBe('Parley — in Team sync');
    window.close();
    const items = (fakeElectron.trays[0]?.menu as MenuTemplate).template;
    items.find((item) => item.label === 'Show window')?.click?.();
    expect(window.isVisible()).toBe(true);
    items.find((item) => item.label === 'Mute microphone')?.click?.();
    items.find((item) => item.label === 'Leave meeting')?.click?.();
    const actions = window.webContents.sent.filter((message) => message.channel === 'parley:event').map((message) => (message.payload as { action?: string }).action);
    expect(actions).toEqual(['toggle_microphone', 'leave']);
  });

  it('outside a meeting offers the recent meetings; one click sends its link to the window', async () => {
    const { window, service } = await inMeeting();
    service.joined = false;
    await service.settingsTarget?.rememberMeeting({ node: 'https://meet.example.com', alias: 'team', conferenceName: 'Team', rememberPin: false });
    expect(trayLabels()).toEqual(['Recent meetings', 'Join Team', '—', 'Show window', 'Quit Parley']);
    (fakeElectron.trays[0]?.menu as MenuTemplate).template.find((item) => item.label === 'Join Team')?.click?.();
    const links = window.webContents.sent.filter((message) => (message.payload as { type: string }).type === 'meeting_link');
    expect(links.map((message) => message.payload)).toEqual([
      expect.objectContaining({ result: { ok: true, link: expect.objectContaining({ node: 'https://meet.example.com', alias: 'team' }) } }),
    ]);
  });
});

describe('settings in main', () => {
  it('the window\'s service gets the settings store under userData; the proxy applies to the session', async () => {
    await startMain({
      prepare: () => writeFileSync(join(fakeElectron.app.userData, 'settings.json'), JSON.stringify({ version: 1, settings: { proxy: { mode: 'manual', url: 'http://proxy.corp:3128' } } })),
    });
    await settle();
    const target = createdServices[0]?.settingsTarget;
    expect((await target?.read())?.settings.proxy).toEqual({ mode: 'manual', url: 'http://proxy.corp:3128' });
    expect(fakeElectron.defaultSession.proxies).toEqual([{ mode: 'fixed_servers', proxyRules: 'http://proxy.corp:3128' }]);
    await target?.write({ proxy: { mode: 'none', url: '' } });
    expect(fakeElectron.defaultSession.proxies.at(-1)).toEqual({ mode: 'direct' });
  });

  it('"Open pexip: links" registers the pexip scheme, and pexip: links then reach the window', async () => {
    await startMain();
    const target = createdServices[0]?.settingsTarget;
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'pexip://team@example.com']);
    expect(fakeElectron.windows[0]?.webContents.sent).toEqual([]);
    await target?.write({ pexipLinks: true });
    expect(fakeElectron.app.protocolClients.map((client) => client.protocol)).toEqual(['parley', 'pexip']);
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', 'pexip://team@example.com']);
    expect(fakeElectron.windows[0]?.webContents.sent.map((message) => message.payload)).toEqual([
      expect.objectContaining({ type: 'meeting_link', result: { ok: true, link: expect.objectContaining({ alias: 'team@example.com' }) } }),
    ]);
  });
});
