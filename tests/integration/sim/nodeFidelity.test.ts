// The shapes a real Infinity node sends, where Pexip's own SDK depends on them (issue 10): no `stun`
// key without a STUN server, URL-safe tokens, presenter_uuid in presentation_start, `{}` data for
// presentation_frame and presentation_stop, requester_uuid in breakout_refer; and the quirks switch
// that sends the older shapes ("True"/"False", stun [{"url": ""}], '+' tokens, null data).
import { requestToken } from '@pexip/infinity-api';
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import { joinRoom, type Joined } from './joinRoom';
import { SimSession } from './simSession';
import type { ReceivedEvent } from './sseClient';

const ROOM = 'meet.fidelity';
const STUN_ROOM = 'meet.stunroom';
const PLUS_ROOM = 'meet.plustokens';
const QUIRKS_ROOM = 'meet.oldnode';

const env = useSimulator({
  timings: { presentationFrameMs: 15 },
  rooms: [
    { alias: ROOM, name: 'Fidelity Room', serviceType: 'conference', hostPin: '1234' },
    { alias: STUN_ROOM, name: 'STUN Room', serviceType: 'conference', stunServers: ['stun:stun.example.com:3478', 'stun:127.0.0.1:19302'] },
    { alias: PLUS_ROOM, name: 'Plus Tokens', serviceType: 'conference', standardBase64Tokens: true },
    { alias: QUIRKS_ROOM, name: 'Old Node', serviceType: 'conference', hostPin: '1234', quirks: true },
  ],
});

const URL_SAFE_TOKEN = /^[A-Za-z0-9_-]+={0,2}$/;

async function join(name: string, pin?: string, alias = ROOM): Promise<SimSession> {
  const session = await SimSession.join(env.sim, alias, name, pin, env.streams);
  env.sessions.push(session);
  return session;
}

async function tokenResult(alias: string, name: string): Promise<Record<string, unknown>> {
  const response = await requestToken({ fetcher: fetch, host: env.sim.url, params: { conferenceAlias: alias }, body: { display_name: name } });
  expect(response.status).toBe(200);
  const result = response.data.result as unknown as Record<string, unknown>;
  await fetch(`${env.sim.url}/api/client/v2/conferences/${alias}/release_token`, { method: 'POST', headers: { token: String(result['token']) } });
  return result;
}

/** request_token without the library's validator (a quirks room answers shapes it refuses). */
async function rawTokenResult(alias: string, name: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${env.sim.url}/api/client/v2/conferences/${alias}/request_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', pin: '1234' },
    body: JSON.stringify({ display_name: name }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: Record<string, unknown> }).result;
}

async function joinQuirks(name: string): Promise<SimSession> {
  const result = await rawTokenResult(QUIRKS_ROOM, name);
  const joined: Joined = { alias: QUIRKS_ROOM, token: String(result['token']), participantUuid: String(result['participant_uuid']), role: 'HOST' };
  const session = await SimSession.open(env.sim, joined, env.streams);
  env.sessions.push(session);
  return session;
}

/** Opens the event stream the way Pexip's SDK does: the token in the query, not encoded. */
function rawEvents(joined: Joined, token = joined.token): Promise<Response> {
  return fetch(`${env.sim.url}/api/client/v2/conferences/${joined.alias}/events?token=${token}`, { headers: { accept: 'text/event-stream' } });
}

const parsed = (event: ReceivedEvent): unknown => JSON.parse(event.data);

describe('request_token', () => {
  it('leaves stun out without a STUN server and keeps turn: []', async () => {
    const result = await tokenResult('meet.alice', 'No Stun');
    expect(result).not.toHaveProperty('stun');
    expect(result['turn']).toEqual([]);
    expect(result['chat_enabled']).toBe(true);
  });

  it('names each configured STUN server as one {url}', async () => {
    const result = await tokenResult(STUN_ROOM, 'With Stun');
    expect(result['stun']).toEqual([{ url: 'stun:stun.example.com:3478' }, { url: 'stun:127.0.0.1:19302' }]);
  });

  it('sends the older shapes in a quirks room: "True"/"False" flags and stun [{"url": ""}]', async () => {
    const result = await rawTokenResult(QUIRKS_ROOM, 'Old');
    // @pexip/infinity-api's validator refuses these strings; Parley reads them from the raw answer.
    expect(result).toMatchObject({ chat_enabled: 'True', vp9_enabled: 'False', direct_media: 'False', guests_can_present: 'True', stun: [{ url: '' }], turn: [] });
  });
});

describe('tokens', () => {
  it('are URL-safe base64 from request_token and refresh_token, and work unencoded in ?token=', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 12; i += 1) tokens.push(String((await tokenResult('meet.alice', `T${i}`))['token']));
    for (const token of tokens) expect(token).toMatch(URL_SAFE_TOKEN);

    const joined = await joinRoom(env.sim.url, 'meet.alice', 'Unencoded');
    const refreshed = await fetch(`${env.sim.url}/api/client/v2/conferences/meet.alice/refresh_token`, { method: 'POST', headers: { token: joined.token } });
    const fresh = ((await refreshed.json()) as { result: { token: string } }).result.token;
    expect(fresh).toMatch(URL_SAFE_TOKEN);
    const stream = await rawEvents(joined, fresh);
    expect(stream.status).toBe(200);
    await stream.body?.cancel();
    // A client that percent-encodes is still understood.
    const encoded = await rawEvents(joined, encodeURIComponent(fresh));
    expect(encoded.status).toBe(200);
    await encoded.body?.cancel();
    await fetch(`${env.sim.url}/api/client/v2/conferences/meet.alice/release_token`, { method: 'POST', headers: { token: fresh } });
  });

  it('are standard base64 where a room asks for it, which only an encoded ?token= opens', async () => {
    let withPlus: Joined | undefined;
    for (let i = 0; i < 40 && !withPlus; i += 1) {
      const joined = await joinRoom(env.sim.url, PLUS_ROOM, `P${i}`);
      if (joined.token.includes('+')) withPlus = joined;
      else await fetch(`${env.sim.url}/api/client/v2/conferences/${PLUS_ROOM}/release_token`, { method: 'POST', headers: { token: joined.token } });
    }
    if (!withPlus) throw new Error('no token with "+" in 40 joins');
    // '+' unencoded arrives as a space: refused, as Infinity would.
    expect((await rawEvents(withPlus)).status).toBe(403);
    const encoded = await rawEvents(withPlus, encodeURIComponent(withPlus.token));
    expect(encoded.status).toBe(200);
    await encoded.body?.cancel();
    await fetch(`${env.sim.url}/api/client/v2/conferences/${PLUS_ROOM}/release_token`, { method: 'POST', headers: { token: withPlus.token } });
  });
});

describe('presentation events', () => {
  it('name the presenter in presentation_start everywhere and send {} for frames and stop', async () => {
    const presenter = await join('Presenter', '1234');
    const viewer = await join('Viewer', '1234');
    await presenter.act(presenter.uuid, 'take_floor');
    const start = await viewer.events.next('presentation_start');
    expect(parsed(start)).toEqual({ presenter_name: 'Presenter', presenter_uri: 'Presenter@parley.sim', presenter_uuid: presenter.uuid, source: 'video' });
    expect((await viewer.events.next('presentation_frame')).data).toBe('{}');

    // Re-announced after allowrxpresentation.
    await viewer.act(viewer.uuid, 'denyrxpresentation');
    const denied = viewer.events.events.length;
    await viewer.act(viewer.uuid, 'allowrxpresentation');
    const again = await viewer.events.next('presentation_start', () => true, denied);
    expect(parsed(again)).toMatchObject({ presenter_uuid: presenter.uuid });

    // Replayed to a stream that opens while someone presents.
    const late = await join('Late', '1234');
    expect(late.events.dataOf('presentation_start')).toEqual([expect.objectContaining({ presenter_uuid: presenter.uuid })]);
    expect(late.events.dataOf('presentation_stop')).toEqual([]);

    const before = viewer.events.events.length;
    await presenter.act(presenter.uuid, 'release_floor');
    expect((await viewer.events.next('presentation_stop', () => true, before)).data).toBe('{}');
  });

  it('name the presenter inside breakout_event, live and replayed, with {} for stop', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    const created = await host.post('breakouts', { name: 'Side', participants: {} });
    const uuid = (created.body.result as { breakout_uuid: string }).breakout_uuid;
    await host.post('participants/breakout', { breakout_uuid: uuid, participants: [guest.uuid] });
    const refer = JSON.parse((await guest.events.next('refer')).data) as { alias: string; token: string };
    const moved = await fetch(`${env.sim.url}/api/client/v2/conferences/${refer.alias}/request_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Guest', token: refer.token }),
    });
    const token = ((await moved.json()) as { result: { token: string } }).result.token;
    const inside = await SimSession.open(env.sim, { alias: ROOM, token, participantUuid: guest.uuid, role: 'GUEST' }, env.streams);
    env.sessions.push(inside);

    const isInner = (event: string) => (d: unknown) => (d as { breakout_uuid: string; event: string }).breakout_uuid === uuid && (d as { event: string }).event === event;
    await inside.act(inside.uuid, 'take_floor');
    const wrapped = await host.events.next('breakout_event', isInner('presentation_start'));
    expect(parsed(wrapped)).toMatchObject({ breakout_uuid: uuid, event: 'presentation_start', data: { presenter_uuid: guest.uuid, presenter_name: 'Guest' } });

    const second = await SimSession.open(env.sim, host.joined, env.streams);
    const replayed = await second.events.next('breakout_event', isInner('presentation_start'));
    expect(parsed(replayed)).toMatchObject({ data: { presenter_uuid: guest.uuid } });

    await inside.act(inside.uuid, 'release_floor');
    const stop = await host.events.next('breakout_event', isInner('presentation_stop'));
    expect(parsed(stop)).toEqual({ breakout_uuid: uuid, event: 'presentation_stop', data: {} });
  });

  it('carry null data in a quirks room', async () => {
    const presenter = await joinQuirks('Old Presenter');
    const viewer = await joinQuirks('Old Viewer');
    await presenter.act(presenter.uuid, 'take_floor');
    expect((await viewer.events.next('presentation_frame')).data).toBe('null');
    const before = viewer.events.events.length;
    await presenter.act(presenter.uuid, 'release_floor');
    expect((await viewer.events.next('presentation_stop', () => true, before)).data).toBe('null');
    expect(viewer.joined.token).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  });
});
