// desktopWindowMode on the bridge: Electron main's window answers with the mode it is in; a host
// without a window (the browser host) changes only the layout for "Mini view", and keeps the full
// view when sharing asks the window to move out of the way. Bad arguments are refused.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/infinity/logger';
import type { DesktopSettingsTarget } from '../../../../electron/service/ports';
import { createSettingsSlot } from '../../../../electron/service/settingsHandlers';

const storeOnly = { read: () => Promise.reject(new Error('unused')) } as unknown as DesktopSettingsTarget;

describe('desktopWindowMode', () => {
  it('without settings attached it answers not_found', async () => {
    expect(await createSettingsSlot(silentLogger).handlers.desktopWindowMode({ mode: 'mini' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a host without a window: Mini view changes the layout; sharing keeps the full view', async () => {
    const slot = createSettingsSlot(silentLogger);
    slot.attach(storeOnly);
    expect(await slot.handlers.desktopWindowMode({ mode: 'mini' })).toEqual({ ok: true, value: { mode: 'mini' } });
    expect(await slot.handlers.desktopWindowMode({ mode: 'mini', sharing: true })).toEqual({ ok: true, value: { mode: 'full' } });
  });

  it("Electron main's window answers with the mode it is in", async () => {
    const asked: string[] = [];
    const slot = createSettingsSlot(silentLogger);
    slot.attach({ ...storeOnly, windowMode: (mode) => (asked.push(mode), 'full') });
    expect(await slot.handlers.desktopWindowMode({ mode: 'mini', sharing: true })).toEqual({ ok: true, value: { mode: 'full' } });
    expect(asked).toEqual(['mini']);
  });

  it('refuses a mode that is not one', async () => {
    const slot = createSettingsSlot(silentLogger);
    slot.attach(storeOnly);
    expect(await slot.handlers.desktopWindowMode({ mode: 'huge' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});
