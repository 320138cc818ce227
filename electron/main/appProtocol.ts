// Serves the renderer from a privileged app:// origin instead of file://, so the page has a real
// origin for the permission handlers, the CSP and the IPC sender check.
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RendererSource } from './rendererSource';
import { developmentSecurityHeaders, rendererSecurityHeaders } from './security/contentSecurityPolicy';

export const appScheme = 'app';
export const appHost = 'parley';
export const appOrigin = `${appScheme}://${appHost}`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** The fetched file with the renderer's CSP as a header (a fetched Response's headers are immutable). */
export async function withSecurityHeaders(response: Response, security: Readonly<Record<string, string>> = rendererSecurityHeaders): Promise<Response> {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(security)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Maps app://parley/<path> to files under the renderer folder, refusing anything that escapes it,
 * or (in development) to the same path on the dev server.
 */
export function serveRenderer(source: RendererSource): void {
  if (source.kind === 'devServer') {
    protocol.handle(appScheme, (request) => {
      const url = new URL(request.url);
      if (url.host !== appHost) return new Response('Not found', { status: 404 });
      return net.fetch(`${source.url}${url.pathname}${url.search}`).then((response) => withSecurityHeaders(response, developmentSecurityHeaders));
    });
    return;
  }
  const root = normalize(source.dir + sep);
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString()).then(withSecurityHeaders);
  });
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
