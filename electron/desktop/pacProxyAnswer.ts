// Chromium's answer for where a URL's requests go (session.resolveProxy: a PAC-style list such as
// "PROXY proxy.corp:3128; DIRECT"), as the route main's undici requests take in "system" mode, so
// they follow the operating system's proxy settings as the window does.
import type { ProxyRoute } from '../service';

export interface PacRoute {
  route: ProxyRoute;
  /** Entries Parley cannot use, said plainly for the log (empty when the first entry was usable). */
  skipped: string[];
}

const schemes: Record<string, 'http:' | 'https:'> = { PROXY: 'http:', HTTP: 'http:', HTTPS: 'https:' };

/** An entry's proxy URL, or the reason it cannot be used. */
function entryRoute(entry: string): ProxyRoute | string {
  const [keyword = '', address = '', ...rest] = entry.split(/\s+/);
  const kind = keyword.toUpperCase();
  if (kind === 'DIRECT' && address === '') return { kind: 'direct' };
  // undici has a SOCKS5 client, but a trusted node's pinned certificate cannot be checked through it,
  // and SOCKS4 it does not speak at all.
  if (kind.startsWith('SOCKS')) return `${entry}: SOCKS proxies are not supported for Parley's own requests`;
  const scheme = schemes[kind];
  if (!scheme || address === '' || rest.length > 0) return `${entry}: not a proxy entry Parley understands`;
  let url: URL;
  try {
    url = new URL(`${scheme}//${address}`);
  } catch {
    return `${entry}: not a valid proxy address`;
  }
  // host:port only: no credentials, path or query can hide in it.
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return `${entry}: not a valid proxy address`;
  return { kind: 'proxy', url: url.origin };
}

/**
 * The first entry undici can use; DIRECT when none can (each skipped entry is named). Chromium
 * would fall back along the list when a proxy fails; undici takes one route per request.
 */
export function pacRoute(answer: string): PacRoute {
  const skipped: string[] = [];
  for (const entry of answer.split(';').map((part) => part.trim()).filter(Boolean)) {
    const route = entryRoute(entry);
    if (typeof route !== 'string') return { route, skipped };
    skipped.push(route);
  }
  return { route: { kind: 'direct' }, skipped };
}
