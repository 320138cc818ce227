// Session-level behaviour and event shapes: SSO sign-in through the simulator's own sign-in page,
// node status in maintenance, and what a fresh event stream carries.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import { SimSession } from './simSession';

const requestToken = (alias: string, body: Record<string, unknown>) =>
  fetch(`${env.sim.url}/api/client/v2/conferences/${alias}/request_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ display_name: 'Someone', ...body }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as { status: string; result: Record<string, unknown> } }));

const env = useSimulator();

describe('SSO', () => {
  it('goes from the idp list to a local sign-in page to an sso_token that joins', async () => {
    const offered = await requestToken('meet.sso', {});
    expect(offered.status).toBe(403);
    const idp = (offered.body.result['idp'] as { uuid: string; name: string }[])[0];
    expect(idp?.name).toBe('Parley Test IdP');

    const chosen = await requestToken('meet.sso', { chosen_idp: idp?.uuid });
    expect(chosen.status).toBe(403);
    expect(chosen.body.result['redirect_idp']).toEqual({ name: 'Parley Test IdP', uuid: idp?.uuid });
    const redirect = new URL(chosen.body.result['redirect_url'] as string);
    expect(redirect.origin).toBe(env.sim.url);

    const page = await fetch(redirect);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('action="/idp/complete"');
    const state = redirect.searchParams.get('state') ?? '';
    const completed = await fetch(`${env.sim.url}/idp/complete?state=${encodeURIComponent(state)}&user=Alice%20Example`, {
      headers: { accept: 'application/json' },
    });
    const ssoToken = ((await completed.json()) as { result: { sso_token: string } }).result.sso_token;

    const joined = await requestToken('meet.sso', { sso_token: ssoToken });
    expect(joined.status).toBe(200);
    expect(joined.body.result).toMatchObject({ display_name: 'Alice Example', role: 'HOST' });
    const list = await fetch(`${env.sim.url}/api/client/v2/conferences/meet.sso/participants`, {
      headers: { token: joined.body.result['token'] as string },
    });
    const me = ((await list.json()) as { result: Record<string, unknown>[] }).result.find(
      (p) => p['uuid'] === joined.body.result['participant_uuid'],
    );
    expect(me).toMatchObject({ is_idp_authenticated: true });
    // Single use: a second use is refused as expired, not as a bad assertion.
    expect((await requestToken('meet.sso', { sso_token: ssoToken })).body).toEqual({ status: 'failed', result: 'SSO token expired or already used' });
    await fetch(`${env.sim.url}/api/client/v2/conferences/meet.sso/release_token`, {
      method: 'POST',
      headers: { token: joined.body.result['token'] as string },
    });
  });
});

describe('SSO refusals of the sso_token', () => {
  async function signIn(extra = ''): Promise<string> {
    const offered = await requestToken('meet.sso', {});
    const idp = (offered.body.result['idp'] as { uuid: string }[])[0];
    const chosen = await requestToken('meet.sso', { chosen_idp: idp?.uuid });
    const state = new URL(chosen.body.result['redirect_url'] as string).searchParams.get('state') ?? '';
    const completed = await fetch(`${env.sim.url}/idp/complete?state=${encodeURIComponent(state)}&user=Bo${extra}`, { headers: { accept: 'application/json' } });
    return ((await completed.json()) as { result: { sso_token: string } }).result.sso_token;
  }

  it('an assertion the node cannot verify is refused as "SSO Authentication Failed"', async () => {
    const ssoToken = await signIn('&bad_assertion=1');
    expect(await requestToken('meet.sso', { sso_token: ssoToken })).toEqual({ status: 403, body: { status: 'failed', result: 'SSO Authentication Failed' } });
  });

  it('a token never issued is refused like a bad assertion', async () => {
    expect((await requestToken('meet.sso', { sso_token: 'bm90LWlzc3VlZA' })).body.result).toBe('SSO Authentication Failed');
  });

  it('a token past its lifetime is refused as expired; the lifetime fault is undone with null', async () => {
    env.sim.faults.setSsoTokenLifetime(0);
    try {
      const ssoToken = await signIn();
      expect(await requestToken('meet.sso', { sso_token: ssoToken })).toEqual({ status: 403, body: { status: 'failed', result: 'SSO token expired or already used' } });
    } finally {
      env.sim.faults.setSsoTokenLifetime(null);
    }
    const fresh = await requestToken('meet.sso', { sso_token: await signIn() });
    expect(fresh.status).toBe(200);
    await fetch(`${env.sim.url}/api/client/v2/conferences/meet.sso/release_token`, { method: 'POST', headers: { token: fresh.body.result['token'] as string } });
  });

  it('the lifetime fault is reachable over /_sim/ and validated', async () => {
    const post = (body: unknown) => fetch(`${env.sim.url}/_sim/sso_token_lifetime`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ ms: -1 })).status).toBe(400);
    expect((await post({ ms: 0 })).status).toBe(200);
    const ssoToken = await signIn();
    expect((await requestToken('meet.sso', { sso_token: ssoToken })).body.result).toBe('SSO token expired or already used');
    expect((await post({ ms: null })).status).toBe(200);
  });
});

describe('node status', () => {
  it('answers 200 OK, and 503 with Pexip\'s message in maintenance', async () => {
    expect(await (await fetch(`${env.sim.url}/api/client/v2/status`)).json()).toEqual({ status: 'success', result: 'OK' });
    env.sim.faults.setMaintenance(true);
    try {
      const response = await fetch(`${env.sim.url}/api/client/v2/status`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'failed', result: 'Maintenance mode' });
      expect(await requestToken('meet.alice', {})).toEqual({ status: 503, body: { status: 'failed', result: 'System in maintenance mode' } });
    } finally {
      env.sim.faults.setMaintenance(false);
    }
  });
});

describe('opening an event stream', () => {
  it('sends the roster, the conference state and an ongoing presentation', async () => {
    const presenter = await SimSession.join(env.sim, 'meet.alice', 'Presenter', undefined, env.streams);
    await presenter.act(presenter.uuid, 'take_floor');
    const viewer = await SimSession.join(env.sim, 'meet.alice', 'Viewer', undefined, env.streams);
    const names = viewer.events.events.map((e) => e.event);
    expect(names.slice(0, 1)).toEqual(['participant_sync_begin']);
    await viewer.events.next('conference_update');
    const start = await viewer.events.next('presentation_start');
    expect(JSON.parse(start.data)).toMatchObject({ presenter_name: 'Presenter', source: 'video' });
    const status = JSON.parse((await viewer.events.next('conference_update')).data) as Record<string, unknown>;
    expect(status).toMatchObject({ locked: false, guests_muted: false, started: true, breakout_rooms: true, classification: { current: null } });
    await presenter.leave();
    await viewer.events.next('presentation_stop');
    await viewer.leave();
  });
});
