// Call requests against the simulator: direct media (offer relayed as new_offer, the far end's ack
// is the answer, update_sdp, new_candidate, peer_disconnect, splash_screen) and the call requests
// recorded on the participant (dtmf, fecc, statistics).
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import type { Joined } from './joinRoom';
import { participantsIn } from './simControl';
import { SimSession } from './simSession';

async function joinDirect(name: string): Promise<SimSession> {
  const response = await fetch(`${env.sim.url}/api/client/v2/conferences/meet.direct/request_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ display_name: name, direct_media: true }),
  });
  const result = ((await response.json()) as {
    result: { token: string; participant_uuid: string; role: 'HOST' | 'GUEST'; direct_media: boolean; client_stats_update_interval: number };
  }).result;
  expect(result).toMatchObject({ direct_media: true, client_stats_update_interval: 15 });
  const joined: Joined = { alias: 'meet.direct', token: result.token, participantUuid: result.participant_uuid, role: result.role };
  const session = await SimSession.open(env.sim, joined, env.streams);
  env.sessions.push(session);
  return session;
}

const env = useSimulator();

describe('direct media', () => {
  it('relays offer, answer, updates and candidates between the two peers', async () => {
    const alice = await joinDirect('Alice');
    const bob = await joinDirect('Bob');

    const first = await alice.act(alice.uuid, 'calls', { call_type: 'WEBRTC', sdp: 'v=0\r\ns=alice\r\n' });
    const aliceCall = first.body.result as { call_uuid: string; sdp: string; offer_ignored: boolean };
    expect(aliceCall).toMatchObject({ sdp: '', offer_ignored: true });
    expect(JSON.parse((await alice.events.next('splash_screen')).data)).toEqual({ screen_key: 'direct_media_welcome' });

    const bobCalling = bob.act(bob.uuid, 'calls', { call_type: 'WEBRTC', sdp: 'v=0\r\ns=bob-offer\r\n' });
    expect(JSON.parse((await alice.events.next('new_offer')).data)).toEqual({ sdp: 'v=0\r\ns=bob-offer\r\n' });
    await alice.post(`participants/${alice.uuid}/calls/${aliceCall.call_uuid}/ack`, { sdp: 'v=0\r\ns=alice-answer\r\n' });
    const bobCall = (await bobCalling).body.result as { call_uuid: string; sdp: string };
    expect(bobCall.sdp).toBe('v=0\r\ns=alice-answer\r\n');
    await alice.events.next('splash_screen', (d) => d === null);

    const candidate = { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', mid: '0', ufrag: 'u', pwd: 'p' };
    await bob.post(`participants/${bob.uuid}/calls/${bobCall.call_uuid}/new_candidate`, candidate);
    expect(JSON.parse((await alice.events.next('new_candidate')).data)).toEqual(candidate);

    const updating = bob.post(`participants/${bob.uuid}/calls/${bobCall.call_uuid}/update`, { sdp: 'v=0\r\ns=bob-restart\r\n' });
    expect(JSON.parse((await alice.events.next('update_sdp')).data)).toEqual({ sdp: 'v=0\r\ns=bob-restart\r\n' });
    await alice.post(`participants/${alice.uuid}/calls/${aliceCall.call_uuid}/ack`, { sdp: 'v=0\r\ns=alice-restart\r\n' });
    expect((await updating).body.result).toBe('v=0\r\ns=alice-restart\r\n');

    await bob.post(`participants/${bob.uuid}/calls/${bobCall.call_uuid}/statistics`, { audio: { rx_codec: 'opus', rx_bitrate: 64 } });
    await bob.post(`participants/${bob.uuid}/calls/${bobCall.call_uuid}/disconnect`);
    await alice.events.next('peer_disconnect');
    await bob.events.next('call_disconnected');
    const recorded = (await participantsIn(env.sim.url, 'meet.direct')).find((p) => p.uuid === bob.uuid) as unknown as Record<string, unknown>;
    expect(recorded).toMatchObject({ statistics: { audio: { rx_codec: 'opus', rx_bitrate: 64 } }, direct_call: null });
  });
});

describe('call requests on a transcoded call', () => {
  it('records DTMF and FECC, and refuses another participant\'s call', async () => {
    const alice = await SimSession.join(env.sim, 'meet.alice', 'Alice', undefined, env.streams);
    const bob = await SimSession.join(env.sim, 'meet.alice', 'Bob', undefined, env.streams);
    env.sessions.push(alice, bob);
    const call = ((await alice.act(alice.uuid, 'calls', { call_type: 'WEBRTC', sdp: 'v=0\r\n' })).body.result as { call_uuid: string }).call_uuid;
    const path = `participants/${alice.uuid}/calls/${call}`;
    expect((await alice.post(`${path}/dtmf`, { digits: '5*' })).body.result).toBe(true);
    expect((await alice.post(`${path}/dtmf`, { digits: 'x' })).status).toBe(400);
    expect((await alice.post(`${path}/fecc`, { action: 'start', movement: [{ axis: 'zoom', direction: 'in' }], timeout: 200 })).body.result).toBe(true);
    expect((await bob.post(`${path}/ack`, {})).status).toBe(403);
    const recorded = (await participantsIn(env.sim.url, 'meet.alice')).find((p) => p.uuid === alice.uuid) as unknown as Record<string, unknown>;
    expect(recorded).toMatchObject({ dtmf_received: ['5*'], fecc_received: [{ action: 'start' }] });
  });
});
