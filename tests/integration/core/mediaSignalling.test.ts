// Call signalling through the real core against the simulator with a fake media engine
// (fixed answers): calls, ack, update, new_candidate, disconnect.
import { describe, expect, it, vi } from 'vitest';
import { FAKE_ANSWER_SDP, FAKE_UPDATE_SDP } from '../../support/fakeMediaRoom';
import { useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

const offer = 'v=0\r\no=- 42 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

function callsOf(participantUuid: string) {
  return env.media.rooms.flatMap((room) => room.calls).filter((call) => call.participantUuid === participantUuid);
}

describe('media signalling', () => {
  it('relays calls, ack, update, candidates and disconnect to the node', async () => {
    const alice = env.participant();
    const info = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });

    const started = await alice.service.handlers.startCall({ sdp: offer, mediaType: 'video' });
    expect(started).toMatchObject({ ok: true, value: { sdp: FAKE_ANSWER_SDP } });
    if (!started.ok) return;
    const record = env.media.rooms.flatMap((room) => room.calls).find((call) => call.callUuid === started.value.callUuid);
    expect(record).toMatchObject({ participantUuid: info.participantUuid, offerSdp: offer });

    expect(await alice.service.handlers.ackCall(null)).toEqual({ ok: true, value: null });
    expect(record?.acked).toBe(1);

    expect(await alice.service.handlers.updateCall({ sdp: `${offer}a=x-renegotiate\r\n` })).toEqual({
      ok: true,
      value: { sdp: FAKE_UPDATE_SDP },
    });
    expect(record?.updates).toHaveLength(1);

    const candidate = {
      candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host',
      sdpMid: '0',
      usernameFragment: 'abcd',
      pwd: 'icepassword-abcdefghij',
    };
    expect(await alice.service.handlers.sendCandidate(candidate)).toEqual({ ok: true, value: null });
    expect(record?.candidates).toEqual([{ candidate: candidate.candidate, mid: '0' }]);

    expect(await alice.service.handlers.disconnectCall(null)).toEqual({ ok: true, value: null });
    expect(record?.closed).toBe(true);
    expect(await alice.service.handlers.ackCall(null)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('posts the offer a join brings as soon as the token is there, and startCall with that offer takes its answer', async () => {
    const alice = env.participant();
    const info = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice', offer: { sdp: offer, mediaType: 'video' } });

    // Asked of the node without a startCall.
    await vi.waitFor(() => expect(callsOf(info.participantUuid)).toHaveLength(1));
    const [early] = callsOf(info.participantUuid);
    expect(early).toMatchObject({ offerSdp: offer, closed: false });

    const started = await alice.service.handlers.startCall({ sdp: offer, mediaType: 'video' });
    expect(started).toEqual({ ok: true, value: { callUuid: early?.callUuid, sdp: FAKE_ANSWER_SDP } });
    // The same call, not a second one, and the call's requests reach it.
    expect(callsOf(info.participantUuid)).toHaveLength(1);
    expect(await alice.service.handlers.ackCall(null)).toEqual({ ok: true, value: null });
    expect(early?.acked).toBe(1);
  });

  it('ends the early call when startCall brings another offer (the renderer made another call)', async () => {
    const alice = env.participant();
    const info = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice', offer: { sdp: offer, mediaType: 'video' } });
    await vi.waitFor(() => expect(callsOf(info.participantUuid)).toHaveLength(1));

    const other = `${offer}a=x-another-call\r\n`;
    const started = await alice.service.handlers.startCall({ sdp: other, mediaType: 'video' });
    expect(started.ok).toBe(true);
    const [early, made] = callsOf(info.participantUuid);
    expect(early).toMatchObject({ offerSdp: offer, closed: true });
    expect(made).toMatchObject({ offerSdp: other, closed: false });
    expect(started.ok && started.value.callUuid).toBe(made?.callUuid);
  });

  it('refuses a join offer that is not an SDP text, and joins nobody', async () => {
    const alice = env.participant();
    const callsBefore = env.media.rooms.flatMap((room) => room.calls).length;
    const result = await alice.service.handlers.join({
      node: env.sim.url,
      alias: 'meet.alice',
      displayName: 'Alice',
      offer: { sdp: '', mediaType: 'video' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(env.media.rooms.flatMap((room) => room.calls)).toHaveLength(callsBefore);
    expect(alice.requests.some((request) => request.path.endsWith('/request_token'))).toBe(false);
  });
});
