// Finds the Conferencing Node for what a person typed: a domain resolves through the SRV record
// _pexapp._tcp.<domain> (RFC 2782 order) when one exists, else the domain itself is the node.
// A candidate answering 503 on /status is in maintenance; the first available one is chosen.
import { resolveSrv as dnsResolveSrv } from 'node:dns/promises';
import { normalizeNodeAddress, type NodeAddress } from '../http/nodeAddress';
import { defaultFetch } from '../http/infinityFetch';
import { orderSrvRecords, type SrvRecord } from './srvSelection';
import { checkNodeStatus, type NodeStatus } from './nodeStatus';
import type { OperationError } from '../requests/operationRequest';

export type SrvResolver = (name: string) => Promise<SrvRecord[]>;

export interface NodeDiscoveryOptions {
  /** Default: node:dns/promises resolveSrv. */
  resolveSrv?: SrvResolver;
  fetch?: typeof fetch;
  random?: () => number;
  /** The scheme of SRV targets: https on real networks; a test's loopback simulator may speak http. */
  srvScheme?: 'https' | 'http';
}

export interface NodeCandidate {
  node: NodeAddress;
  /** Where it came from: the SRV record, or the address itself. */
  source: 'srv' | 'address';
}

export interface CandidateCheck extends NodeCandidate {
  status: NodeStatus | 'unreachable';
  error?: OperationError;
}

export type DiscoveryResult =
  | { kind: 'found'; node: NodeAddress; checked: CandidateCheck[] }
  | { kind: 'maintenance'; checked: CandidateCheck[] }
  | { kind: 'unreachable'; checked: CandidateCheck[] }
  | { kind: 'invalid_address' };

export const srvServicePrefix = '_pexapp._tcp.';

const defaultResolver: SrvResolver = (name) => dnsResolveSrv(name);

/** The nodes to try for `input`, best first. A full URL or an address with a port skips DNS. */
export async function nodeCandidates(input: string, options: NodeDiscoveryOptions = {}): Promise<NodeCandidate[]> {
  const direct = normalizeNodeAddress(input);
  if (!direct) return [];
  const url = new URL(direct.baseUrl);
  const explicit = /^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim()) || url.port !== '';
  const isIp = /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[');
  if (explicit || isIp || url.hostname === 'localhost') return [{ node: direct, source: 'address' }];

  // No record (ENOTFOUND/ENODATA) or no DNS: the domain itself is the node.
  const records: SrvRecord[] = await (options.resolveSrv ?? defaultResolver)(`${srvServicePrefix}${url.hostname}`).catch(() => []);
  const fromSrv: NodeCandidate[] = [];
  for (const record of orderSrvRecords(records, options.random)) {
    const host = record.name.replace(/\.$/, '');
    const scheme = options.srvScheme ?? 'https';
    const defaultPort = scheme === 'https' ? 443 : 80;
    const node = normalizeNodeAddress(record.port === defaultPort ? `${scheme}://${host}` : `${scheme}://${host}:${record.port}`);
    if (node && !fromSrv.some((candidate) => candidate.node.baseUrl === node.baseUrl)) fromSrv.push({ node, source: 'srv' });
  }
  return fromSrv.length > 0 ? fromSrv : [{ node: direct, source: 'address' }];
}

/** Resolves `input` and returns the first candidate that is up and not in maintenance. */
export async function discoverNode(input: string, options: NodeDiscoveryOptions = {}): Promise<DiscoveryResult> {
  const candidates = await nodeCandidates(input, options);
  if (candidates.length === 0) return { kind: 'invalid_address' };
  const checked: CandidateCheck[] = [];
  for (const candidate of candidates) {
    const status = await checkNodeStatus(candidate.node.baseUrl, options.fetch ?? defaultFetch);
    if (status.ok) {
      checked.push({ ...candidate, status: status.value });
      if (status.value === 'available') return { kind: 'found', node: candidate.node, checked };
    } else {
      checked.push({ ...candidate, status: 'unreachable', error: status.error });
    }
  }
  return checked.some((check) => check.status === 'maintenance') ? { kind: 'maintenance', checked } : { kind: 'unreachable', checked };
}
