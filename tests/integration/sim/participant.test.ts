// Participant requests against the simulator, asserted through events and state: spotlight order in
// stage and layout, raised hands, transfer, live captions, presentation stills, attestation,
// avatars, audio mixes, roles and the other per-participant settings.
import { createPublicKey, verify } from 'node:crypto';
import { decode } from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import { participantsIn } from './simControl';
import { SimSession, withUuid } from './simSession';

const ROOM = 'meet.people';

async function join(name: string, pin: string, alias = ROOM): Promise<SimSession> {
  const session = await SimSession.join(env.sim, alias, name, pin, env.streams);
  env.sessions.push(session);
  return session;
}

async function startCall(session: SimSession): Promise<void> {
  expect((await session.act(session.uuid, 'calls', { call_type: 'WEBRTC', sdp: 'v=0\r\n' })).status).toBe(200);
}

const stageOf = (data: unknown) => (data as { participant_uuid: string }[]).map((s) => s.participant_uuid);

const env = useSimulator({
  timings: { captionStepMs: 15, presentationFrameMs: 15 },
  rooms: [{ alias: ROOM, name: 'People Room', serviceType: 'conference', hostPin: '1234', guestPin: '5678', hostLayout: '1:7' }],
});

describe('spotlight and raised hands', () => {
  it('puts spotlighted participants first in stage and layout, in spotlight order', async () => {
    const host = await join('Host', '1234');
    const b = await join('B', '5678');
    const c = await join('C', '5678');
    for (const session of [host, b, c]) await startCall(session);

    await host.act(c.uuid, 'spotlighton');
    await host.act(b.uuid, 'spotlighton');
    const stage = await host.events.next('stage', (d) => stageOf(d).slice(0, 2).join() === [c.uuid, b.uuid].join());
    expect(stageOf(JSON.parse(stage.data))).toEqual([c.uuid, b.uuid, host.uuid]);
    const spotlightOrder = [c.uuid, b.uuid, host.uuid].join();
    const layout = await host.events.next('layout', (d) => (d as { participants: string[] }).participants.join() === spotlightOrder);
    expect(JSON.parse(layout.data)).toMatchObject({ view: '1:7', participants: [c.uuid, b.uuid, host.uuid] });
    await host.events.next('participant_update', (d) => withUuid(b.uuid)(d) && (d as { spotlight: number }).spotlight > 0);
    expect((await b.act(c.uuid, 'spotlightoff')).status).toBe(403);

    await host.act(c.uuid, 'spotlightoff');
    await host.events.next('stage', (d) => stageOf(d)[0] === b.uuid);
    await host.post('clearspotlights');
    await host.events.next('participant_update', withUuid(b.uuid, { spotlight: 0 }));
  });

  it('raises and lowers hands with buzz_time', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', '5678');
    await guest.act(guest.uuid, 'buzz');
    const raised = await host.events.next('participant_update', (d) => withUuid(guest.uuid)(d) && (d as { buzz_time: number }).buzz_time > 0);
    expect((JSON.parse(raised.data) as { buzz_time: number }).buzz_time).toBeGreaterThan(1_600_000_000);
    expect((await guest.act(host.uuid, 'buzz')).status).toBe(403);
    await host.post('clearallbuzz');
    await host.events.next('participant_update', withUuid(guest.uuid, { buzz_time: 0 }));
  });
});

describe('transfer', () => {
  it('sends refer and removes the participant at once; the refer token joins the target', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', '5678');
    expect((await host.act(guest.uuid, 'transfer', { role: 'guest', conference_alias: 'meet.alice' })).status).toBe(200);
    const refer = JSON.parse((await guest.events.next('refer')).data) as { alias: string; token: string };
    expect(refer.alias).toBe('meet.alice');
    await host.events.next('participant_delete', withUuid(guest.uuid));
    await guest.events.ended;
    expect(guest.events.dataOf('disconnect')).toEqual([]);

    const joined = await fetch(`${env.sim.url}/api/client/v2/conferences/meet.alice/request_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Guest', token: refer.token }),
    });
    const result = ((await joined.json()) as { result: { participant_uuid: string; role: string; token: string } }).result;
    expect(result).toMatchObject({ participant_uuid: guest.uuid, role: 'GUEST' });
    await fetch(`${env.sim.url}/api/client/v2/conferences/meet.alice/release_token`, { method: 'POST', headers: { token: result.token } });
  });

  it('disconnects a participant whose transfer fails, without returning them', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', '5678');
    await host.act(guest.uuid, 'transfer', { role: 'host', conference_alias: 'meet.pin', pin: '0000' });
    const refer = JSON.parse((await guest.events.next('refer')).data) as Record<string, unknown>;
    expect(refer).toEqual({ alias: 'meet.pin' });
    expect(JSON.parse((await guest.events.next('disconnect')).data)).toEqual({ reason: 'transfer failed' });
    expect((await participantsIn(env.sim.url, ROOM)).map((p) => p.uuid)).not.toContain(guest.uuid);
  });
});

describe('live captions', () => {
  it('streams partial then final utterances attributed to the speaker, until hidden', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', '5678');
    expect((await guest.act(host.uuid, 'show_live_captions')).status).toBe(403);
    expect((await guest.act(guest.uuid, 'show_live_captions')).body).toEqual({ status: 'success', result: null });
    await host.events.next('participant_update', withUuid(guest.uuid, { show_live_captions: true }));

    const partial = JSON.parse((await guest.events.next('live_captions')).data) as Record<string, unknown>;
    expect(partial).toMatchObject({ is_final: false, src_lang: 'en-US', tgt_lang: 'en-US', sources: [{ participant_uuid: host.uuid }] });
    const final = JSON.parse((await guest.events.next('live_captions', (d) => (d as { is_final: boolean }).is_final)).data) as {
      data: string;
    };
    expect(final.data.toLowerCase().replace(/[.,]/g, '')).toContain(partial['data'] as string);
    expect(host.events.dataOf('live_captions')).toEqual([]);

    await guest.act(guest.uuid, 'hide_live_captions');
    const hidden = await host.events.next('participant_update', withUuid(guest.uuid, { show_live_captions: false }));
    const count = guest.events.dataOf('live_captions').length;
    // Events are ordered: once a later event arrives, no caption can have been sent in between.
    await host.act(host.uuid, 'buzz');
    await guest.events.next('participant_update', (d) => withUuid(host.uuid)(d) && (d as { buzz_time: number }).buzz_time > 0, Number(hidden.id));
    expect(guest.events.dataOf('live_captions').length).toBeLessThanOrEqual(count + 1);
  });

  it('answers with the spec failure where the room has captions disabled', async () => {
    const host = await join('Host', '1234', 'meet.nocaptions');
    const answer = await host.act(host.uuid, 'show_live_captions');
    expect(answer).toEqual({ status: 403, body: { status: 'failed', result: 'Live captions not available' } });
    expect((await host.get('conference_status')).body.result).toMatchObject({ live_captions_available: false });
  });
});

describe('presentation stills', () => {
  it('announces frames to viewers and serves each as a real JPEG only with token and id', async () => {
    const presenter = await join('Presenter', '1234');
    const viewer = await join('Viewer', '5678');
    await presenter.act(presenter.uuid, 'take_floor');
    const first = await viewer.events.next('presentation_frame');
    const second = await viewer.events.next('presentation_frame', () => true, viewer.events.events.indexOf(first) + 1);
    // `{}`, as Infinity sends it: Pexip's SDK parses the data as an object (null made it throw).
    expect(first.data).toBe('{}');
    expect(first.id).not.toBe(second.id);

    const image = (id: string | undefined, token: string, high = false) =>
      fetch(`${viewer.url(high ? 'presentation_high.jpeg' : 'presentation.jpeg')}?id=${encodeURIComponent(id ?? '')}&token=${encodeURIComponent(token)}`);
    expect((await image(first.id, 'not-a-token')).status).toBe(403);
    expect((await image('bm90LWEtZnJhbWU=', viewer.joined.token)).status).toBe(403);
    const low = await image(first.id, viewer.joined.token);
    expect(low.status).toBe(200);
    expect(low.headers.get('content-type')).toBe('image/jpeg');
    const lowBytes = new Uint8Array(await low.arrayBuffer());
    expect([...lowBytes.slice(0, 2)]).toEqual([0xff, 0xd8]);
    const secondBytes = new Uint8Array(await (await image(second.id, viewer.joined.token)).arrayBuffer());
    expect(Buffer.from(secondBytes).equals(Buffer.from(lowBytes))).toBe(false);
    const high = decode(new Uint8Array(await (await image(first.id, viewer.joined.token, true)).arrayBuffer()));
    expect(high.width).toBeGreaterThan(decode(lowBytes).width);
    expect(presenter.events.dataOf('presentation_frame')).toEqual([]);

    await presenter.act(viewer.uuid, 'denyrxpresentation');
    await viewer.events.next('presentation_stop');
    await presenter.act(presenter.uuid, 'release_floor');
  });
});

describe('attestation and avatars', () => {
  it('signs the caller role in a JWT verifiable with the published key set', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', '5678');
    expect((await host.get(`participants/${guest.uuid}/get_attestation`)).status).toBe(403);
    const jwt = (await guest.get(`participants/${guest.uuid}/get_attestation`)).body.result as string;
    const [header, payload, signature] = jwt.split('.');
    const decodedHeader = JSON.parse(Buffer.from(header ?? '', 'base64url').toString()) as { alg: string; kid: string };
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(decodedHeader.alg).toBe('ES256');
    expect(claims).toMatchObject({ role: 'guest', conf: 'People Room', participant_uuid: guest.uuid });
    expect(claims['exp']).toBeGreaterThan(Date.now() / 1000);

    const jwks = (await (await fetch(`${env.sim.url}/api/client/v2/jwk`)).json()) as { keys: (Record<string, unknown> & { kid: string })[] };
    const jwk = jwks.keys.find((k) => k.kid === decodedHeader.kid);
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
    const valid = verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature ?? '', 'base64url'));
    expect(valid).toBe(true);
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'host' })).toString('base64url');
    expect(verify('sha256', Buffer.from(`${header}.${forged}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature ?? '', 'base64url'))).toBe(false);
  });

  it('serves a JPEG avatar for a joined participant', async () => {
    const host = await join('Host', '1234');
    const response = await fetch(host.url(`participants/${host.uuid}/avatar.jpg`), { headers: { token: host.joined.token } });
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(decode(new Uint8Array(await response.arrayBuffer())).width).toBe(96);
  });
});

describe('participant settings', () => {
  it('records mutes, role, overlay text, layout group, mixes and DTMF on the participant', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', '5678');
    const expectUpdate = (fields: Record<string, unknown>) =>
      host.events.next('participant_update', (d) => withUuid(guest.uuid)(d) && expect.objectContaining(fields).asymmetricMatch(d));

    await host.act(guest.uuid, 'mute');
    await expectUpdate({ is_muted: 'YES' });
    await guest.act(guest.uuid, 'video_muted');
    await expectUpdate({ is_video_muted: true });
    await host.act(guest.uuid, 'overlaytext', { text: 'The Dude' });
    await expectUpdate({ overlay_text: 'The Dude' });
    await host.act(guest.uuid, 'layout_group', { layout_group: 'a' });
    await expectUpdate({ layout_group: 'a' });
    await guest.act(guest.uuid, 'pres_in_mix', { state: true });
    await expectUpdate({ needs_presentation_in_mix: true });
    await host.act(guest.uuid, 'send_to_audio_mixes', { mixes: [{ mix_name: 'main.french', prominent: true }, { mix_name: 'spanish' }] });
    await expectUpdate({ send_to_audio_mixes: [{ mix_name: 'main.french', prominent: true }, { mix_name: 'spanish', prominent: false }] });
    expect((await host.act(guest.uuid, 'send_to_audio_mixes', { mixes: [{ mix_name: 'a..b' }] })).status).toBe(400);
    expect((await host.act(guest.uuid, 'send_to_audio_mixes', { mixes: [{ mix_name: 'french.main' }] })).status).toBe(400);
    await host.act(guest.uuid, 'send_to_audio_mixes', { mixes: [] });
    await expectUpdate({ send_to_audio_mixes: [{ mix_name: 'main', prominent: false }] });
    await host.act(guest.uuid, 'receive_from_audio_mix', { mix_name: null });
    await expectUpdate({ receive_from_audio_mix: null });
    await host.act(guest.uuid, 'dtmf', { digits: '1234#' });
    await guest.act(guest.uuid, 'preferred_aspect_ratio', { aspect_ratio: 0.5625 });

    await host.act(guest.uuid, 'role', { role: 'chair' });
    await expectUpdate({ role: 'chair' });
    const refreshed = await guest.post('refresh_token');
    expect(refreshed.body.result).toMatchObject({ role: 'HOST' });
    const state = (await (await fetch(`${env.sim.url}/_sim/state`)).json()) as {
      result: { rooms: { alias: string; participants: Record<string, unknown>[] }[] };
    };
    const recorded = state.result.rooms.find((r) => r.alias === ROOM)?.participants.find((p) => p['uuid'] === guest.uuid);
    expect(recorded).toMatchObject({ dtmf_received: ['1234#'], preferred_aspect_ratio: 0.5625, receive_from_audio_mix: null });
  });
});
