// The browser host's static files: only the renderer folder, and no request can stop the host.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../host/staticFiles';
import { rawRequest } from '../../support/loopbackRequest';

let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-static-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer/index.html'), '<!doctype html><title>Parley</title>');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  const serve = createStaticHandler(join(root, 'renderer'));
  server = createServer((request, response) => void serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await rm(root, { recursive: true, force: true });
});

describe('browser host static files', () => {
  it('serves the renderer folder and nothing outside it', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    expect(await rawRequest(port, 'GET /..%2Fsecret.txt HTTP/1.1\r\nHost: 127.0.0.1')).toBe(404);
  });

  it('answers malformed percent-encoding with 404 and keeps serving', async () => {
    expect(await rawRequest(port, 'GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1')).toBe(404);
    expect(await rawRequest(port, 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1')).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/index.html`)).status).toBe(200);
  });
});
