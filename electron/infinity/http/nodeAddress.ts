// Turns what a person types as "server address" into the base URL of a Conferencing Node.
// Only an origin is accepted: a path, query or credentials would silently change which
// endpoint receives the token, so they are refused rather than dropped.

export interface NodeAddress {
  /** Origin without trailing slash, e.g. "https://node.example.com" or "http://127.0.0.1:18080". */
  baseUrl: string;
  /** Host (and port when given), for messages: "node.example.com". */
  host: string;
}

const schemePattern = /^[a-z][a-z0-9+.-]*:\/\//i;

export function normalizeNodeAddress(input: string): NodeAddress | null {
  const trimmed = input.trim();
  if (trimmed === '' || /[\s?#@\\]/.test(trimmed)) return null;
  const withScheme = schemePattern.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  // "https://host/" is an origin; "https://host/path" is not.
  if (url.pathname !== '/' && url.pathname !== '') return null;
  return { baseUrl: url.origin, host: url.host };
}
