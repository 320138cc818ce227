// The kiosk PIN codec uses safeStorage's asynchronous calls (the synchronous ones are deprecated
// in Electron 45) and still reads a PIN sealed by the synchronous ones. Against the Electron fake.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../../../support/electronFake';
import { safeStorageCodec } from '../../../../electron/main/kiosk/safeStorageCodec';

vi.mock('electron', async () => (await import('../../../support/electronFake')).electronModule);

const platform = process.platform;
afterEach(() => Object.defineProperty(process, 'platform', { value: platform, configurable: true }));

describe('safeStorage codec', () => {
  it('encrypts and decrypts with no deprecated synchronous call', async () => {
    fakeElectron.reset();
    expect(await safeStorageCodec.available()).toBe(true);
    const sealed = await safeStorageCodec.encrypt('97531');
    expect(sealed).not.toContain('97531');
    expect(await safeStorageCodec.decrypt(sealed)).toBe('97531');
    expect(fakeElectron.safeStorage.syncCalls).toBe(0);
  });

  it('reads a PIN that an earlier version sealed with encryptString', async () => {
    fakeElectron.reset();
    const old = fakeElectron.safeStorage.encryptString('24680').toString('base64');
    fakeElectron.safeStorage.syncCalls = 0;
    expect(await safeStorageCodec.decrypt(old)).toBe('24680');
    expect(fakeElectron.safeStorage.syncCalls).toBe(0);
  });

  it('Linux with only the hard-coded key (basic_text) counts as no encryption', async () => {
    fakeElectron.reset();
    Object.defineProperty(process, 'platform', { value: 'linux', configurable: true });
    fakeElectron.safeStorage.backend = 'basic_text';
    expect(await safeStorageCodec.available()).toBe(false);
  });
});
