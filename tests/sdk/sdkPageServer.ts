// Serves the SDK peer page (tests/sdk/page) on loopback. The page is bundled with esbuild into a
// temporary folder (Pexip's SDK is browser ESM). Client API requests (/api/client/v2/...) are
// passed through to the simulator, so the page and the node share one origin, as Infinity's own web
// app does (the simulator sends no CORS headers, like a node that serves its own web app).
import { build } from 'esbuild';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pageDir = join(dirname(fileURLToPath(import.meta.url)), 'page');

export interface SdkPageServer {
  /** e.g. http://127.0.0.1:40123/ — open it, then call window.sdkPeer. */
  url: string;
  close(): Promise<void>;
}

/** Bundles the page and serves it, passing client API requests to the node at `nodeUrl` (http). */
export async function startSdkPageServer(nodeUrl: string): Promise<SdkPageServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'parley-sdk-page-'));
  await build({
    entryPoints: [join(pageDir, 'sdkPeer.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    outfile: join(outDir, 'sdkPeer.js'),
    logLevel: 'silent',
  });
  const files: Record<string, { type: string; body: Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: await readFile(join(pageDir, 'index.html')) },
    '/sdkPeer.js': { type: 'text/javascript; charset=utf-8', body: await readFile(join(outDir, 'sdkPeer.js')) },
  };
  const node = new URL(nodeUrl);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) {
      passThrough(node, req, res);
      return;
    }
    const file = files[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Streams one request to the node and its answer back (the event stream stays open and unbuffered). */
function passThrough(node: URL, req: IncomingMessage, res: ServerResponse): void {
  const upstream = request(
    { host: node.hostname, port: node.port, method: req.method, path: req.url, headers: { ...req.headers, host: node.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      res.flushHeaders();
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end();
  });
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
