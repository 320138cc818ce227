// Nodes signed by an organisation's own certificate authority: main's HTTP client (undici) uses
// Node's default CA list, which is only Node's bundled Mozilla store. Adding the operating
// system's store (Node 22.19+/24.5+: tls.getCACertificates('system') and
// tls.setDefaultCACertificates) makes those nodes trusted like in a browser, so only truly
// unknown certificates reach the trust-this-fingerprint flow.
import * as tls from 'node:tls';

export interface CaStoreApi {
  getCACertificates?: (type?: 'default' | 'system' | 'bundled' | 'extra') => string[];
  setDefaultCACertificates?: (certs: readonly string[]) => void;
}

export type SystemCaOutcome = 'added' | 'none-found' | 'unsupported' | 'failed';

export function trustSystemCertificates(api: CaStoreApi = tls): SystemCaOutcome {
  const { getCACertificates, setDefaultCACertificates } = api;
  // An older Node inside Electron: keep the bundled store (the fingerprint flow still works).
  if (typeof getCACertificates !== 'function' || typeof setDefaultCACertificates !== 'function') return 'unsupported';
  try {
    const system = getCACertificates('system');
    if (system.length === 0) return 'none-found';
    // "default" already holds the bundled store and any NODE_EXTRA_CA_CERTS; duplicates are removed.
    setDefaultCACertificates([...getCACertificates('default'), ...system]);
    return 'added';
  } catch (error) {
    console.warn('Parley: the system certificate store could not be read:', error instanceof Error ? error.message : error);
    return 'failed';
  }
}
