// Serves the health document as JSON on 127.0.0.1 only, read-only (GET /, GET /health), and the
// same state as Prometheus text on GET /metrics.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KioskHealth, KioskMetricsSample } from './healthDocument';
import { metricsContentType, metricsText } from './metricsText';

/** Only loopback names: a web page that rebinds its own name to 127.0.0.1 cannot read the document. */
const loopbackHosts = new Set(['127.0.0.1', 'localhost']);

/** The request's path, or null when its target or Host header is not ours (never throws). */
function requestPath(request: IncomingMessage): string | null {
  try {
    // Browsers always send Host; a plain HTTP/1.0 monitoring probe may not.
    if (request.headers.host !== undefined && !loopbackHosts.has(new URL(`http://${request.headers.host}`).hostname)) return null;
    return new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(port: number, health: () => KioskHealth, metrics?: () => KioskMetricsSample): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const path = requestPath(request);
    if (path === null) {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics' && metrics) {
      response.writeHead(200, { 'Content-Type': metricsContentType, 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : metricsText(metrics()));
      return;
    }
    if (path !== '/' && path !== '/health') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(health()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
