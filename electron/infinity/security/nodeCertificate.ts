// What Parley shows a person about a node's certificate when it cannot be verified, so they can
// decide (with their administrator) whether this on-premises node is the one they expect.
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { directRoute, type ProxyRouter, routeDispatcher } from '../http/proxyRoute';
import type { NodeCertificate } from '../../shared/coreCommands';

export type { NodeCertificate };

export function normalizeFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase().replace(/(..)(?!$)/g, '$1:');
}

function commonName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return '';
  const value = (name as unknown as Record<string, string | string[] | undefined>)['CN'] ?? (name as unknown as Record<string, string | undefined>)['O'];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

export function describeCertificate(host: string, certificate: PeerCertificate): NodeCertificate {
  return {
    host,
    fingerprint: normalizeFingerprint(certificate.fingerprint256),
    subject: commonName(certificate.subject),
    issuer: commonName(certificate.issuer),
    validFrom: certificate.valid_from,
    validTo: certificate.valid_to,
  };
}

/** Ends the probe's connection once the certificate is read, before any request is written. */
function probeFinished(): Error {
  return Object.assign(new Error('certificate read; the probe sends nothing'), { code: 'PARLEY_CERTIFICATE_PROBED' });
}

/**
 * Reads the certificate a node presents, without trusting it (nothing is sent over the TLS
 * connection: its check refuses it right after the handshake). It goes the route requests to the
 * node go (`router`; none: straight), so behind a proxy it reads the node's certificate through the
 * proxy's tunnel. Null when no TLS handshake completes within `timeoutMs`.
 */
export async function probeNodeCertificate(baseUrl: string, router?: ProxyRouter, timeoutMs = 5_000): Promise<NodeCertificate | null> {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') return null;
  const route = router ? await router(url) : directRoute;
  let presented: NodeCertificate | null = null;
  const dispatcher = routeDispatcher(route, {
    // No verification: the point is to show what an unverifiable node presents. No session
    // resumption: a resumed session presents no certificate. (undici sets SNI, never to an IP address.)
    tls: { rejectUnauthorized: false, maxCachedSessions: 0 },
    check: (socket) => {
      const certificate = (socket as TLSSocket).getPeerCertificate?.();
      if (certificate?.fingerprint256) presented = describeCertificate(url.host, certificate);
      return probeFinished();
    },
  });
  try {
    // The request is never written: the connection it waits for is refused once checked.
    await dispatcher.request({ origin: url.origin, path: '/', method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    // Expected (the refusal), or no handshake at all: `presented` says which.
  } finally {
    await dispatcher.destroy();
  }
  return presented;
}
