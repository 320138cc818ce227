// The RTCPeerConnection ICE servers from request_token's `stun` and `turn`. Nodes send several
// shapes: no `stun` at all (no STUN server configured), `[]`, an older node's `[{"url": ""}]` (the 001
// example), or real servers. Chromium refuses the whole peer connection for one empty or malformed
// URL ("ICE server parsing failed"), so only URLs that can be STUN/TURN URLs are kept, and a server
// left without any is dropped.
import type { IceServer } from '../../shared/meeting';
import type { TokenGrant } from './tokenGrant';

/** `stun:`/`stuns:`/`turn:`/`turns:` followed by a host, no whitespace (RFC 7064, RFC 7065). */
const ICE_URL = /^(stuns?|turns?):[^\s?:/][^\s]*$/i;

export function isIceUrl(url: string): boolean {
  return ICE_URL.test(url.trim());
}

function usableUrls(urls: readonly string[]): string[] {
  return urls.map((url) => url.trim()).filter(isIceUrl);
}

export function iceServersOf(grant: Pick<TokenGrant, 'stun' | 'turn'>): IceServer[] {
  const servers: IceServer[] = [];
  const stunUrls = usableUrls((grant.stun ?? []).map((stun) => stun.url));
  for (const url of stunUrls) servers.push({ urls: [url] });
  for (const turn of grant.turn ?? []) {
    const urls = usableUrls(Array.isArray(turn.urls) ? turn.urls : [turn.urls]);
    if (urls.length === 0) continue;
    const server: IceServer = { urls };
    if (turn.username !== undefined) server.username = turn.username;
    if (turn.credential !== undefined) server.credential = turn.credential;
    servers.push(server);
  }
  return servers;
}
