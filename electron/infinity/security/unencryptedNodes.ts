// Plain http:// to a Conferencing Node sends the token, PINs, chat and SDP readable on the way. It is
// allowed without a question only on this machine (loopback: the simulator, a local tunnel); any
// other host needs the person's explicit decision, remembered per node (host[:port]).

export interface UnencryptedNodeStore {
  /** Whether the person confirmed that this host[:port] may be reached without encryption. */
  isAllowed(host: string): boolean;
  /** Remembers the decision (the Electron app keeps it on disk). */
  allow(host: string): Promise<void>;
}

export function createMemoryUnencryptedNodeStore(initial: readonly string[] = []): UnencryptedNodeStore {
  const allowed = new Set(initial);
  return {
    isAllowed: (host) => allowed.has(host),
    allow: async (host) => {
      allowed.add(host);
    },
  };
}

/** True for 127.0.0.0/8, ::1 and localhost: traffic that never leaves this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1' || bare.endsWith('.localhost')) return true;
  return /^127(\.\d{1,3}){3}$/.test(bare);
}

export type UnencryptedDecision = 'encrypted' | 'loopback' | 'allowed' | 'needs_confirmation';

/** What an origin needs before Parley may send anything to it. */
export function unencryptedDecision(baseUrl: string, store: UnencryptedNodeStore): UnencryptedDecision {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:') return 'encrypted';
  if (isLoopbackHostname(url.hostname)) return 'loopback';
  return store.isAllowed(url.host) ? 'allowed' : 'needs_confirmation';
}
