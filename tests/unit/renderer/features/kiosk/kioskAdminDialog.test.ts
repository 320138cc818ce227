// The administrator prompt on a room without an admin PIN: Exit kiosk mode and Room setup are
// disabled and the reason is said; with one, the PIN field is there and the buttons work.
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import KioskAdminDialog from '../../../../../renderer/src/features/kiosk/KioskAdminDialog.vue';
import { useKioskStore } from '../../../../../renderer/src/features/kiosk/kioskStore';
import type { KioskStatus } from '../../../../../electron/shared/kioskCommands';
import { freshStoresWithFakeBridge } from '../../freshStores';

function dialogWith(adminPinSet: boolean) {
  const { pinia, bridge } = freshStoresWithFakeBridge();
  useKioskStore().status = { adminPinSet } as KioskStatus;
  const kioskExit = vi.fn(async () => ({ ok: true, value: null }));
  (bridge.api as unknown as Record<string, unknown>).kioskExit = kioskExit;
  return { view: mount(KioskAdminDialog, { global: { plugins: [pinia] } }), kioskExit };
}

const button = (view: ReturnType<typeof mount>, name: string) => view.findAll('button').find((candidate) => candidate.text() === name);

describe('kiosk administrator prompt', () => {
  it('without an admin PIN, disables exit and setup and says why', async () => {
    const { view, kioskExit } = dialogWith(false);
    expect(button(view, 'Exit kiosk mode')?.attributes('disabled')).toBeDefined();
    expect(button(view, 'Room setup')?.attributes('disabled')).toBeDefined();
    expect(view.text()).toContain('This room has no admin PIN');
    expect(view.find('input[type="password"]').exists()).toBe(false);
    await view.find('form').trigger('submit');
    expect(kioskExit).not.toHaveBeenCalled();
  });

  it('with an admin PIN, asks for it and offers both', () => {
    const { view } = dialogWith(true);
    expect(button(view, 'Exit kiosk mode')?.attributes('disabled')).toBeUndefined();
    expect(button(view, 'Room setup')?.attributes('disabled')).toBeUndefined();
    expect(view.find('input[type="password"]').exists()).toBe(true);
  });
});
