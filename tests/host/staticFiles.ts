// Serves the built renderer folder read-only, never outside it.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { rendererSecurityHeaders } from '../../electron/main/security/contentSecurityPolicy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  // The background effect's segmentation runtime (compiled with WebAssembly.instantiateStreaming).
  '.wasm': 'application/wasm',
};

/** The file a request names under `root`, or null for a malformed target (which must not throw). */
function requestedFile(root: string, target: string | undefined): string | null {
  try {
    const url = new URL(target ?? '/', 'http://127.0.0.1');
    return normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  } catch {
    return null;
  }
}

export function createStaticHandler(rootDir: string) {
  const root = normalize(rootDir + sep);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const file = requestedFile(root, request.url);
    if (file === null || !file.startsWith(root) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        // The same policy the app:// handler sends: the e2e runs under what the app enforces.
        ...rendererSecurityHeaders,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  };
}
