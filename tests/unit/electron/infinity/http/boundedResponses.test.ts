import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFetch } from '../../../../../electron/infinity/http/infinityFetch';
import { readBoundedText, ResponseTooLarge } from '../../../../../electron/infinity/http/boundedResponses';
import { createMeetingService } from '../../../../../electron/service';
import { silentLogger } from '../../../../../electron/infinity/logger';

const servers: Server[] = [];

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A node whose every answer redirects to `elsewhere`, and the elsewhere that records what reaches it. */
async function redirectingNode(): Promise<{ node: string; reached: IncomingHttpHeaders[] }> {
  const reached: IncomingHttpHeaders[] = [];
  const elsewhere = await listen((request, response) => {
    reached.push(request.headers);
    response.end('{}');
  });
  const node = await listen((request, response) => {
    response.writeHead(307, { location: `${elsewhere}${request.url ?? '/'}` });
    response.end();
  });
  return { node, reached };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('redirects', () => {
  it('are handed back, never followed, so the token header stays with the node', async () => {
    const { node, reached } = await redirectingNode();
    const response = await defaultFetch(`${node}/api/client/v2/conferences/meet.alice/events`, { headers: { token: 'SECRET-TOKEN' } });
    expect(response.status).toBe(307);
    expect(reached).toHaveLength(0);
  });

  it('stop a join: the PIN is never sent to the origin a 307 names', async () => {
    const { node, reached } = await redirectingNode();
    const service = createMeetingService({ logger: silentLogger });
    const result = await service.handlers.join({ node, alias: 'meet.alice', displayName: 'Alice', pin: '1234' });
    expect(result.ok).toBe(false);
    expect(reached).toHaveLength(0);
    await service.shutdown('test over');
  });
});

describe('readBoundedText', () => {
  it('reads an answer within the limit', async () => {
    const url = await listen((_request, response) => response.end('{"status":"success","result":true}'));
    expect(await readBoundedText(await defaultFetch(url), 1024)).toBe('{"status":"success","result":true}');
  });

  it('stops reading an endless answer at the limit', async () => {
    const url = await listen((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      const timer = setInterval(() => response.write(chunk), 1);
      response.on('close', () => clearInterval(timer));
    });
    await expect(readBoundedText(await defaultFetch(url), 256 * 1024)).rejects.toBeInstanceOf(ResponseTooLarge);
  });

  it('refuses a declared length over the limit without reading it', async () => {
    const url = await listen((_request, response) => {
      response.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      response.write('{');
    });
    await expect(readBoundedText(await defaultFetch(url), 1024)).rejects.toBeInstanceOf(ResponseTooLarge);
  });
});
