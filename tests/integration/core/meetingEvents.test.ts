// The event stream through the real core: resync after a drop, malformed events, chat both
// ways, leaving, being disconnected, and client mute, against the simulator.
import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import type { Participant } from '../../../electron/shared/meeting';
import { participantsIn, simState } from './coreParticipant';
import { useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

type Roster = Extract<BridgeEvent, { type: 'roster' }>;
const isRoster = (e: BridgeEvent): e is Roster => e.type === 'roster';

function byUuid(list: Participant[]): Participant[] {
  return [...list].sort((a, b) => a.uuid.localeCompare(b.uuid));
}

/**
 * Alice joins, then Bob once Alice's stream is up (otherwise Bob arrives in her first roster
 * instead of as a participant_created); resolves when Alice has seen Bob arrive.
 */
async function aliceThenBob() {
  const alice = env.participant();
  const bob = env.participant();
  const aliceInfo = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
  await alice.waitFor(isRoster, 'roster');
  const bobInfo = await bob.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Bob' });
  await alice.waitFor((e) => e.type === 'participant_created' && e.participant.uuid === bobInfo.participantUuid, 'Bob created');
  return { alice, bob, aliceInfo, bobInfo };
}

describe('event stream', () => {
  it('reconnects after a drop and resyncs an identical roster', async () => {
    const { alice, bob } = await aliceThenBob();
    await bob.waitFor(isRoster, 'roster for Bob');
    const before = await alice.service.handlers.getSnapshot(null);
    if (!before.ok || !before.value) throw new Error('no snapshot');
    const rostersBefore = alice.events.filter(isRoster).length;

    expect(env.sim.faults.dropEventStreams({ alias: 'meet.alice' })).toBe(2);
    await alice.waitFor((e) => e.type === 'connection' && e.state === 'reconnecting', 'reconnecting');
    await alice.waitFor((e) => e.type === 'connection' && e.state === 'connected', 'connected');
    const resync = await alice.waitFor((e): e is Roster => isRoster(e) && alice.events.filter(isRoster).indexOf(e) >= rostersBefore, 'second roster');

    expect(byUuid(resync.participants)).toEqual(byUuid(before.value.participants));
    expect(resync.participants).toHaveLength(2);
    const after = await alice.service.handlers.getSnapshot(null);
    expect(after.ok && after.value?.connection).toBe('connected');
    expect(alice.service.joined).toBe(true);
  });

  it('skips a malformed event and still delivers the next valid one', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await alice.waitFor(isRoster, 'roster');
    const countBefore = alice.events.length;
    env.sim.faults.emitEvent('meet.alice', 'participant_update', '{"uuid": "broken", ');
    env.sim.faults.emitEvent('meet.alice', 'participant_update', '{"uuid": "x", "display_name": "X", "is_muted": 12}');
    env.sim.faults.emitEvent(
      'meet.alice',
      'message_received',
      JSON.stringify({ origin: 'Sim', uuid: 'sim-uuid', type: 'text/plain', payload: 'after the bad ones', direct: false }),
    );
    const chat = await alice.waitFor((e) => e.type === 'chat', 'chat');
    expect(chat).toMatchObject({ message: { payload: 'after the bad ones', origin: 'Sim' } });
    expect(alice.events.slice(countBefore).map((e) => e.type)).toEqual(['chat']);
    expect(alice.warnings.filter((w) => w.startsWith('skipped'))).toHaveLength(2);
    expect(alice.service.joined).toBe(true);
  });

  it('relays events the core does not model as infinity events', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await alice.waitFor(isRoster, 'roster');
    env.sim.faults.emitEvent('meet.alice', 'new_candidate', JSON.stringify({ candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', mid: '0' }));
    const relayed = await alice.waitFor((e) => e.type === 'infinity', 'infinity');
    expect(relayed).toMatchObject({ name: 'new_candidate', data: { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', mid: '0' } });
  });

  it('relays live captions typed, whatever spelling the node uses for is_final', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await alice.waitFor(isRoster, 'roster');
    env.sim.faults.emitEvent('meet.alice', 'live_captions', JSON.stringify({ data: 'Hello', is_final: 'YES', sources: [{ participant_uuid: 'p1' }] }));
    const caption = await alice.waitFor((e) => e.type === 'caption', 'caption');
    expect(caption).toMatchObject({
      type: 'caption',
      caption: { text: 'Hello', isFinal: true, sourceLanguage: null, targetLanguage: null, sourceParticipantUuids: ['p1'] },
    });
    expect(alice.events.some((e) => e.type === 'infinity')).toBe(false);
  });
});

describe('meeting flow', () => {
  it('carries chat both ways', async () => {
    const { alice, bob, aliceInfo, bobInfo } = await aliceThenBob();
    await bob.waitFor(isRoster, 'roster');

    expect(await alice.service.handlers.sendMessage({ text: 'Hi Bob' })).toEqual({ ok: true, value: null });
    expect(await bob.waitFor((e) => e.type === 'chat', 'chat to Bob')).toMatchObject({
      message: { payload: 'Hi Bob', origin: 'Alice', senderUuid: aliceInfo.participantUuid, type: 'text/plain' },
    });
    expect(await bob.service.handlers.sendMessage({ text: 'Hi Alice' })).toEqual({ ok: true, value: null });
    expect(await alice.waitFor((e) => e.type === 'chat', 'chat to Alice')).toMatchObject({
      message: { payload: 'Hi Alice', origin: 'Bob', senderUuid: bobInfo.participantUuid },
    });
    const snapshot = await alice.service.handlers.getSnapshot(null);
    expect(snapshot.ok && snapshot.value?.chatHistory.map((m) => m.payload)).toEqual(['Hi Bob', 'Hi Alice']);
  });

  it('releases the token on leave: the other side sees the participant go', async () => {
    const { bob, alice, bobInfo } = await aliceThenBob();
    expect(participantsIn(await simState(env.sim.url), 'meet.alice').map((p) => p.uuid)).toContain(bobInfo.participantUuid);

    expect(await bob.service.handlers.leave({ reason: 'Bob is done' })).toEqual({ ok: true, value: null });
    expect(bob.events.at(-1)).toMatchObject({ type: 'session_ended', code: 'left' });
    expect(bob.requests.some((r) => r.path.endsWith('/release_token'))).toBe(true);
    await alice.waitFor((e) => e.type === 'participant_deleted' && e.uuid === bobInfo.participantUuid, 'Bob deleted');
    expect(participantsIn(await simState(env.sim.url), 'meet.alice').map((p) => p.uuid)).not.toContain(bobInfo.participantUuid);
  });

  it('ends the session when the node disconnects the participant', async () => {
    const alice = env.participant();
    const bob = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await bob.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Bob' });
    await bob.waitFor(isRoster, 'roster');
    expect(env.sim.faults.disconnectParticipant('meet.alice', { displayName: 'Bob' }, 'Disconnected by an administrator')).toBe(true);
    expect(await bob.waitFor((e) => e.type === 'session_ended', 'session_ended')).toMatchObject({
      code: 'disconnected',
      reason: 'Disconnected by an administrator',
    });
    expect(bob.service.joined).toBe(false);
    expect(bob.requests.some((r) => r.path.endsWith('/release_token'))).toBe(false);
    expect(alice.service.joined).toBe(true);
  });

  it('shows our client mute to the others', async () => {
    const alice = env.participant();
    const bob = env.participant();
    const aliceInfo = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await bob.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Bob' });
    await bob.waitFor(isRoster, 'roster');
    expect(await alice.service.handlers.setClientMute({ muted: true })).toEqual({ ok: true, value: null });
    await bob.waitFor(
      (e) => e.type === 'participant_updated' && e.participant.uuid === aliceInfo.participantUuid && e.participant.isClientMuted,
      'Alice client-muted',
    );
    const state = participantsIn(await simState(env.sim.url), 'meet.alice');
    expect(state.find((p) => p.uuid === aliceInfo.participantUuid)?.is_client_muted).toBe(true);
  });
});
