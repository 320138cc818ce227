// Every join outcome, through the real core against the simulator (and two local failures:
// a closed port and a self-signed TLS server), all on 127.0.0.1.
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCoreSimulator } from './coreSimulator';
import { createSelfSignedCertificate, type SelfSignedCertificate } from '../../support/selfSignedCertificate';

const env = useCoreSimulator();

describe('join outcomes against the simulator', () => {
  it('joins a room without PIN as host', async () => {
    const info = await env.participant().join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    expect(info).toMatchObject({ node: env.sim.url, alias: 'meet.alice', conferenceName: "Alice's VMR", role: 'host', displayName: 'Alice' });
  });

  it('joins as guest with the guest PIN and as host with the host PIN', async () => {
    expect(await env.participant().join({ node: env.sim.url, alias: 'meet.pin', displayName: 'Gus', pin: '5678' })).toMatchObject({ role: 'guest' });
    expect(await env.participant().join({ node: env.sim.url, alias: 'meet.pin', displayName: 'Hal', pin: '1234' })).toMatchObject({ role: 'host' });
  });

  it('joins a host-PIN room as guest without a PIN', async () => {
    expect(await env.participant().join({ node: env.sim.url, alias: 'meet.guest', displayName: 'Gwen' })).toMatchObject({ role: 'guest' });
  });

  it('asks for a PIN, and says when the PIN is wrong', async () => {
    const p = env.participant();
    expect(await p.service.handlers.join({ node: env.sim.url, alias: 'meet.pin', displayName: 'Pat' })).toMatchObject({
      ok: false,
      error: { code: 'pin_required', hostPin: 'required', guestPin: 'required' },
    });
    expect(await p.service.handlers.join({ node: env.sim.url, alias: 'meet.pin', displayName: 'Pat', pin: '0000' })).toEqual({
      ok: false,
      error: { code: 'invalid_pin', message: 'The PIN is not correct. Check it and try again.', wording: 'invalidPin', detail: 'Invalid PIN' },
    });
    expect(p.service.joined).toBe(false);
  });

  it('goes through a Virtual Reception with a second join carrying the extension', async () => {
    const p = env.participant();
    expect(await p.service.handlers.join({ node: env.sim.url, alias: 'meet.reception', displayName: 'Rae' })).toMatchObject({
      ok: false,
      error: { code: 'extension_required', extensionType: 'standard' },
    });
    const info = await p.join({ node: env.sim.url, alias: 'meet.reception', displayName: 'Rae', conferenceExtension: 'meet.alice' });
    expect(info).toMatchObject({ alias: 'meet.alice', conferenceName: "Alice's VMR" });
    // The session works against the target room: the roster arrives and chat is accepted.
    await p.waitFor((e) => e.type === 'roster', 'roster');
    expect(await p.service.handlers.sendMessage({ text: 'through reception' })).toEqual({ ok: true, value: null });
  });

  it('reports an unknown extension as a meeting that does not exist', async () => {
    const result = await env.participant().service.handlers.join({
      node: env.sim.url,
      alias: 'meet.reception',
      displayName: 'Rae',
      conferenceExtension: 'meet.nowhere',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conference_not_found' } });
  });

  it('offers the identity providers of an SSO room', async () => {
    expect(await env.participant().service.handlers.join({ node: env.sim.url, alias: 'meet.sso', displayName: 'Sam' })).toMatchObject({
      ok: false,
      error: { code: 'sso_required', identityProviders: [{ uuid: '4fe19459-67b4-4e84-abb4-a3765a0a7e09', name: 'Parley Test IdP' }] },
    });
  });

  it('says when the meeting does not exist', async () => {
    const result = await env.participant().service.handlers.join({ node: env.sim.url, alias: 'meet.nobody', displayName: 'Nia' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conference_not_found' } });
    expect(!result.ok && result.error.message).toContain('meet.nobody');
  });

  it('says when the node is in maintenance', async () => {
    env.sim.faults.setMaintenance(true);
    try {
      expect(await env.participant().service.handlers.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Max' })).toMatchObject({
        ok: false,
        error: { code: 'maintenance' },
      });
    } finally {
      env.sim.faults.setMaintenance(false);
    }
  });
});

describe('join outcomes without a node', () => {
  it('says the node is unreachable on a closed port', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await env.participant().service.handlers.join({ node: `http://127.0.0.1:${port}`, alias: 'meet.alice', displayName: 'Ula' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'node_unreachable',
        message: `Parley could not reach 127.0.0.1:${port}. Check the address and your network connection.`,
        wording: 'unreachable',
        values: { host: `127.0.0.1:${port}` },
        detail: 'ECONNREFUSED',
      },
    });
  });

  describe('with a self-signed certificate', () => {
    let server: HttpsServer;
    let certificate: SelfSignedCertificate;
    let requestsSeen = 0;

    beforeAll(async () => {
      certificate = createSelfSignedCertificate('127.0.0.1');
      server = createHttpsServer({ key: certificate.key, cert: certificate.cert }, (_request, response) => {
        requestsSeen += 1;
        response.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      certificate.remove();
    });

    it('refuses to join and says the certificate could not be verified', async () => {
      const { port } = server.address() as AddressInfo;
      const result = await env.participant().service.handlers.join({ node: `https://127.0.0.1:${port}`, alias: 'meet.alice', displayName: 'Tia' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'tls_failure', detail: 'DEPTH_ZERO_SELF_SIGNED_CERT', certificate: { host: `127.0.0.1:${port}`, subject: '127.0.0.1' } },
      });
      expect(!result.ok && result.error.message).toContain(`127.0.0.1:${port}`);
      expect(requestsSeen).toBe(0);
    });
  });
});
