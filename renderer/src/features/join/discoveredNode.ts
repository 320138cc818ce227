// Whether a join went to a node other than the one typed: a domain (or alias@domain) found its
// Conferencing Node through DNS, and that node is shown and remembered.
export interface DiscoveredNode {
  /** What was looked up: the domain typed, or the meeting URI's domain. */
  domain: string;
  /** The node the join went to. */
  node: string;
}

function originOf(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).origin;
  } catch {
    return null;
  }
}

/** The discovery behind a join to `joinedNode` for what was typed, or null when it went where typed. */
export function discoveredNode(typedNode: string, alias: string, joinedNode: string): DiscoveredNode | null {
  const typed = typedNode.trim();
  if (typed !== '') return originOf(typed) === joinedNode ? null : { domain: typed, node: joinedNode };
  const at = alias.lastIndexOf('@');
  return at > 0 ? { domain: alias.slice(at + 1).trim(), node: joinedNode } : null;
}
