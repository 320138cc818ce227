// Call signalling through the real core against the simulator with a fake media engine
// (fixed answers): calls, ack, update, new_candidate, disconnect.
import { describe, expect, it } from 'vitest';
import { FAKE_ANSWER_SDP, FAKE_UPDATE_SDP } from '../../support/fakeMediaRoom';
import { useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

const offer = 'v=0\r\no=- 42 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

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
});
