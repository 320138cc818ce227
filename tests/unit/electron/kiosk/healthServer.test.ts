// The kiosk health document: loopback only, read-only, and no request can stop the room's process
// or let a web page that rebinds its name to 127.0.0.1 read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskHealth } from '../../../../electron/kiosk/healthDocument';
import { startHealthServer, type HealthServer } from '../../../../electron/kiosk/healthServer';
import { rawRequest } from '../../../support/loopbackRequest';

const health: KioskHealth = { state: 'in_meeting', meeting: { alias: 'meet.room', name: 'Room' }, since: '2026-01-01T00:00:00.000Z', lastError: null, reconnectCount: 2 };
let server: HealthServer;

beforeAll(async () => {
  server = await startHealthServer(0, () => health);
});

afterAll(async () => {
  await server?.close();
});

describe('kiosk health server', () => {
  it('serves the document on /health', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(health);
    expect((await fetch(`http://localhost:${server.port}/health`, { method: 'POST' })).status).toBe(405);
  });

  it('answers a malformed request target with 400 and keeps serving', async () => {
    expect(await rawRequest(server.port, 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1')).toBe(400);
    expect((await fetch(`http://127.0.0.1:${server.port}/health`)).status).toBe(200);
  });

  it('refuses a request addressed to any other host name (DNS rebinding)', async () => {
    expect(await rawRequest(server.port, `GET /health HTTP/1.1\r\nHost: attacker.example:${server.port}`)).toBe(400);
    expect(await rawRequest(server.port, `GET /health HTTP/1.1\r\nHost: localhost:${server.port}`)).toBe(200);
  });
});
