// Fidelity check: every answer of the simulator, driven only through @pexip/infinity-api's request
// functions, must succeed and pass the package's response validators (they throw ValidationError).
import {
  ack,
  callsWebrtcParticipant,
  clientMuteParticipant,
  clientUnmuteParticipant,
  conferenceStatus,
  disconnectCall,
  disconnectParticipant,
  messageConference,
  messageParticipant,
  newCandidate,
  participants,
  refreshToken,
  releaseFloor,
  releaseToken,
  requestToken,
  takeFloor,
  update,
  withPin,
  withToken,
} from '@pexip/infinity-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import { createFakeMediaEngine, FAKE_ANSWER_SDP, FAKE_UPDATE_SDP } from '../../support/fakeMediaRoom';
import { joinRoom } from './joinRoom';

let sim: Simulator;
const media = createFakeMediaEngine();

beforeAll(async () => {
  sim = await startSimulator({ port: 0, createMediaRoom: media.createMediaRoom });
});

afterAll(async () => {
  await sim.close();
});

function tokenRequest(alias: string, pin?: string, conferenceExtension?: string) {
  return requestToken({
    fetcher: pin === undefined ? fetch : withPin(fetch, pin),
    host: sim.url,
    params: { conferenceAlias: alias },
    body: { display_name: 'Conformance', ...(conferenceExtension ? { conference_extension: conferenceExtension } : {}) },
  });
}

describe('request_token outcomes', () => {
  it('joins a room without a PIN as Host with a complete token result', async () => {
    const response = await tokenRequest('meet.alice');
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const result = response.data.result;
    expect(result.role).toBe('HOST');
    expect(result.expires).toBe('120');
    expect(result.conference_name).toBe("Alice's VMR");
    expect(result.current_service_type).toBe('conference');
    expect(result.chat_enabled).toBe(true);
    expect(result.trickle_ice_enabled).toBe(true);
    expect(result.participant_uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks for both PINs in a room with host and guest PINs', async () => {
    const response = await tokenRequest('meet.pin');
    expect(response.status).toBe(403);
    expect(response.data.result).toMatchObject({ pin: 'required', guest_pin: 'required' });
  });

  it('refuses a wrong PIN', async () => {
    const response = await tokenRequest('meet.pin', '0000');
    expect(response).toMatchObject({ status: 403, data: { result: 'Invalid PIN' } });
  });

  it('gives the host PIN the Host role and the guest PIN the Guest role', async () => {
    const host = await tokenRequest('meet.pin', '1234');
    const guest = await tokenRequest('meet.pin', '5678');
    expect(host.status === 200 && host.data.result.role).toBe('HOST');
    expect(guest.status === 200 && guest.data.result.role).toBe('GUEST');
  });

  it('lets guests in without a PIN where the guest PIN is "none"', async () => {
    const challenge = await tokenRequest('meet.guest');
    expect(challenge.status).toBe(403);
    expect(challenge.data.result).toMatchObject({ pin: 'required', guest_pin: 'none' });
    const guest = await tokenRequest('meet.guest', 'none');
    expect(guest.status === 200 && guest.data.result.role).toBe('GUEST');
    const host = await tokenRequest('meet.guest', '1234');
    expect(host.status === 200 && host.data.result.role).toBe('HOST');
  });

  it('asks a Virtual Reception for an extension, then joins the target room', async () => {
    const challenge = await tokenRequest('meet.reception');
    expect(challenge.status).toBe(403);
    expect(challenge.data.result).toEqual({ conference_extension: 'required', conference_extension_type: 'standard' });

    const joined = await tokenRequest('meet.reception', undefined, 'meet.alice');
    expect(joined.status).toBe(200);
    if (joined.status !== 200) return;
    expect(joined.data.result.conference_name).toBe("Alice's VMR");
    const token = joined.data.result.token;
    for (const alias of ['meet.alice', 'meet.reception']) {
      const list = await participants({ fetcher: withToken(fetch, token), host: sim.url, params: { conferenceAlias: alias } });
      expect(list.data.result.map((p) => p.uuid)).toContain(joined.data.result.participant_uuid);
    }
  });

  it('refuses an unknown extension', async () => {
    const response = await tokenRequest('meet.reception', undefined, 'meet.nowhere');
    expect(response).toMatchObject({ status: 404, data: { status: 'failed', result: 'Conference extension not found' } });
  });

  it('offers the identity providers of an SSO room', async () => {
    const response = await tokenRequest('meet.sso');
    expect(response.status).toBe(403);
    expect(response.data.result).toMatchObject({ idp: [{ name: 'Parley Test IdP' }] });
  });

  it('does not find an unknown alias', async () => {
    const response = await tokenRequest('meet.nowhere');
    expect(response).toMatchObject({
      status: 404,
      data: { status: 'failed', result: 'Neither conference nor gateway found' },
    });
  });

  it('refuses everyone in maintenance mode', async () => {
    sim.faults.setMaintenance(true);
    try {
      const response = await tokenRequest('meet.alice');
      expect(response).toMatchObject({ status: 503, data: { status: 'failed' } });
    } finally {
      sim.faults.setMaintenance(false);
    }
    expect((await tokenRequest('meet.alice')).status).toBe(200);
  });
});

describe('token lifecycle', () => {
  it('refreshes to a new working token and releases it', async () => {
    const joined = await joinRoom(sim.url, 'meet.alice', 'Refresher');
    const refreshed = await refreshToken({
      fetcher: withToken(fetch, joined.token),
      host: sim.url,
      params: { conferenceAlias: 'meet.alice' },
    });
    expect(refreshed.status).toBe(200);
    if (refreshed.status !== 200) return;
    const newToken = refreshed.data.result.token;
    expect(newToken).not.toBe(joined.token);
    expect(refreshed.data.result.expires).toBe('120');

    const released = await releaseToken({
      fetcher: withToken(fetch, newToken),
      host: sim.url,
      params: { conferenceAlias: 'meet.alice' },
      body: { reason: 'conformance done' },
    });
    expect(released).toMatchObject({ status: 200, data: { result: true } });

    const afterRelease = await refreshToken({
      fetcher: withToken(fetch, newToken),
      host: sim.url,
      params: { conferenceAlias: 'meet.alice' },
    });
    expect(afterRelease).toMatchObject({ status: 403, data: { result: 'Invalid token' } });
  });
});

describe('conference and participant requests', () => {
  it('lists participants, reports status, chats and client-mutes', async () => {
    const alice = await joinRoom(sim.url, 'meet.alice', 'Alice');
    const fetcher = withToken(fetch, alice.token);
    const params = { conferenceAlias: 'meet.alice' };

    const list = await participants({ fetcher, host: sim.url, params });
    const me = list.data.result.find((p) => p.uuid === alice.participantUuid);
    expect(me).toMatchObject({ display_name: 'Alice', role: 'chair', is_client_muted: false });

    const status = await conferenceStatus({ fetcher, host: sim.url, params });
    expect(status.data.result).toMatchObject({ locked: false, started: true });

    const chat = await messageConference({ fetcher, host: sim.url, params, body: { type: 'text/plain', payload: 'hi' } });
    expect(chat.data.result).toBe(true);

    const participantParams = { ...params, participantUuid: alice.participantUuid };
    const muted = await clientMuteParticipant({ fetcher, host: sim.url, params: participantParams });
    expect(muted).toMatchObject({ status: 200, data: { result: true } });
    const afterMute = await participants({ fetcher, host: sim.url, params });
    expect(afterMute.data.result.find((p) => p.uuid === alice.participantUuid)?.is_client_muted).toBe(true);
    const unmuted = await clientUnmuteParticipant({ fetcher, host: sim.url, params: participantParams });
    expect(unmuted).toMatchObject({ status: 200, data: { result: true } });

    const direct = await messageParticipant({
      fetcher,
      host: sim.url,
      params: participantParams,
      body: { type: 'text/plain', payload: 'note to self' },
    });
    expect(direct).toMatchObject({ status: 200, data: { result: true } });

    expect(await takeFloor({ fetcher, host: sim.url, params: participantParams })).toMatchObject({ status: 200 });
    expect(await releaseFloor({ fetcher, host: sim.url, params: participantParams })).toMatchObject({ status: 200 });

    const left = await disconnectParticipant({ fetcher, host: sim.url, params: participantParams });
    expect(left).toMatchObject({ status: 200, data: { result: true } });
  });

  it('sets up a call and drives ack, update, new_candidate and disconnect', async () => {
    const bob = await joinRoom(sim.url, 'meet.alice', 'Bob');
    const fetcher = withToken(fetch, bob.token);
    const params = { conferenceAlias: 'meet.alice', participantUuid: bob.participantUuid };

    const call = await callsWebrtcParticipant({
      fetcher,
      host: sim.url,
      params,
      body: { call_type: 'WEBRTC', sdp: 'v=0\r\noffer\r\n', media_type: 'video' },
    });
    expect(call.status).toBe(200);
    if (call.status !== 200) return;
    expect(call.data.result.sdp).toBe(FAKE_ANSWER_SDP);
    const callParams = { ...params, callUuid: call.data.result.call_uuid };
    const record = media.rooms.flatMap((room) => room.calls).find((c) => c.callUuid === call.data.result.call_uuid);
    expect(record).toMatchObject({ participantUuid: bob.participantUuid, offerSdp: 'v=0\r\noffer\r\n' });

    expect(await ack({ fetcher, host: sim.url, params: callParams, body: {} })).toMatchObject({
      status: 200,
      data: { result: true },
    });
    const updated = await update({ fetcher, host: sim.url, params: callParams, body: { sdp: 'v=0\r\nnew\r\n' } });
    expect(updated).toMatchObject({ status: 200, data: { result: FAKE_UPDATE_SDP } });
    const candidate = { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', mid: '0' };
    expect(await newCandidate({ fetcher, host: sim.url, params: callParams, body: candidate })).toMatchObject({
      status: 200,
    });
    expect(await disconnectCall({ fetcher, host: sim.url, params: callParams })).toMatchObject({ status: 200 });

    expect(record).toMatchObject({ acked: 1, updates: ['v=0\r\nnew\r\n'], candidates: [candidate], closed: true });
  });
});
