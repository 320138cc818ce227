// The desktop commands on the bridge: not_found until the desktop app attaches; arguments checked;
// "Restart to update" refused in words when main says no.
import { describe, expect, it } from 'vitest';
import { createMeetingService } from '../../../../electron/service';
import type { DesktopTarget } from '../../../../electron/service';

const status = { updateReady: null, updateCheck: null, systemShortcutsActive: false, systemShortcutsProblem: null };

function target(overrides: Partial<DesktopTarget> = {}): DesktopTarget & { forgotten: string[]; keyChanges: unknown[] } {
  const forgotten: string[] = [];
  const keyChanges: unknown[] = [];
  return {
    forgotten,
    keyChanges,
    status: () => status,
    checkForUpdates: async () => ({ ...status, updateCheck: 'Parley is up to date.' }),
    restartToUpdate: () => false,
    trustedCertificates: () => [{ host: 'meet.example.com', fingerprint: 'AA' }],
    forgetCertificate: async (host) => {
      forgotten.push(host);
      return [];
    },
    changeShortcutKeys: async (change) => {
      keyChanges.push(change);
      return { ok: false, error: { code: 'failed', message: 'taken' } };
    },
    ...overrides,
  };
}

describe('desktop commands', () => {
  it('answer not_found outside the desktop app', async () => {
    const service = createMeetingService();
    const result = await service.handlers.desktopStatus(null);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found', message: 'This is only available in the Parley desktop app.' }) });
  });

  it('read the status, check now and list certificates once attached', async () => {
    const service = createMeetingService();
    service.desktop.attach(target());
    expect(await service.handlers.desktopStatus(null)).toEqual({ ok: true, value: status });
    expect(await service.handlers.updateCheckNow(null)).toEqual({ ok: true, value: { ...status, updateCheck: 'Parley is up to date.' } });
    expect(await service.handlers.trustedCertificates(null)).toEqual({ ok: true, value: [{ host: 'meet.example.com', fingerprint: 'AA' }] });
  });

  it('"Restart to update" refused during a meeting is explained', async () => {
    const service = createMeetingService();
    service.desktop.attach(target());
    const result = await service.handlers.updateRestart(null);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden', message: expect.stringMatching(/not in a meeting/) }) });
  });

  it('forgetting a certificate validates the host it is given', async () => {
    const service = createMeetingService();
    const desktop = target();
    service.desktop.attach(desktop);
    expect(await service.handlers.trustedCertificateForget({ host: ' meet.example.com ' })).toEqual({ ok: true, value: [] });
    expect(desktop.forgotten).toEqual(['meet.example.com']);
    const bad = await service.handlers.trustedCertificateForget({ host: '', extra: 1 } as unknown as { host: string });
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_argument' }) });
    expect(desktop.forgotten).toHaveLength(1);
  });

  it('new shortcut keys reach main only inside the safe set, written in one form', async () => {
    const service = createMeetingService();
    const desktop = target();
    service.desktop.attach(desktop);
    expect(await service.handlers.systemShortcutKeysChange({ toggleMute: 'Shift+CommandOrControl+K' })).toEqual({ ok: false, error: { code: 'failed', message: 'taken' } });
    await service.handlers.systemShortcutKeysChange({ pushToTalk: { modifiers: ['alt', 'ctrl'], key: 'F9' } });
    expect(desktop.keyChanges).toEqual([{ toggleMute: 'CommandOrControl+Shift+K' }, { pushToTalk: { modifiers: ['ctrl', 'alt'], key: 'F9' } }]);
    const refused = [{ toggleMute: 'M' }, { toggleMute: 'Alt+Tab' }, { toggleMute: 'Alt+Alt+M' }, { pushToTalk: { modifiers: [], key: 'Space' } }, { pushToTalk: { modifiers: ['ctrl'], key: 'Escape' } }];
    for (const change of refused) {
      const result = await service.handlers.systemShortcutKeysChange(change as never);
      expect(result, JSON.stringify(change)).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_argument' }) });
    }
    expect(desktop.keyChanges).toHaveLength(2);
  });
});
