// What Parley shows a person about a node's certificate when it cannot be verified, so they can
// decide (with their administrator) whether this on-premises node is the one they expect.
import { connect, type PeerCertificate } from 'node:tls';
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

/**
 * Reads the certificate a node presents, without trusting it (nothing is sent over the
 * connection). Null when no TLS handshake completes.
 */
export function probeNodeCertificate(baseUrl: string, timeoutMs = 5_000): Promise<NodeCertificate | null> {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') return Promise.resolve(null);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({
      host: hostname,
      port: Number(url.port || 443),
      // SNI must not be an IP address.
      ...(/^[\d.]+$|:/.test(hostname) ? {} : { servername: hostname }),
      rejectUnauthorized: false,
    });
    const finish = (value: NodeCertificate | null): void => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => finish(null));
    socket.once('error', () => finish(null));
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerCertificate();
      finish(certificate && certificate.fingerprint256 ? describeCertificate(url.host, certificate) : null);
    });
  });
}
