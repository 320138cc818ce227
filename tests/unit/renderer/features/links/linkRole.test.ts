// The role link parameter: guest joins at once with no PIN, host asks for the host PIN first, and a
// PIN in the link decides by itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { linkStart } from '../../../../../renderer/src/features/links/linkRole';
import { useLinkStore } from '../../../../../renderer/src/features/links/linkStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { freshStoresWithFakeBridge } from '../../freshStores';
import type { FakeBridge } from '../../fakeBridge';

let bridge: FakeBridge;

beforeEach(() => {
  localStorage.clear();
  ({ bridge } = freshStoresWithFakeBridge({ deliverEvents: true }));
});

describe('what a link\'s role starts', () => {
  it('a PIN decides the role by itself; role=host without one asks for the host PIN; guest or none joins', () => {
    expect(linkStart({ pin: '1234', role: 'host' })).toBe('join');
    expect(linkStart({ pin: '1234', role: 'guest' })).toBe('join');
    expect(linkStart({ pin: null, role: 'host' })).toBe('ask_host_pin');
    expect(linkStart({ pin: null, role: 'guest' })).toBe('join');
    expect(linkStart({ pin: null, role: null })).toBe('join');
  });

  it('role=guest joins at once with no PIN (the node admits a guest where guests need none)', async () => {
    const session = useSessionStore();
    session.form.pin = '9999';
    expect(await useLinkStore().openText('https://meet.example.com/webapp/#/?conference=team&name=Gus&role=guest')).toBeNull();
    expect(bridge.api.join).toHaveBeenCalledWith({ node: 'https://meet.example.com', alias: 'team', displayName: 'Gus' });
    expect(session.prompt).toBe('none');
  });

  it('role=host without a PIN fills the form and asks for the host PIN instead of joining', async () => {
    await useLinkStore().openText('parley://join?node=meet.example.com&alias=team&name=Hana&role=host');
    const session = useSessionStore();
    expect(bridge.api.join).not.toHaveBeenCalled();
    expect(session.prompt).toBe('pin');
    expect(session.form).toMatchObject({ alias: 'team', displayName: 'Hana' });
    expect(session.joinError).toMatchObject({ code: 'pin_required', hostPin: 'required', guestPin: 'none' });
  });
});
