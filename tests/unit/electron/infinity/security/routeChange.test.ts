// The trust-aware fetch after the proxy changes, against two recording proxies and a server on
// 127.0.0.1: the next request goes the new route, the old route's dispatcher is closed (its kept-alive
// connection to the old proxy ends), and a response still streaming over the old route is not cut.
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProxyRoute } from '../../../../../electron/infinity/http/proxyRoute';
import { createMemoryTrustStore, createTrustAwareFetch } from '../../../../../electron/infinity/security/certificateTrust';
import { startRecordingProxy, type RecordingProxy } from '../../../../support/recordingProxy';

let first: RecordingProxy;
let second: RecordingProxy;
let server: Server;
let origin: string;
/** The /stream responses still open, for the test to finish. */
const streams: ServerResponse[] = [];

beforeAll(async () => {
  first = await startRecordingProxy();
  second = await startRecordingProxy();
  server = createServer((request, response) => {
    if (request.url === '/stream') {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('event: one\n\n');
      streams.push(response);
      return;
    }
    response.end('plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of streams) response.end();
  await first.close();
  await second.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A router the test switches, as the proxy setting would. */
function switchableRoute(initial: ProxyRoute): { router: () => Promise<ProxyRoute>; set(route: ProxyRoute): void } {
  let route = initial;
  return { router: () => Promise.resolve(route), set: (next) => void (route = next) };
}

describe('after a proxy change', () => {
  it('the next request goes through the new proxy and the old proxy\'s connection is closed', async () => {
    first.seen.length = 0;
    second.seen.length = 0;
    const route = switchableRoute({ kind: 'proxy', url: first.url });
    const routedFetch = createTrustAwareFetch(createMemoryTrustStore(), undefined, route.router);
    expect(await (await routedFetch(`${origin}/a`)).text()).toBe('plain');
    expect(first.seen).toEqual([`GET ${origin}/a`]);
    expect(first.openClientConnections()).toBe(1);

    route.set({ kind: 'proxy', url: second.url });
    expect(await (await routedFetch(`${origin}/b`)).text()).toBe('plain');
    expect(second.seen).toEqual([`GET ${origin}/b`]);
    expect(first.seen).toEqual([`GET ${origin}/a`]);
    // Kept alive before the change, closed by it.
    await expect.poll(() => first.openClientConnections()).toBe(0);
    expect(second.openClientConnections()).toBe(1);
  });

  it('a response streaming over the old route runs on to its end; the old connection closes after it', async () => {
    first.seen.length = 0;
    const route = switchableRoute({ kind: 'proxy', url: first.url });
    const routedFetch = createTrustAwareFetch(createMemoryTrustStore(), undefined, route.router);
    const stream = await routedFetch(`${origin}/stream`);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('event: one\n\n');

    route.set({ kind: 'direct' });
    expect(await (await routedFetch(`${origin}/c`)).text()).toBe('plain');
    expect(first.seen).toEqual([`GET ${origin}/stream`]);

    // Still open: the server's next event arrives over the old route, then the stream ends normally.
    expect(first.openClientConnections()).toBe(1);
    const response = streams.at(-1);
    response?.write('event: two\n\n');
    expect(decoder.decode((await reader.read()).value)).toBe('event: two\n\n');
    response?.end();
    expect((await reader.read()).done).toBe(true);
    await expect.poll(() => first.openClientConnections()).toBe(0);
  });
});
