// The codec for hosts without encryption (the browser host): a PIN stays in clear text there.
import type { SecretCodec } from '../../service';

export const noSecretCodec: SecretCodec = {
  available: () => false,
  encrypt: () => {
    throw new Error('No encryption available');
  },
  decrypt: () => {
    throw new Error('No encryption available');
  },
};
