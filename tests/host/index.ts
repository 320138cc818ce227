// The browser host: the built renderer over HTTP and the bridge over a WebSocket, so the real
// renderer and the real Infinity core run together in Chromium (Playwright) without Electron.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { hostBridgePath } from '../../electron/shared/transports';
import { consoleLogger, createMemoryTrustStore, type Logger, type MeetingServiceOptions } from '../../electron/service';
import { serveBridge } from './bridgeSocket';
import { createHostSharePicker } from './hostSharePicker';
import { createStaticHandler } from './staticFiles';
import { createHostAccess } from './hostAccess';
import { startHostKiosk, type HostKiosk, type HostKioskOptions } from './kioskHost';
import { serveSsoPages } from './hostSsoSignIn';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSettingsStore } from '../../electron/desktop';
import { noSecretCodec } from '../../electron/kiosk';

export interface BrowserHostOptions {
  port?: number;
  rendererDir: string;
  /** Prefilled join details when the page is opened without a node (the demo's simulator and room). */
  defaultJoin?: { node: string; alias?: string };
  logger?: Logger;
  /** Kiosk mode: the room policy runs here and every page is the room display. */
  kiosk?: HostKioskOptions;
  /** Node discovery for joins (tests inject SRV records that point at a loopback simulator). */
  discovery?: MeetingServiceOptions['discovery'];
  /** Where the desktop settings file lives (default: a new temporary folder per host). */
  settingsDir?: string;
  /** Parley's own share picker with computer sound (hostSharePicker.ts) instead of the browser's. */
  sharePicker?: boolean;
}

export interface BrowserHost {
  /** The host's origin. */
  url: string;
  /** The address to open: the origin with the per-launch secret in its fragment. */
  pageUrl: string;
  port: number;
  /** Kiosk mode's health server port, when --status-port was given. */
  kioskStatusPort?: number | null;
  close(): Promise<void>;
}

export { withPageQuery } from './pageAddress';

export function defaultJoinQuery(join: { node: string; alias?: string }): string {
  const query = new URLSearchParams({ node: join.node });
  if (join.alias) query.set('alias', join.alias);
  return `?${query.toString()}`;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const logger = options.logger ?? consoleLogger;
  const kiosk: HostKiosk | null = options.kiosk ? await startHostKiosk(options.kiosk, logger) : null;
  // Certificate decisions last as long as the host, across page reloads.
  const certificateTrust = createMemoryTrustStore();
  const serveStatic = createStaticHandler(options.rendererDir);
  // The desktop settings, as Electron main keeps them; no secret store here, so no PIN is remembered.
  const settings = openSettingsStore({ dir: options.settingsDir ?? mkdtempSync(join(tmpdir(), 'parley-host-settings-')), secrets: noSecretCodec, logger });
  const access = createHostAccess(() => (server.address() as AddressInfo).port);
  const server = createServer((request, response) => {
    if (!access.hostAllowed(request)) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('This host serves 127.0.0.1 only.');
      return;
    }
    // URL.parse: a malformed request target must not throw (and stop the host).
    const url = URL.parse(request.url ?? '/', 'http://127.0.0.1');
    if (options.defaultJoin && url?.pathname === '/' && !url.searchParams.has('node')) {
      response.writeHead(302, { Location: `/${defaultJoinQuery(options.defaultJoin)}` }).end();
      return;
    }
    if (url?.pathname.startsWith('/sso/')) {
      void serveSsoPages(request, response, url).then((served) => {
        if (!served) response.writeHead(404).end();
      });
      return;
    }
    void serveStatic(request, response);
  });
  const sockets = new WebSocketServer({ server, path: hostBridgePath });
  // Kiosk mode: one room display at a time; a new one (a reload) replaces the one before.
  let roomDisplay: WebSocket | null = null;
  sockets.on('connection', (socket, request) => {
    // Our own pages only: our Host, our Origin, and the secret from the printed address.
    if (!access.bridgeAllowed(request)) {
      socket.close(1008, 'Not allowed');
      return;
    }
    if (kiosk) {
      roomDisplay?.close(4001, 'Another room display took over');
      roomDisplay = socket;
      socket.once('close', () => {
        if (roomDisplay === socket) roomDisplay = null;
      });
      // A new room page (first load or reload): the previous page's call is gone.
      kiosk.runtime.policy.rendererAttached();
      serveBridge(socket, logger, kiosk.service);
      return;
    }
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    serveBridge(socket, logger, undefined, certificateTrust, options.discovery, origin, settings, options.sharePicker ? createHostSharePicker() : undefined);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5180, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    pageUrl: `http://127.0.0.1:${port}/#bridge=${access.secret}`,
    port,
    kioskStatusPort: kiosk?.runtime.healthPort ?? null,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await kiosk?.close();
    },
  };
}
