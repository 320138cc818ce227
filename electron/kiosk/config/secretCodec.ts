// How a PIN is encrypted at rest. Electron's safeStorage implements it in the main process; the
// browser host has none, so a PIN there stays in clear text (and the log says so once).
export interface SecretCodec {
  /** False where the platform offers no encryption (Linux without a secret store). */
  available(): boolean;
  /** Ciphertext as base64. */
  encrypt(clear: string): string;
  /** Throws when the ciphertext was not made on this machine for this user. */
  decrypt(base64: string): string;
}

export const noSecretCodec: SecretCodec = {
  available: () => false,
  encrypt: () => {
    throw new Error('No encryption available');
  },
  decrypt: () => {
    throw new Error('No encryption available');
  },
};
