// The kiosk health document: loopback only, read-only, and no request can stop the room's process
// or let a web page that rebinds its name to 127.0.0.1 read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskHealth, KioskMetricsSample } from '../../../../electron/kiosk/healthDocument';
import { startHealthServer, type HealthServer } from '../../../../electron/kiosk/healthServer';
import { rawRequest } from '../../../support/loopbackRequest';
import { parsePrometheusText } from '../../../support/prometheusText';

const health: KioskHealth = { state: 'in_meeting', meeting: { alias: 'meet.room', name: 'Room' }, since: '2026-01-01T00:00:00.000Z', lastError: null, reconnectCount: 2, calendar: null, configProblems: null, maintenanceWindowOpen: null };
const metrics: KioskMetricsSample = {
  state: 'in_meeting',
  reconnects: 2,
  inMeetingSeconds: 12.5,
  lastErrorAgeSeconds: null,
  media: { bitrateIn: 1_200_000, bitrateOut: 800_000, packetLossIn: 0.01, packetLossOut: 0 },
  calendarLastRefreshAgeSeconds: 30,
  calendarProblem: false,
};
let server: HealthServer;

beforeAll(async () => {
  server = await startHealthServer(0, () => health, () => metrics);
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

  it('serves Prometheus text on /metrics with the same state', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const samples = parsePrometheusText(await response.text());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, v]) => sample.labels[key] === v))?.value;
    expect(value('parley_kiosk_state', { state: 'in_meeting' })).toBe(1);
    expect(value('parley_kiosk_state', { state: 'idle' })).toBe(0);
    expect(value('parley_kiosk_reconnects_total')).toBe(2);
    expect(value('parley_kiosk_in_meeting_seconds_total')).toBe(12.5);
    expect(value('parley_kiosk_media_bitrate_bits_per_second', { direction: 'in' })).toBe(1_200_000);
    expect(value('parley_kiosk_media_packet_loss_ratio', { direction: 'in' })).toBe(0.01);
    // No error yet: the age is left out rather than made up.
    expect(value('parley_kiosk_last_error_age_seconds')).toBeUndefined();
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
