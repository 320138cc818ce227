// Main's HTTP client trusts the operating system's certificate store as well as Node's bundled
// one, so a node signed by an organisation's own CA is trusted without the fingerprint prompt.
import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { trustSystemCertificates, type CaStoreApi } from '../../../../../electron/main/security/systemCertificates';

function fakeStore(system: string[]): CaStoreApi & { defaults: string[] } {
  const store = {
    defaults: ['bundled-1', 'bundled-2'],
    getCACertificates: (type?: string) => (type === 'system' ? system : [...store.defaults]),
    setDefaultCACertificates: (certs: readonly string[]) => {
      store.defaults = [...new Set(certs)];
    },
  };
  return store;
}

describe('system certificates', () => {
  it('adds the system store to the default list', () => {
    const store = fakeStore(['corporate-root']);
    expect(trustSystemCertificates(store)).toBe('added');
    expect(store.defaults).toEqual(['bundled-1', 'bundled-2', 'corporate-root']);
  });

  it('keeps the default list when the system has none, or Node cannot read it', () => {
    const store = fakeStore([]);
    expect(trustSystemCertificates(store)).toBe('none-found');
    expect(store.defaults).toEqual(['bundled-1', 'bundled-2']);
    expect(trustSystemCertificates({})).toBe('unsupported');
  });

  it("with this Node's real tls module, the default list then holds every system certificate", () => {
    const system = tls.getCACertificates('system');
    const outcome = trustSystemCertificates();
    if (system.length === 0) {
      expect(outcome).toBe('none-found');
      return;
    }
    expect(outcome).toBe('added');
    // Compared by fingerprint: Node re-encodes the PEM text of the certificates it stores.
    const fingerprint = (pem: string): string => new X509Certificate(pem).fingerprint256;
    const defaults = new Set(tls.getCACertificates('default').map(fingerprint));
    expect(system.every((certificate) => defaults.has(fingerprint(certificate)))).toBe(true);
    expect(tls.getCACertificates('bundled').every((certificate) => defaults.has(fingerprint(certificate)))).toBe(true);
  });
});
