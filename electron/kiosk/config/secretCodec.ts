// The codec for hosts without encryption (the browser host): a PIN stays in clear text there.
import type { SecretCodec } from '../../service';

export const noSecretCodec: SecretCodec = {
  available: () => Promise.resolve(false),
  encrypt: () => Promise.reject(new Error('No encryption available')),
  decrypt: () => Promise.reject(new Error('No encryption available')),
};
