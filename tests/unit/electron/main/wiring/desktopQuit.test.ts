// Quitting the desktop app while in a meeting: release_token must answer before the process ends,
// however the quit started (closing the window on Windows/Linux, or app.quit()).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../../../support/electronFake';
import { createdServices, createFakeMeetingService } from './fakeMeetingService';
import { restoreProcess, settle, startMain } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/service', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../electron/service')>()),
  createMeetingService: createFakeMeetingService,
}));
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

afterEach(restoreProcess);

/** The stored "Keep the meeting running when the window is closed" for the next start. */
function keepRunningOnClose(value: 'ask' | 'keep' | 'leave'): void {
  writeFileSync(join(fakeElectron.app.userData, 'settings.json'), JSON.stringify({ version: 1, settings: { keepRunningOnClose: value } }));
}

describe('desktop quit', () => {
  it('closing the window on Linux (set to leave the meeting) waits for release_token before the app ends', async () => {
    await startMain({ platform: 'linux', prepare: () => keepRunningOnClose('leave') });
    const [window] = fakeElectron.windows;
    const service = createdServices[0];
    if (!window || !service) throw new Error('main opened no window');
    service.joined = true;

    window.close();
    await settle();
    expect(service.shutdownReasons.length).toBeGreaterThan(0);
    expect(fakeElectron.app.exited).toBe(false);

    service.answerRelease();
    await settle();
    expect(service.released).toBe(true);
    expect(fakeElectron.app.exitCode).toBe(0);
  });

  it('app.quit() in a meeting leaves first, then quits', async () => {
    await startMain({ platform: 'linux' });
    const service = createdServices[0];
    if (!service) throw new Error('no service');
    service.joined = true;
    fakeElectron.app.quit();
    await settle();
    expect(service.shutdownReasons).toEqual(['Application quit']);
    expect(fakeElectron.app.exited).toBe(false);
    service.answerRelease();
    await settle();
    expect(fakeElectron.app.exitCode).toBe(0);
  });

  it('a Windows shutdown or log-off (session-end, no before-quit) leaves the meeting', async () => {
    await startMain({ platform: 'win32' });
    const [window] = fakeElectron.windows;
    const service = createdServices[0];
    if (!window || !service) throw new Error('main opened no window');
    service.joined = true;
    window.emit('session-end', {});
    expect(service.shutdownReasons).toEqual(['Computer shutting down']);
  });

  it('quits at once when not in a meeting', async () => {
    await startMain({ platform: 'linux' });
    fakeElectron.app.quit();
    expect(fakeElectron.app.exitCode).toBe(0);
  });
});
