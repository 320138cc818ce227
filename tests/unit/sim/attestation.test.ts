import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AttestationSigner } from '../../sim/auth/attestation';

describe('AttestationSigner', () => {
  it('signs an ES256 JWT that verifies against its published JWK', () => {
    const signer = new AttestationSigner();
    const jwt = signer.sign({ role: 'host', conf: 'Room', participant_uuid: 'p1' }, 'http://127.0.0.1');
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'ES256', typ: 'JWT', kid: signer.kid });
    const jwk = signer.jwks().keys[0] as JsonWebKey;
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: signer.kid });
    expect(jwk).not.toHaveProperty('d');
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const sig = Buffer.from(signature, 'base64url');
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
    expect(verify('sha256', Buffer.from(`${header}.${payload}x`), { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(false);
  });
});
