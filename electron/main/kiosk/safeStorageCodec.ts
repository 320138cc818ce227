// The kiosk PIN at rest, through Electron's safeStorage (Keychain, DPAPI, or a Linux secret store).
import { safeStorage } from 'electron';
import type { SecretCodec } from '../../service';

export const safeStorageCodec: SecretCodec = {
  // On Linux without a secret store Electron falls back to a hard-coded key ("basic_text"): that
  // is no encryption, so it counts as unavailable.
  available: () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (clear) => safeStorage.encryptString(clear).toString('base64'),
  decrypt: (base64) => safeStorage.decryptString(Buffer.from(base64, 'base64')),
};
