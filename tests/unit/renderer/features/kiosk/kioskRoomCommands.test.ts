// The kiosk screens' commands go through the kiosk store: rejoin is leave then join, a failed admin
// PIN check counts as a wrong PIN, and setup sends the PIN with the fields.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useKioskStore } from '../../../../../renderer/src/features/kiosk/kioskStore';
import type { FakeBridge } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

type Commands = Record<string, ReturnType<typeof vi.fn>>;

describe('kiosk room commands', () => {
  let bridge: FakeBridge;
  let calls: string[];
  let commands: Commands;

  beforeEach(() => {
    ({ bridge } = freshStoresWithFakeBridge());
    calls = [];
    commands = bridge.api as unknown as Commands;
    for (const name of ['kioskJoin', 'kioskLeave', 'kioskExit']) {
      commands[name] = vi.fn(async () => {
        calls.push(name);
        return { ok: true, value: null };
      });
    }
  });

  it('rejoins by leaving, then joining', async () => {
    await useKioskStore().rejoin();
    expect(calls).toEqual(['kioskLeave', 'kioskJoin']);
  });

  it('accepts the admin PIN only when the check answers true', async () => {
    const kiosk = useKioskStore();
    commands.kioskCheckAdminPin = vi.fn(async () => ({ ok: true, value: true }));
    expect(await kiosk.checkAdminPin('1234')).toBe(true);
    expect(commands.kioskCheckAdminPin).toHaveBeenCalledWith({ pin: '1234' });
    commands.kioskCheckAdminPin = vi.fn(async () => ({ ok: true, value: false }));
    expect(await kiosk.checkAdminPin('0000')).toBe(false);
    commands.kioskCheckAdminPin = vi.fn(async () => ({ ok: false, error: { code: 'forbidden', message: 'no' } }));
    expect(await kiosk.checkAdminPin('1234')).toBe(false);
  });

  it('exits and saves the setup with the admin PIN', async () => {
    const kiosk = useKioskStore();
    expect(await kiosk.exit('1234')).toEqual({ ok: true, value: null });
    expect(commands.kioskExit).toHaveBeenCalledWith({ adminPin: '1234' });
    commands.kioskSaveSetup = vi.fn(async () => ({ ok: false, error: { code: 'forbidden', message: 'Wrong PIN.' } }));
    const fields = { node: 'n', alias: 'a', displayName: 'Room', autoJoin: true };
    expect(await kiosk.saveSetup('1234', fields)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Wrong PIN.' } });
    expect(commands.kioskSaveSetup).toHaveBeenCalledWith({ adminPin: '1234', fields });
  });
});
