// get_attestation: an ES256 JWT asserting a participant's role in a conference, signed with a key
// generated per simulator run and published as a JSON Web Key Set at /api/client/v2/jwk.
import { createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

const ATTESTATION_LIFETIME_S = 300;

export interface AttestationClaims {
  role: 'host' | 'guest';
  conf: string;
  participant_uuid: string;
}

export interface JsonWebKeySet {
  keys: Record<string, unknown>[];
}

export class AttestationSigner {
  readonly kid = randomUUID();
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = pair.privateKey;
    this.publicKey = createPublicKey(pair.privateKey);
  }

  jwks(): JsonWebKeySet {
    const jwk = this.publicKey.export({ format: 'jwk' });
    return { keys: [{ ...jwk, kid: this.kid, alg: 'ES256', use: 'sig' }] };
  }

  sign(claims: AttestationClaims, issuer: string): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'ES256', typ: 'JWT', kid: this.kid };
    const payload = { ...claims, iss: issuer, iat: now, exp: now + ATTESTATION_LIFETIME_S };
    const signingInput = `${base64url(header)}.${base64url(payload)}`;
    // JWS wants the raw r||s signature, not DER.
    const signature = sign('sha256', Buffer.from(signingInput), { key: this.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${signingInput}.${signature.toString('base64url')}`;
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
