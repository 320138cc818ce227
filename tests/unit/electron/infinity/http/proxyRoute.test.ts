// The dispatcher for each route, against a real proxy and real servers on 127.0.0.1: straight,
// forwarded (http) or tunnelled (https, CONNECT), with the node connection's check run inside the
// tunnel.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeDispatcher, routeKey } from '../../../../../electron/infinity/http/proxyRoute';
import { startRecordingProxy, type RecordingProxy } from '../../../../support/recordingProxy';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../../../../support/selfSignedCertificate';

let proxy: RecordingProxy;
let certificate: SelfSignedCertificate;
let plain: Server;
let secure: Server;
const origin = (server: Server, scheme: string) => `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
const listen = async (server: Server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

beforeAll(async () => {
  proxy = await startRecordingProxy();
  certificate = createSelfSignedCertificate('node.example.test');
  plain = createHttpServer((_request, response) => response.end('plain'));
  secure = createHttpsServer({ key: certificate.key, cert: certificate.cert }, (_request, response) => response.end('secure'));
  await listen(plain);
  await listen(secure);
});

afterAll(async () => {
  await proxy?.close();
  plain?.close();
  secure?.close();
  certificate?.remove();
});

describe('routeDispatcher', () => {
  it('direct: the proxy sees nothing', async () => {
    proxy.seen.length = 0;
    const response = await fetch(`${origin(plain, 'http')}/a`, { dispatcher: routeDispatcher({ kind: 'direct' }) });
    expect(await response.text()).toBe('plain');
    expect(proxy.seen).toEqual([]);
  });

  it('proxy: an http request is forwarded by the proxy', async () => {
    proxy.seen.length = 0;
    const response = await fetch(`${origin(plain, 'http')}/b`, { dispatcher: routeDispatcher({ kind: 'proxy', url: proxy.url }) });
    expect(await response.text()).toBe('plain');
    expect(proxy.seen).toEqual([`GET ${origin(plain, 'http')}/b`]);
  });

  it('proxy with a node connection: tunnelled with CONNECT, the check sees the node\'s own certificate', async () => {
    proxy.seen.length = 0;
    const presented: string[] = [];
    const dispatcher = routeDispatcher(
      { kind: 'proxy', url: proxy.url },
      {
        tls: { rejectUnauthorized: false, maxCachedSessions: 0 },
        check: (socket) => {
          presented.push((socket as TLSSocket).getPeerCertificate().fingerprint256);
          return null;
        },
      },
    );
    const response = await fetch(`${origin(secure, 'https')}/c`, { dispatcher });
    expect(await response.text()).toBe('secure');
    expect(proxy.seen).toEqual([`CONNECT 127.0.0.1:${(secure.address() as AddressInfo).port}`]);
    expect(presented).toEqual([certificate.fingerprint]);
  });

  it('proxy with a node connection whose check refuses: the request fails with the check\'s error', async () => {
    const refusal = Object.assign(new Error('not the trusted certificate'), { code: 'ERR_TLS_CERT_PINNED_MISMATCH' });
    const dispatcher = routeDispatcher({ kind: 'proxy', url: proxy.url }, { tls: { rejectUnauthorized: false, maxCachedSessions: 0 }, check: () => refusal });
    const failure = await fetch(`${origin(secure, 'https')}/d`, { dispatcher }).then(
      () => null,
      (error: unknown) => error as Error & { cause?: unknown },
    );
    expect(failure?.cause).toBe(refusal);
  });

  it('direct with a node connection: the check runs too', async () => {
    const refusal = new Error('refused');
    const dispatcher = routeDispatcher({ kind: 'direct' }, { tls: { rejectUnauthorized: false, maxCachedSessions: 0 }, check: () => refusal });
    const failure = await fetch(`${origin(secure, 'https')}/e`, { dispatcher }).then(
      () => null,
      (error: unknown) => error as Error & { cause?: unknown },
    );
    expect(failure?.cause).toBe(refusal);
  });

  it('routeKey tells routes apart', () => {
    expect(routeKey({ kind: 'direct' })).toBe('direct');
    expect(routeKey({ kind: 'proxy', url: 'http://a:1' })).not.toBe(routeKey({ kind: 'proxy', url: 'http://b:1' }));
  });
});
