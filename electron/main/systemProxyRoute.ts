// "System" proxy for main's own requests to a node: Chromium resolves the URL with the OS's
// settings (and PAC script) exactly as for the window, and its answer becomes the undici route.
import { session } from 'electron';
import { pacRoute } from '../desktop';
import type { Logger, ProxyRoute, ProxyRouter } from '../service';

export function createSystemProxyRouter(logger: Logger): ProxyRouter {
  // Each answer Parley cannot fully follow is logged once, not on every request.
  const reported = new Set<string>();
  return async (url: URL): Promise<ProxyRoute> => {
    const answer = await session.defaultSession.resolveProxy(url.href);
    const { route, skipped } = pacRoute(answer);
    if (skipped.length > 0 && !reported.has(answer)) {
      reported.add(answer);
      logger.warn('system proxy entries not usable for main\'s requests', { skipped, using: route.kind === 'proxy' ? route.url : 'DIRECT' });
    }
    return route;
  };
}
