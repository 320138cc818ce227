// An on-premises node with its own certificate: Parley refuses it, shows what it presented, and
// after the person trusts exactly that certificate joins with it pinned (events and all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingService, silentLogger, type MeetingService } from '../../../electron/service';
import { createMemoryTrustStore } from '../../../electron/infinity/security/certificateTrust';
import { normalizeFingerprint, probeNodeCertificate } from '../../../electron/infinity/security/nodeCertificate';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import { startSimulator, type Simulator } from '../../sim';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../../support/selfSignedCertificate';
import { createFakeMediaEngine } from '../../support/fakeMediaRoom';
import { startRecordingProxy, type RecordingProxy } from '../../support/recordingProxy';

let certificate: SelfSignedCertificate;
let sim: Simulator;
let fingerprint: string;
let proxy: RecordingProxy;
const services: MeetingService[] = [];

function service(options: Parameters<typeof createMeetingService>[0] = {}): MeetingService {
  const created = createMeetingService({ logger: silentLogger, ...options });
  services.push(created);
  return created;
}

beforeAll(async () => {
  certificate = createSelfSignedCertificate('node.example.test');
  fingerprint = normalizeFingerprint(certificate.fingerprint);
  sim = await startSimulator({ port: 0, tls: { key: certificate.key, cert: certificate.cert }, createMediaRoom: createFakeMediaEngine().createMediaRoom });
  proxy = await startRecordingProxy();
});

afterAll(async () => {
  for (const created of services) await created.shutdown('test over');
  await sim?.close();
  await proxy?.close();
  certificate?.remove();
});

describe('a node with a self-signed certificate', () => {
  it('is refused with the presented certificate, and trusting exactly it lets the person join', async () => {
    const person = service();
    const host = new URL(sim.url).host;
    const refused = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Petra' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'tls_failure', certificate: { host, fingerprint, subject: 'node.example.test', issuer: 'node.example.test' } },
    });

    // Only the certificate just shown can be trusted.
    const otherFingerprint = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00');
    expect(await person.handlers.trustNodeCertificate({ host, fingerprint: otherFingerprint })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await person.handlers.trustNodeCertificate({ host: 'elsewhere.example:443', fingerprint })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await person.handlers.trustNodeCertificate({ host, fingerprint: 'not a fingerprint' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await person.handlers.trustNodeCertificate({ host, fingerprint: fingerprint.toLowerCase() })).toEqual({ ok: true, value: null });

    const events: BridgeEvent[] = [];
    person.onEvent((event) => events.push(event));
    const joined = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Petra' });
    expect(joined).toMatchObject({ ok: true, value: { displayName: 'Petra' } });
    // The event stream runs over the pinned connection too.
    await expect.poll(() => events.some((event) => event.type === 'roster')).toBe(true);
    expect(await person.handlers.leave({})).toEqual({ ok: true, value: null });
  });

  it('is refused when the node presents a different certificate from the one trusted', async () => {
    const host = new URL(sim.url).host;
    const wrongPin = '00:'.repeat(31) + '00';
    const person = service({ certificateTrust: createMemoryTrustStore({ [host]: wrongPin }) });
    const result = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Mallory check' });
    expect(result).toMatchObject({ ok: false, error: { code: 'tls_failure', detail: 'ERR_TLS_CERT_PINNED_MISMATCH' } });
  });
});

describe('a node behind the manual proxy', () => {
  const through = (url: string) => () => Promise.resolve({ kind: 'proxy' as const, url });

  it('is reached through the proxy (CONNECT), the certificate still pinned inside the tunnel, events and all', async () => {
    const host = new URL(sim.url).host;
    proxy.seen.length = 0;
    const person = service({ certificateTrust: createMemoryTrustStore({ [host]: fingerprint }), proxyRoute: through(proxy.url) });
    const events: BridgeEvent[] = [];
    person.onEvent((event) => events.push(event));
    const joined = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Pia Proxy' });
    expect(joined).toMatchObject({ ok: true, value: { displayName: 'Pia Proxy' } });
    await expect.poll(() => events.some((event) => event.type === 'roster')).toBe(true);
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${host}`]));
    expect(await person.handlers.leave({})).toEqual({ ok: true, value: null });
  });

  it('not yet trusted: the certificate shown is read through the proxy\'s tunnel too, not straight from the node', async () => {
    const host = new URL(sim.url).host;
    proxy.seen.length = 0;
    const probed = await probeNodeCertificate(sim.url, through(proxy.url));
    expect(probed).toMatchObject({ host, fingerprint, subject: 'node.example.test' });
    expect(proxy.seen).toEqual([`CONNECT ${host}`]);

    // The same from a join behind the proxy: its refused request and the probe both went through it.
    proxy.seen.length = 0;
    const person = service({ proxyRoute: through(proxy.url) });
    const refused = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Pia Proxy' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'tls_failure', certificate: { host, fingerprint } } });
    expect(proxy.seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${host}`]));
  });

  it('not yet trusted, the proxy down: there is no certificate to show, rather than one read around the proxy', async () => {
    const gone = await startRecordingProxy();
    await gone.close();
    expect(await probeNodeCertificate(sim.url, through(gone.url))).toBeNull();
    // Straight, the same node presents its certificate.
    expect(await probeNodeCertificate(sim.url)).toMatchObject({ fingerprint });
  });

  it('is refused inside the tunnel when the node presents another certificate than the one trusted', async () => {
    const host = new URL(sim.url).host;
    proxy.seen.length = 0;
    const person = service({ certificateTrust: createMemoryTrustStore({ [host]: '00:'.repeat(31) + '00' }), proxyRoute: through(proxy.url) });
    const result = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Mallory check' });
    expect(result).toMatchObject({ ok: false, error: { code: 'tls_failure', detail: 'ERR_TLS_CERT_PINNED_MISMATCH' } });
    expect(proxy.seen).toContain(`CONNECT ${host}`);
  });

  it('is not reached around a proxy that is down', async () => {
    const host = new URL(sim.url).host;
    const gone = await startRecordingProxy();
    await gone.close();
    const person = service({ certificateTrust: createMemoryTrustStore({ [host]: fingerprint }), proxyRoute: through(gone.url) });
    const result = await person.handlers.join({ node: sim.url, alias: 'meet.alice', displayName: 'Nobody' });
    // The proxy refuses the connection; with the route ignored the node would have been joined.
    expect(result).toMatchObject({ ok: false, error: { code: 'node_unreachable', detail: 'ECONNREFUSED' } });
  });
});
