// Which Conferencing Node a join goes to, from what the person typed: the Conferencing node field,
// or else the domain of a meeting typed as alias@domain (Pexip's URI form). A domain is looked up
// through its _pexapp._tcp SRV records (priority and weight order); a node whose status says
// maintenance, or that does not answer, is skipped; with none left the domain itself is the node.
// A full URL, an address with a port or an IP address is used as it is.
import { normalizeNodeAddress, type NodeAddress } from '../http/nodeAddress';
import { defaultFetch } from '../http/infinityFetch';
import { checkNodeStatus } from './nodeStatus';
import { nodeCandidates, type CandidateCheck, type NodeDiscoveryOptions } from './nodeDiscovery';

export type JoinNode =
  | {
      ok: true;
      node: NodeAddress;
      /** How it was found: from SRV records, the domain itself after SRV found nothing usable, or as typed. */
      via: 'srv' | 'domain' | 'address';
      /** The SRV candidates checked on the way (for the log). */
      checked: CandidateCheck[];
    }
  | { ok: false };

/** The domain of "alias@domain", or null when the meeting is not written that way. */
export function domainOfMeetingUri(alias: string): string | null {
  const at = alias.lastIndexOf('@');
  if (at <= 0 || at === alias.length - 1) return null;
  const domain = alias.slice(at + 1).trim();
  return /^[a-z0-9.-]+(:\d+)?$/i.test(domain) ? domain : null;
}

/** What to look up: the node field when filled, otherwise the meeting URI's domain. */
export function joinNodeInput(nodeField: string, alias: string): string | null {
  const typed = nodeField.trim();
  if (typed !== '') return typed;
  return domainOfMeetingUri(alias.trim());
}

export async function findJoinNode(nodeField: string, alias: string, options: NodeDiscoveryOptions = {}): Promise<JoinNode> {
  const input = joinNodeInput(nodeField, alias);
  if (input === null) return { ok: false };
  const candidates = await nodeCandidates(input, options);
  const [first] = candidates;
  if (!first) return { ok: false };
  // As typed (or no SRV record): request_token itself says what is wrong with it.
  if (first.source === 'address') return { ok: true, node: first.node, via: 'address', checked: [] };

  const checked: CandidateCheck[] = [];
  for (const candidate of candidates) {
    const status = await checkNodeStatus(candidate.node.baseUrl, options.fetch ?? defaultFetch);
    if (status.ok) {
      checked.push({ ...candidate, status: status.value });
      if (status.value === 'available') return { ok: true, node: candidate.node, via: 'srv', checked };
    } else {
      checked.push({ ...candidate, status: 'unreachable', error: status.error });
    }
  }
  const domain = normalizeNodeAddress(input);
  return domain ? { ok: true, node: domain, via: 'domain', checked } : { ok: false };
}
