// Per-host trust for on-premises nodes with their own (self-signed or private-CA) certificates.
// Verification stays on for every node; only a host whose exact certificate a person accepted is
// reached with that certificate pinned instead of CA verification.
import type { TLSSocket } from 'node:tls';
import { type Dispatcher, fetch as undiciFetch } from 'undici';
import { directRoute, type NodeConnection, type ProxyRouter, routeDispatcher, routeKey } from '../http/proxyRoute';
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

/** A connection to the node that accepts exactly the certificate with this fingerprint. */
function pinnedConnection(fingerprint: string): NodeConnection {
  return {
    // No CA verification (the certificate is the person's decision), and no TLS session
    // resumption: a resumed session presents no certificate to check.
    tls: { rejectUnauthorized: false, maxCachedSessions: 0 },
    check: (socket) => {
      const presented = (socket as TLSSocket).getPeerCertificate?.()?.fingerprint256;
      return presented && normalizeFingerprint(presented) === fingerprint ? null : pinMismatch();
    },
  };
}

/**
 * Wraps a fetch so requests to a trusted host use its pinned certificate, and (given a router)
 * every request goes the route the host chose for its URL, pinned or not. Without a router other
 * requests go to `base` untouched (undici's global dispatcher, full verification).
 *
 * When an origin's route changes (the proxy setting, the OS's proxy answer, or a trust decision),
 * the dispatcher it used is closed once no origin still goes that way: its idle connections to the
 * old proxy end, and close() lets requests on it finish (an event stream runs on until it ends).
 */
export function createTrustAwareFetch(
  store: CertificateTrustStore,
  base: typeof fetch = undiciFetch as unknown as typeof fetch,
  router?: ProxyRouter,
): typeof fetch {
  const dispatchers = new Map<string, Dispatcher>();
  /** The dispatcher key each origin's last request used. */
  const originKeys = new Map<string, string>();
  const retireUnused = (key: string): void => {
    if ([...originKeys.values()].includes(key)) return;
    const dispatcher = dispatchers.get(key);
    dispatchers.delete(key);
    // Graceful: in-flight requests (an ongoing meeting's event stream) are not cut.
    void dispatcher?.close().catch(() => undefined);
  };
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const fingerprint = url.protocol === 'https:' ? store.trustedFingerprint(url.host) : undefined;
    if (fingerprint === undefined && !router) return base(input, init);
    const route = router ? await router(url) : directRoute;
    const key = fingerprint === undefined ? routeKey(route) : `${routeKey(route)} ${url.host} ${fingerprint}`;
    const previous = originKeys.get(url.origin);
    originKeys.set(url.origin, key);
    if (previous !== undefined && previous !== key) retireUnused(previous);
    let dispatcher = dispatchers.get(key);
    if (!dispatcher) {
      dispatcher = routeDispatcher(route, fingerprint === undefined ? undefined : pinnedConnection(fingerprint));
      dispatchers.set(key, dispatcher);
    }
    // undici's fetch takes a dispatcher in its init; the standard RequestInit type does not list it.
    return base(input, { ...init, dispatcher } as RequestInit);
  };
}
