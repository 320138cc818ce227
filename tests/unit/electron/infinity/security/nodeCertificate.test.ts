import { describe, expect, it } from 'vitest';
import { createMemoryTrustStore } from '../../../../../electron/infinity/security/certificateTrust';
import { normalizeFingerprint } from '../../../../../electron/infinity/security/nodeCertificate';

describe('certificate fingerprints', () => {
  it('normalizes to upper-case colon-separated pairs, whatever the input style', () => {
    expect(normalizeFingerprint('ab:cd:ef:01')).toBe('AB:CD:EF:01');
    expect(normalizeFingerprint('abcdef01')).toBe('AB:CD:EF:01');
    expect(normalizeFingerprint('AB CD EF 01')).toBe('AB:CD:EF:01');
  });

  it('remembers trust per host[:port], normalized', async () => {
    const store = createMemoryTrustStore({ 'node.example:8443': 'aa:bb' });
    expect(store.trustedFingerprint('node.example:8443')).toBe('AA:BB');
    expect(store.trustedFingerprint('node.example')).toBeUndefined();
    await store.trust('node.example', 'ccdd');
    expect(store.trustedFingerprint('node.example')).toBe('CC:DD');
  });
});
