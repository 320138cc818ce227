// Who may use the browser host. It binds to loopback, but any local program can reach loopback and
// send any Origin header, so a page must also prove it was opened from the address the host
// printed: a per-launch secret carried in that address's fragment. The Host header is checked too,
// so a DNS-rebinding page (its own name resolving to 127.0.0.1) is refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface HostAccess {
  readonly secret: string;
  /** The Host header names this host (127.0.0.1 or localhost, our port). */
  hostAllowed(request: IncomingMessage): boolean;
  /** A bridge connection: our Host, our Origin, and the secret. */
  bridgeAllowed(request: IncomingMessage): boolean;
}

export function createHostAccess(port: () => number, secret: string = randomBytes(32).toString('base64url')): HostAccess {
  const expected = Buffer.from(secret);
  const ownNames = (): string[] => [`127.0.0.1:${port()}`, `localhost:${port()}`];
  const hostAllowed = (request: IncomingMessage): boolean => ownNames().includes(request.headers.host ?? '');
  return {
    secret,
    hostAllowed,
    bridgeAllowed(request) {
      if (!hostAllowed(request)) return false;
      const origin = request.headers.origin;
      if (!ownNames().some((name) => origin === `http://${name}`)) return false;
      const offered = Buffer.from(URL.parse(request.url ?? '', 'http://127.0.0.1')?.searchParams.get('secret') ?? '');
      return offered.length === expected.length && timingSafeEqual(offered, expected);
    },
  };
}
