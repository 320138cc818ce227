// The kiosk PIN at rest, through Electron's safeStorage (Keychain, DPAPI, or a Linux secret store).
// The asynchronous calls: the synchronous ones are deprecated in Electron 45 and read the same data.
import { safeStorage } from 'electron';
import type { SecretCodec } from '../../service';

export const safeStorageCodec: SecretCodec = {
  // On Linux without a secret store Electron falls back to a hard-coded key ("basic_text"): that
  // is no encryption, so it counts as unavailable.
  available: async () =>
    (await safeStorage.isAsyncEncryptionAvailable()) &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: async (clear) => (await safeStorage.encryptStringAsync(clear)).toString('base64'),
  decrypt: async (base64) => (await safeStorage.decryptStringAsync(Buffer.from(base64, 'base64'))).result,
};
