// The simulator's media engine against werift clients over loopback: answers, voice-switched
// forwarding, keyframe requests, loopback, leaving, and slides renegotiation.
import { afterEach, describe, expect, it } from 'vitest';
import { createMediaRoom } from '../../sim/media';
import type { MediaPolicy, MediaRoom, StageSample } from '../../sim/media/types';
import { TestPeer, sdpSection, until } from './testPeer';

const rooms: MediaRoom[] = [];
const peers: TestPeer[] = [];

function room(policy?: MediaPolicy): MediaRoom {
  const created = createMediaRoom(`room-${rooms.length}`, policy);
  rooms.push(created);
  return created;
}

/** Each peer offers different payload types, so forwarded RTP must be rewritten to arrive right. */
function peer(name: string, index: number): TestPeer {
  const created = new TestPeer(name, { opusPayloadType: 100 + index, vp8PayloadType: 110 + index });
  peers.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(peers.splice(0).map((one) => one.close()));
  await Promise.all(rooms.splice(0).map((one) => one.close()));
});

describe('media room', () => {
  it('answers audio, video and an inactive slides m-line that stays open, with loopback candidates only', async () => {
    const alice = peer('alice', 0);
    const call = await alice.join(room(), 'alice');
    const media = call.answerSdp.match(/^m=\S+ \d+/gm);
    expect(media).toEqual(['m=audio 9', 'm=video 9', 'm=video 9']);
    expect(sdpSection(call.answerSdp, 2)).toMatch(/^a=inactive$/m);
    expect(call.answerSdp).toMatch(/^a=rtpmap:\d+ VP8\/90000/m);
    expect(call.answerSdp).toMatch(/^a=rtpmap:\d+ opus\/48000\/2/m);
    const candidates = call.answerSdp.match(/^a=candidate:.*$/gm) ?? [];
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) expect(candidate).toContain(' 127.0.0.1 ');
    expect(alice.transceivers.slides.currentDirection).toBe('inactive');
    // The DTLS server: the client starts the handshake as soon as its ICE connects.
    expect(call.answerSdp.match(/^a=setup:\S+$/gm)).toEqual(['a=setup:passive', 'a=setup:passive', 'a=setup:passive']);
  });

  it("forwards one participant's audio and video to the other with the receiver's payload types", async () => {
    const media = room();
    const alice = peer('alice', 0);
    const bob = peer('bob', 1);
    await alice.join(media, 'alice');
    await bob.join(media, 'bob');
    alice.sendVideo('video', 'from-alice');
    alice.sendAudio(40, true);
    bob.sendVideo('video', 'from-bob');

    await until(() => bob.receivedFrom('video', 'from-alice').length >= 10, 'bob to get alice video');
    await until(() => alice.receivedFrom('video', 'from-bob').length >= 10, 'alice to get bob video');
    await until(() => bob.received.audio.length >= 10, 'bob to get alice audio');

    expect(bob.negotiatedPayloadType('video')).toBe(111);
    expect(new Set(bob.received.video.map((packet) => packet.header.payloadType))).toEqual(new Set([111]));
    expect(new Set(alice.received.video.map((packet) => packet.header.payloadType))).toEqual(new Set([110]));
    expect(new Set(bob.received.audio.map((packet) => packet.header.payloadType))).toEqual(new Set([101]));
    expect(bob.receivedFrom('video', 'from-bob')).toEqual([]);
    expect(alice.receivedFrom('video', 'from-alice')).toEqual([]);
  });

  it('asks the source for a keyframe when a receiver joins, and relays a receiver PLI to the source', async () => {
    const media = room();
    const alice = peer('alice', 0);
    const bob = peer('bob', 1);
    await alice.join(media, 'alice');
    alice.sendVideo('video', 'from-alice');
    await until(() => alice.sent.video >= 10, 'alice to send video');
    expect(alice.keyframeRequests.video).toBe(0);

    await bob.join(media, 'bob');
    await until(() => alice.keyframeRequests.video >= 1, 'a PLI to alice after bob joined');
    await until(() => bob.receivedFrom('video', 'from-alice').length > 0, 'bob to get alice video');

    const before = alice.keyframeRequests.video;
    const aliceSsrc = bob.received.video.at(-1)?.header.ssrc;
    expect(aliceSsrc).toBeDefined();
    await bob.transceivers.video.receiver.sendRtcpPLI(aliceSsrc ?? 0);
    await until(() => alice.keyframeRequests.video > before, "bob's PLI to reach alice");
  });

  it('makes the loudest participant main speaker: stage leads with them and others receive them', async () => {
    const media = room();
    const stages: StageSample[][] = [];
    media.onStage((stage) => stages.push(stage));
    const [alice, bob, carol] = [peer('alice', 0), peer('bob', 1), peer('carol', 2)];
    await alice.join(media, 'alice');
    await bob.join(media, 'bob');
    await carol.join(media, 'carol');
    for (const one of [alice, bob, carol]) one.sendVideo('video', `from-${one.name}`);

    // Nobody has spoken: the earliest joiner is main speaker, and alice sees the next one.
    await until(() => carol.receivedFrom('video', 'from-alice').length > 0, 'carol to get alice (earliest joiner)');
    await until(() => alice.receivedFrom('video', 'from-bob').length > 0, 'alice to get bob');

    alice.sendAudio(60, true);
    bob.sendAudio(10, true);
    carol.sendAudio(127, false);
    await until(() => stages.some((stage) => stage[0]?.participantUuid === 'bob'), 'bob to lead the stage');

    const latest = stages.at(-1) ?? [];
    expect(latest.map((sample) => sample.participantUuid)).toEqual(['bob', 'alice', 'carol']);
    expect(latest.map((sample) => sample.vad)).toEqual([100, 100, 0]);
    expect(latest[0]?.level).toBe(10);

    const carolHad = carol.receivedFrom('video', 'from-bob').length;
    await until(() => carol.receivedFrom('video', 'from-bob').length > carolHad + 5, 'carol to get bob');
    // Bob, now main speaker, sees the previous one.
    const bobHad = bob.receivedFrom('video', 'from-alice').length;
    await until(() => bob.receivedFrom('video', 'from-alice').length > bobHad + 5, 'bob to get alice');
  });

  it('sends a loopback call its own audio and video', async () => {
    const alice = peer('alice', 0);
    await alice.join(room(), 'alice', true);
    alice.sendVideo('video', 'echo');
    alice.sendAudio(30, true);
    await until(() => alice.receivedFrom('video', 'echo').length >= 5, 'alice to get her own video back');
    await until(() => alice.received.audio.length >= 5, 'alice to get her own audio back');
    expect(alice.received.video[0]?.header.payloadType).toBe(110);
  });

  it('stops forwarding to a participant who was removed', async () => {
    const media = room();
    const alice = peer('alice', 0);
    const bob = peer('bob', 1);
    await alice.join(media, 'alice');
    await bob.join(media, 'bob');
    alice.sendVideo('video', 'from-alice');
    await until(() => bob.receivedFrom('video', 'from-alice').length >= 5, 'bob to get alice');

    await media.removeParticipant('bob');
    const bobHad = bob.received.video.length;
    const aliceSent = alice.sent.video;
    await until(() => alice.sent.video >= aliceSent + 30, 'alice to keep sending');
    // Anything already on the loopback wire when bob was removed may still land; nothing after.
    expect(bob.received.video.length - bobHad).toBeLessThanOrEqual(2);
  });

  it('renegotiates slides: a presenter gets recvonly, a viewer sendonly and receives the presentation', async () => {
    const media = room();
    const alice = peer('alice', 0);
    const bob = peer('bob', 1);
    await alice.join(media, 'alice');
    await bob.join(media, 'bob');

    const presenting = await alice.setSlidesDirection('sendonly');
    expect(presenting.match(/^m=\S+ \d+/gm)?.[2]).toBe('m=video 9');
    expect(sdpSection(presenting, 2)).toMatch(/^a=recvonly$/m);
    alice.sendVideo('slides', 'alice-slides');

    const viewing = await bob.setSlidesDirection('recvonly');
    expect(sdpSection(viewing, 2)).toMatch(/^a=sendonly$/m);
    await until(() => bob.receivedFrom('slides', 'alice-slides').length >= 5, 'bob to get alice slides');
    expect(alice.keyframeRequests.slides).toBeGreaterThanOrEqual(1);
    expect(new Set(bob.received.slides.map((packet) => packet.header.payloadType))).toEqual(new Set([111]));

    const stopped = await alice.setSlidesDirection('inactive');
    expect(sdpSection(stopped, 2)).toMatch(/^a=inactive$/m);
    expect(stopped.match(/^m=\S+ \d+/gm)?.[2]).toBe('m=video 9');
  });

  it('sends no slides to a participant denied the presentation, and sends them again once allowed', async () => {
    const denied = new Set(['bob']);
    const media = room({ receivesPresentation: (participantUuid) => !denied.has(participantUuid) });
    const alice = peer('alice', 0);
    const bob = peer('bob', 1);
    const carol = peer('carol', 2);
    await alice.join(media, 'alice');
    await bob.join(media, 'bob');
    await carol.join(media, 'carol');
    await alice.setSlidesDirection('sendonly');
    alice.sendVideo('slides', 'alice-slides');
    await bob.setSlidesDirection('recvonly');
    await carol.setSlidesDirection('recvonly');

    // Carol, allowed, receives the presentation; bob, denied, nothing of it meanwhile.
    await until(() => carol.receivedFrom('slides', 'alice-slides').length >= 10, 'carol to get alice slides');
    expect(bob.receivedFrom('slides', 'alice-slides')).toHaveLength(0);

    denied.delete('bob');
    media.presentationPolicyChanged();
    await until(() => bob.receivedFrom('slides', 'alice-slides').length >= 5, 'bob to get alice slides once allowed');
  });

  it('a presentation started again after a pause continues the sequence, and its RTP clock moves on by the pause', async () => {
    const media = room();
    const alice = peer('alice', 0);
    const bob = peer('bob', 1);
    await alice.join(media, 'alice');
    await bob.join(media, 'bob');
    await bob.setSlidesDirection('recvonly');

    await alice.setSlidesDirection('sendonly');
    alice.sendVideo('slides', 'first-share');
    await until(() => bob.receivedFrom('slides', 'first-share').length >= 5, 'bob to get the first share');
    alice.stopSending();
    await alice.setSlidesDirection('inactive');
    const lastOfFirst = bob.receivedFrom('slides', 'first-share').at(-1)!;
    const stoppedAt = Date.now();

    await new Promise((resolve) => setTimeout(resolve, 1000));
    await alice.setSlidesDirection('sendonly');
    alice.sendVideo('slides', 'second-share');
    await until(() => bob.receivedFrom('slides', 'second-share').length >= 1, 'bob to get the second share');
    const pauseMs = Date.now() - stoppedAt;
    const firstOfSecond = bob.receivedFrom('slides', 'second-share')[0]!;

    expect((firstOfSecond.header.sequenceNumber - lastOfFirst.header.sequenceNumber) & 0xffff).toBe(1);
    // 90 kHz: at least the second waited, at most the whole time since the last packet seen.
    const ticks = (firstOfSecond.header.timestamp - lastOfFirst.header.timestamp) >>> 0;
    expect(ticks).toBeGreaterThanOrEqual(1000 * 90);
    expect(ticks).toBeLessThanOrEqual((pauseMs + 100) * 90);
  });
});
