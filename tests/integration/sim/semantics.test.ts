// Infinity's behaviour, not just its shapes: token expiry, the event stream's sync and live events,
// chat delivery, voice activity, presentation, the waiting room and media cleanup.
import { callsWebrtcParticipant, releaseToken, takeFloor, releaseFloor, withToken } from '@pexip/infinity-api';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../sim/index';
import { useSimulator } from './simulatorFixture';
import { createFakeMediaEngine } from '../../support/fakeMediaRoom';
import { joinRoom, type Joined } from './joinRoom';
import { participantsIn } from './simControl';
import { SseClient } from './sseClient';

const media = createFakeMediaEngine();

async function openStream(joined: Joined): Promise<SseClient> {
  const stream = await SseClient.open(env.sim.url, joined.alias, joined.token);
  env.streams.push(stream);
  return stream;
}

function post(joined: Joined, path: string, body?: unknown): Promise<Response> {
  return fetch(`${env.sim.url}/api/client/v2/conferences/${joined.alias}/${path}`, {
    method: 'POST',
    headers: { token: joined.token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function startCall(joined: Joined): Promise<string> {
  const response = await callsWebrtcParticipant({
    fetcher: withToken(fetch, joined.token),
    host: env.sim.url,
    params: { conferenceAlias: joined.alias, participantUuid: joined.participantUuid },
    body: { call_type: 'WEBRTC', sdp: 'v=0\r\n' },
  });
  if (response.status !== 200) throw new Error(`call failed: ${response.status}`);
  return response.data.result.call_uuid;
}

const hasUuid = (uuid: string) => (data: unknown) => (data as { uuid?: string } | null)?.uuid === uuid;

const env = useSimulator({
  createMediaRoom: media.createMediaRoom,
  rooms: [
    { alias: 'meet.locked', name: 'Locked Room', serviceType: 'conference', hostPin: '1111', locked: true },
    { alias: 'meet.quiet', name: 'No Chat', serviceType: 'conference', chatEnabled: false },
  ],
});

describe('token expiry', () => {
  it('refuses an expired token with "Invalid token" and removes the participant', async () => {
    const shortLived = await startSimulator({ port: 0, tokenExpirySeconds: 1, createMediaRoom: media.createMediaRoom });
    try {
      const joined = await joinRoom(shortLived.url, 'meet.alice', 'Brief');
      // The one real wait of the suite: token expiry is enforced with wall-clock time.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const response = await fetch(`${shortLived.url}/api/client/v2/conferences/meet.alice/participants`, {
        headers: { token: joined.token },
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ status: 'failed', result: 'Invalid token' });
      expect(await participantsIn(shortLived.url, 'meet.alice')).toEqual([]);
    } finally {
      await shortLived.close();
    }
  });

  it('refuses a made-up token', async () => {
    const response = await fetch(`${env.sim.url}/api/client/v2/conferences/meet.alice/conference_status`, {
      headers: { token: 'not-a-token' },
    });
    expect(response.status).toBe(403);
  });
});

describe('event stream', () => {
  it('opens with the roster and conference state, then reports joins and leaves', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);
    await stream.next('conference_update');
    const opening = stream.events.slice(0, 4);
    expect(opening.map((e) => e.event)).toEqual([
      'participant_sync_begin',
      'participant_create',
      'participant_sync_end',
      'conference_update',
    ]);
    expect(opening[0]?.data).toBe('null');
    expect(JSON.parse(opening[1]?.data ?? '')).toMatchObject({ uuid: alice.participantUuid, display_name: 'Alice' });
    expect(opening.every((e) => e.id !== undefined)).toBe(true);

    const bob = await joinRoom(env.sim.url, 'meet.alice', 'Bob');
    const created = await stream.next('participant_create', hasUuid(bob.participantUuid));
    expect(JSON.parse(created.data)).toMatchObject({ display_name: 'Bob', role: 'chair', protocol: 'api' });

    await releaseToken({
      fetcher: withToken(fetch, bob.token),
      host: env.sim.url,
      params: { conferenceAlias: 'meet.alice' },
      body: {},
    });
    const deleted = await stream.next('participant_delete', hasUuid(bob.participantUuid));
    expect(JSON.parse(deleted.data)).toEqual({ uuid: bob.participantUuid });
    await releaseToken({ fetcher: withToken(fetch, alice.token), host: env.sim.url, params: { conferenceAlias: 'meet.alice' }, body: {} });
  });

  it('keeps a participant whose stream is gone until the token is released', async () => {
    const carol = await joinRoom(env.sim.url, 'meet.alice', 'Carol');
    const stream = await openStream(carol);
    await stream.next('participant_sync_end');
    stream.close();
    await stream.ended;
    expect((await participantsIn(env.sim.url, 'meet.alice')).map((p) => p.uuid)).toContain(carol.participantUuid);
    await post(carol, 'release_token', {});
    expect((await participantsIn(env.sim.url, 'meet.alice')).map((p) => p.uuid)).not.toContain(carol.participantUuid);
  });

  it('refuses a stream without a valid token', async () => {
    await expect(SseClient.open(env.sim.url, 'meet.alice', 'bogus')).rejects.toThrow(/403/);
  });
});

describe('chat', () => {
  it('delivers a conference message to the others but not the sender', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const bob = await joinRoom(env.sim.url, 'meet.alice', 'Bob');
    const aliceStream = await openStream(alice);
    const bobStream = await openStream(bob);
    await Promise.all([aliceStream.next('participant_sync_end'), bobStream.next('participant_sync_end')]);

    expect((await post(alice, 'message', { type: 'text/plain', payload: 'Hello Bob' })).status).toBe(200);
    const received = await bobStream.next('message_received');
    expect(JSON.parse(received.data)).toEqual({
      origin: 'Alice',
      uuid: alice.participantUuid,
      type: 'text/plain',
      direct: false,
      payload: 'Hello Bob',
    });

    // Bob answers; events are ordered, so once Alice has his reply she would already have had her own.
    await post(bob, `participants/${alice.participantUuid}/message`, { type: 'text/plain', payload: 'Hi Alice' });
    const reply = await aliceStream.next('message_received');
    expect(JSON.parse(reply.data)).toMatchObject({ uuid: bob.participantUuid, direct: true, payload: 'Hi Alice' });
    expect(aliceStream.dataOf('message_received')).toHaveLength(1);

    await post(alice, 'release_token', {});
    await post(bob, 'release_token', {});
  });

  it('refuses chat where the room has it disabled', async () => {
    const dave = await joinRoom(env.sim.url, 'meet.quiet', 'Dave');
    const response = await post(dave, 'message', { type: 'text/plain', payload: 'anyone?' });
    expect(response.status).toBe(403);
    await post(dave, 'release_token', {});
  });
});

describe('client mute', () => {
  it('tells everyone when a participant mutes their microphone', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);
    await stream.next('participant_sync_end');
    await post(alice, `participants/${alice.participantUuid}/client_mute`);
    const update = await stream.next('participant_update', hasUuid(alice.participantUuid));
    expect(JSON.parse(update.data)).toMatchObject({ 'is_client-muted': true, is_client_muted: true });
    await post(alice, 'release_token', {});
  });
});

describe('media signalling', () => {
  it('turns voice activity into stage and layout events', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);
    await stream.next('participant_sync_end');
    await startCall(alice);
    const room = media.rooms.findLast((r) => r.roomId === 'meet.alice' && !r.closed);
    room?.emitStage([{ participantUuid: alice.participantUuid, vad: 100, level: 20 }]);

    const stage = await stream.next('stage');
    expect(JSON.parse(stage.data)).toEqual([{ participant_uuid: alice.participantUuid, stage_index: 0, vad: 100 }]);
    const layout = await stream.next('layout');
    expect(JSON.parse(layout.data)).toMatchObject({ view: '1:0', participants: [alice.participantUuid] });

    await post(alice, 'release_token', {});
    expect(room?.removedParticipants).toContain(alice.participantUuid);
    expect(room?.closed).toBe(true);
  });

  it('asks the media engine to loop media back in the Test Call Service', async () => {
    const tester = await joinRoom(env.sim.url, 'meet.test', 'Tester');
    const callUuid = await startCall(tester);
    const record = media.rooms.flatMap((r) => r.calls).find((c) => c.callUuid === callUuid);
    expect(record?.options).toEqual({ loopback: true });
    await post(tester, 'release_token', {});
  });

  it('sends call_disconnected when a call is disconnected and keeps the session', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);
    await stream.next('participant_sync_end');
    const callUuid = await startCall(alice);
    await post(alice, `participants/${alice.participantUuid}/calls/${callUuid}/disconnect`);
    const event = await stream.next('call_disconnected');
    expect(JSON.parse(event.data)).toMatchObject({ call_uuid: callUuid });
    expect((await participantsIn(env.sim.url, 'meet.alice')).find((p) => p.uuid === alice.participantUuid)?.calls).toBe(0);
    await post(alice, 'release_token', {});
  });
});

describe('presentation', () => {
  it("tells the media room who is denied the presentation, so a denied participant's call gets no slides", async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const bob = await joinRoom(env.sim.url, 'meet.alice', 'Bob');
    await startCall(bob);
    const room = media.rooms.findLast((r) => r.roomId === 'meet.alice' && !r.closed);
    expect(room?.policy?.receivesPresentation(bob.participantUuid)).toBe(true);
    const before = room?.presentationPolicyChanges ?? 0;

    expect((await post(bob, `participants/${bob.participantUuid}/denyrxpresentation`)).status).toBe(200);
    expect(room?.policy?.receivesPresentation(bob.participantUuid)).toBe(false);
    expect(room?.presentationPolicyChanges).toBe(before + 1);
    expect((await post(bob, `participants/${bob.participantUuid}/allowrxpresentation`)).status).toBe(200);
    expect(room?.policy?.receivesPresentation(bob.participantUuid)).toBe(true);
    expect(room?.presentationPolicyChanges).toBe(before + 2);

    await post(alice, 'release_token', {});
    await post(bob, 'release_token', {});
  });

  it('announces the floor to the others, never to the presenter', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const bob = await joinRoom(env.sim.url, 'meet.alice', 'Bob');
    const aliceStream = await openStream(alice);
    const bobStream = await openStream(bob);
    await Promise.all([aliceStream.next('participant_sync_end'), bobStream.next('participant_sync_end')]);
    const params = { conferenceAlias: 'meet.alice', participantUuid: bob.participantUuid };

    await takeFloor({ fetcher: withToken(fetch, bob.token), host: env.sim.url, params });
    const start = await aliceStream.next('presentation_start');
    expect(JSON.parse(start.data)).toMatchObject({ presenter_name: 'Bob', source: 'video' });
    await releaseFloor({ fetcher: withToken(fetch, bob.token), host: env.sim.url, params });
    await aliceStream.next('presentation_stop');
    // Bob's own update for is_presenting arrives after the start would have; he never gets one.
    await bobStream.next('participant_update', (d) => hasUuid(bob.participantUuid)(d) && (d as { is_presenting?: string }).is_presenting === 'NO');
    expect(bobStream.dataOf('presentation_start')).toHaveLength(0);

    await post(alice, 'release_token', {});
    await post(bob, 'release_token', {});
  });
});

describe('locked room', () => {
  it('holds guests in the waiting room until a host lets them in', async () => {
    const host = await joinRoom(env.sim.url, 'meet.locked', 'Host', '1111');
    const hostStream = await openStream(host);
    await hostStream.next('participant_sync_end');

    const guestResponse = await fetch(`${env.sim.url}/api/client/v2/conferences/meet.locked/request_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', pin: 'none' },
      body: JSON.stringify({ display_name: 'Guest' }),
    });
    const guest = ((await guestResponse.json()) as { result: { participant_uuid: string; current_service_type: string } })
      .result;
    expect(guest.current_service_type).toBe('waiting_room');

    await post(host, `participants/${guest.participant_uuid}/unlock`);
    const admitted = await hostStream.next(
      'participant_update',
      (d) => hasUuid(guest.participant_uuid)(d) && (d as { service_type?: string }).service_type === 'conference',
    );
    expect(JSON.parse(admitted.data)).toMatchObject({ display_name: 'Guest', role: 'guest' });
    env.sim.faults.disconnectParticipant('meet.locked', { displayName: 'Guest' }, 'done');
    await post(host, 'release_token', {});
  });
});
