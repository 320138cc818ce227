// How main's requests reach a node: straight, or through an HTTP(S) proxy. A host (Electron main)
// decides the route per URL from the proxy setting; every request to a node, pinned certificate or
// not, then goes that way, so a trusted on-premises node is reached through the same proxy as any.
import type { Socket } from 'node:net';
import { Agent, buildConnector, type Dispatcher, Pool, ProxyAgent } from 'undici';

export type ProxyRoute = { kind: 'direct' } | { kind: 'proxy'; url: string };

/** The route to this URL (Electron main: the setting, or the OS's answer for "system"). */
export type ProxyRouter = (url: URL) => Promise<ProxyRoute>;

export const directRoute: ProxyRoute = { kind: 'direct' };

/** How the connection to the node itself (inside the proxy's tunnel when there is one) is made and checked. */
export interface NodeConnection {
  /** TLS options for the node's handshake. */
  tls: buildConnector.BuildOptions;
  /** Runs once the handshake is done; an error refuses the connection (a pinned certificate that differs). */
  check(socket: Socket): Error | null;
}

export function routeKey(route: ProxyRoute): string {
  return route.kind === 'proxy' ? `proxy ${route.url}` : 'direct';
}

/** undici's connector with `check` applied to each connection it makes. */
function checkedConnector(connect: buildConnector.connector, check: NodeConnection['check']): buildConnector.connector {
  return (options, callback) => {
    connect(options, (error, socket) => {
      if (error || !socket) {
        callback(error ?? new Error('connection failed'), null);
        return;
      }
      const refusal = check(socket);
      if (refusal) {
        socket.destroy();
        callback(refusal, null);
        return;
      }
      callback(null, socket);
    });
  };
}

/** The undici dispatcher for requests on `route`; with `connection`, every connection to the node is made and checked that way. */
export function routeDispatcher(route: ProxyRoute, connection?: NodeConnection): Dispatcher {
  if (!connection) return route.kind === 'proxy' ? new ProxyAgent(route.url) : new Agent();
  if (route.kind === 'direct') return new Agent({ connect: checkedConnector(buildConnector(connection.tls), connection.check) });
  return new ProxyAgent({
    uri: route.url,
    // The node's handshake inside the CONNECT tunnel uses these options...
    requestTls: connection.tls,
    // ...and each tunnelled connection ProxyAgent hands its pool is checked before use.
    factory: (origin, options) => {
      const tunnel = (options as Pool.Options).connect;
      // Fail closed: without ProxyAgent's connector there would be nothing to check.
      if (typeof tunnel !== 'function') throw new Error('undici gave the proxied pool no connector to check');
      return new Pool(origin, { ...(options as Pool.Options), connect: checkedConnector(tunnel, connection.check) });
    },
  });
}
