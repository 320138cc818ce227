// Call functions through the real core against the simulator: a transcoded call (fake media
// engine records what reached it) and a direct media call between two cores, where offers,
// updates, candidates and hang-ups travel as new_offer, update_sdp, new_candidate, peer_disconnect.
import { describe, expect, it } from 'vitest';
import { FAKE_ANSWER_SDP, FAKE_UPDATE_SDP } from '../../support/fakeMediaRoom';
import { expectOk, relayed, useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

const offer = 'v=0\r\no=- 42 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
const answer = 'v=0\r\no=- 43 1 IN IP4 127.0.0.1\r\ns=direct-answer\r\nt=0 0\r\n';

describe('call functions', () => {
  it('starts a call and drives ack, update, candidates, dtmf, fecc and disconnect on it', async () => {
    const alice = env.participant();
    const info = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    const ops = alice.service.operations;
    expect(await ops.call.ack()).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const started = expectOk(await ops.participant.calls({ participantUuid: info.participantUuid, sdp: offer, mediaType: 'video' }));
    expect(started.sdp).toBe(FAKE_ANSWER_SDP);
    const record = env.media.rooms.flatMap((room) => room.calls).find((call) => call.callUuid === started.call_uuid);
    expect(record).toMatchObject({ participantUuid: info.participantUuid, offerSdp: offer });

    expectOk(await ops.call.ack());
    expect(record?.acked).toBe(1);
    expect(expectOk(await ops.call.update({ sdp: `${offer}a=x-renegotiate\r\n` }))).toEqual({ sdp: FAKE_UPDATE_SDP });
    expect(record?.updates).toHaveLength(1);
    expectOk(await ops.call.newCandidate({ candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', mid: '0', ufrag: 'ab', pwd: 'cdefghijklmnopqrstuvwx' }));
    expect(record?.candidates).toEqual([{ candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', mid: '0' }]);
    expectOk(await ops.call.dtmf({ digits: '42#' }));
    expectOk(await ops.call.fecc({ action: 'start', movement: [{ axis: 'zoom', direction: 'in' }], timeout: 200 }));
    expect(await ops.call.fecc({ action: 'spin' as never, movement: [] })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });

    expectOk(await ops.call.disconnect());
    expect(record?.closed).toBe(true);
    expect(await ops.call.update({ sdp: offer })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A call uuid the node does not know: its own words come back.
    expect(await ops.call.ack({ callUuid: 'no-such-call' })).toMatchObject({ ok: false, error: { status: 404, detail: 'Call not found' } });
  });

  it('carries a direct media call between two participants through events', async () => {
    const alice = env.participant();
    const bob = env.participant();
    const aliceInfo = expectOk(await alice.service.joinWith({ node: env.sim.url, alias: 'meet.direct', displayName: 'Alice', directMedia: true, callTag: 'tag-a' }));
    expect(alice.service.state()?.session).toMatchObject({ directMedia: true, callTag: 'tag-a' });
    const bobInfo = expectOk(await bob.service.joinWith({ node: env.sim.url, alias: 'meet.direct', displayName: 'Bob', directMedia: true }));

    // First in: no far end yet, so an empty answer and the welcome splash screen.
    const first = expectOk(await alice.service.operations.participant.calls({ participantUuid: aliceInfo.participantUuid, sdp: offer }));
    expect(first.sdp).toBe('');
    await alice.waitFor(relayed('splash_screen', (d) => d['screen_key'] === 'direct_media_welcome'), 'welcome splash');
    expect(alice.service.state()?.splashScreen).toBe('direct_media_welcome');

    // Bob's offer reaches Alice as new_offer; her ack with an SDP is Bob's answer.
    const bobCall = bob.service.operations.participant.calls({ participantUuid: bobInfo.participantUuid, sdp: offer });
    const newOffer = await alice.waitFor(relayed('new_offer'), 'new_offer');
    expect(newOffer.data).toEqual({ sdp: offer });
    expectOk(await alice.service.operations.call.ack({ sdp: answer }));
    expect(expectOk(await bobCall).sdp).toBe(answer);
    await alice.waitFor((e) => e.type === 'infinity' && e.name === 'splash_screen' && e.data === null, 'splash cleared');
    expect(alice.service.state()?.splashScreen).toBeNull();

    expectOk(await bob.service.operations.call.newCandidate({ candidate: 'candidate:2 1 udp 1 127.0.0.1 9 typ host', mid: '0', ufrag: 'u1', pwd: 'p1' }));
    expect((await alice.waitFor(relayed('new_candidate'), 'new_candidate')).data).toMatchObject({ candidate: 'candidate:2 1 udp 1 127.0.0.1 9 typ host', mid: '0' });

    const bobUpdate = bob.service.operations.call.update({ sdp: `${offer}a=ice-restart\r\n` });
    expect((await alice.waitFor(relayed('update_sdp'), 'update_sdp')).data).toEqual({ sdp: `${offer}a=ice-restart\r\n` });
    expectOk(await alice.service.operations.call.ack({ sdp: answer }));
    expect(expectOk(await bobUpdate)).toEqual({ sdp: answer });

    expectOk(await bob.service.operations.call.disconnect());
    await alice.waitFor(relayed('peer_disconnect'), 'peer_disconnect');
  });
});
