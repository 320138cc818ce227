// The per-host certificate decision, end to end in the core: a tls_failure carries the
// certificate the node presented, and trustNodeCertificate accepts exactly that one (the renderer
// cannot name some other host or fingerprint), after which requests to the host pin it.
import type { BridgeHandlers, NodeCertificate } from '../shared/bridge';
import {
  type CertificateTrustStore,
  commandError,
  createTrustAwareFetch,
  type Logger,
  normalizeFingerprint,
  type ProxyRouter,
  probeNodeCertificate,
} from '../infinity';
import { wordsOf } from '../shared/commandWording';
import { always, createCommandGuard } from './commandGuard';

export const certificateWords = wordsOf({
  certificateNotOffered: 'Parley can only trust the certificate it just showed you. Try joining again.',
});


export interface CertificateDecisions {
  wrapFetch(base: typeof fetch): typeof fetch;
  /** Adds the presented certificate to a tls_failure (and remembers it as the one that may be trusted). */
  explain<E extends { code: string }>(error: E, nodeBaseUrl: string): Promise<E | (E & { certificate: NodeCertificate })>;
  handlers: Pick<BridgeHandlers, 'trustNodeCertificate'>;
}

/** `router`: the route every request to a node takes (pinned ones too); none: undici's global dispatcher. */
export function createCertificateDecisions(store: CertificateTrustStore, logger: Logger, router?: ProxyRouter): CertificateDecisions {
  let offered: NodeCertificate | null = null;
  const guarded = createCommandGuard({ target: always(() => null), logger });
  return {
    wrapFetch: (base) => createTrustAwareFetch(store, base, router),
    async explain(error, nodeBaseUrl) {
      if (error.code !== 'tls_failure') return error;
      const certificate = await probeNodeCertificate(nodeBaseUrl, router);
      offered = certificate;
      return certificate ? { ...error, certificate } : error;
    },
    handlers: {
      trustNodeCertificate: guarded('trustNodeCertificate', async (_none, { host, fingerprint }) => {
        if (!offered || offered.host !== host || offered.fingerprint !== normalizeFingerprint(fingerprint)) {
          return { ok: false, error: commandError('forbidden', certificateWords.certificateNotOffered) };
        }
        await store.trust(host, offered.fingerprint);
        logger.info('certificate trusted by the user', { host, fingerprint: offered.fingerprint });
        offered = null;
        return { ok: true, value: null };
      }),
    },
  };
}
