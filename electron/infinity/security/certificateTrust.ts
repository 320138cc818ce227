// Per-host trust for on-premises nodes with their own (self-signed or private-CA) certificates.
// Verification stays on for every node; only a host whose exact certificate a person accepted is
// reached with that certificate pinned instead of CA verification.
import type { TLSSocket } from 'node:tls';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { normalizeFingerprint } from './nodeCertificate';

export interface CertificateTrustStore {
  /** The fingerprint accepted for this host[:port], if any. */
  trustedFingerprint(host: string): string | undefined;
  /** Remembers the decision (the Electron app keeps it on disk). */
  trust(host: string, fingerprint: string): Promise<void>;
}

export function createMemoryTrustStore(initial: Record<string, string> = {}): CertificateTrustStore {
  const decisions = new Map(Object.entries(initial).map(([host, fingerprint]) => [host, normalizeFingerprint(fingerprint)]));
  return {
    trustedFingerprint: (host) => decisions.get(host),
    trust: async (host, fingerprint) => {
      decisions.set(host, normalizeFingerprint(fingerprint));
    },
  };
}

/** A connection error Parley's failure classification reads as a TLS failure. */
function pinMismatch(): Error {
  return Object.assign(new Error('The node presented a different certificate from the one you trusted.'), {
    code: 'ERR_TLS_CERT_PINNED_MISMATCH',
  });
}

/** An undici dispatcher that accepts exactly the certificate with this fingerprint. */
function pinnedAgent(fingerprint: string): Agent {
  // No TLS session resumption: a resumed session presents no certificate to check.
  const connectWithoutVerification = buildConnector({ rejectUnauthorized: false, maxCachedSessions: 0 });
  return new Agent({
    connect: (options, callback) => {
      connectWithoutVerification(options, (error, socket) => {
        if (error || !socket) {
          callback(error ?? new Error('TLS connection failed'), null);
          return;
        }
        const presented = (socket as TLSSocket).getPeerCertificate?.()?.fingerprint256;
        if (!presented || normalizeFingerprint(presented) !== fingerprint) {
          socket.destroy();
          callback(pinMismatch(), null);
          return;
        }
        callback(null, socket);
      });
    },
  });
}

/**
 * Wraps a fetch so requests to a trusted host use its pinned certificate. Other requests go to
 * `base` untouched (full verification).
 */
export function createTrustAwareFetch(store: CertificateTrustStore, base: typeof fetch = undiciFetch as unknown as typeof fetch): typeof fetch {
  const agents = new Map<string, Agent>();
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const fingerprint = url.protocol === 'https:' ? store.trustedFingerprint(url.host) : undefined;
    if (fingerprint === undefined) return base(input, init);
    const key = `${url.host} ${fingerprint}`;
    let agent = agents.get(key);
    if (!agent) {
      agent = pinnedAgent(fingerprint);
      agents.set(key, agent);
    }
    // undici's fetch takes a dispatcher in its init; the standard RequestInit type does not list it.
    return base(input, { ...init, dispatcher: agent } as RequestInit);
  };
}
