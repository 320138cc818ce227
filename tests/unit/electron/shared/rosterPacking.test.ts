// The roster's wire form carries every participant field and is refused when it is not readable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import type { Participant, ServiceType } from '../../../../electron/shared/meeting';
import {
  fromWireEvent,
  isPackedParticipant,
  packParticipant,
  packedRosterVersion,
  toWireEvent,
  unpackParticipant,
  type PackedRosterEvent,
} from '../../../../electron/shared/rosterPacking';
import { participant } from '../../../support/meetingBuilders';

const serviceTypes: ServiceType[] = ['conference', 'gateway', 'test_call', 'lecture', 'media_playback', 'waiting_room', 'ivr', 'connecting', 'unknown'];

const anyParticipant: fc.Arbitrary<Participant> = fc.record({
  uuid: fc.string(),
  displayName: fc.string(),
  overlayText: fc.string(),
  role: fc.constantFrom('host', 'guest'),
  serviceType: fc.constantFrom(...serviceTypes),
  protocol: fc.string(),
  isMuted: fc.boolean(),
  isClientMuted: fc.boolean(),
  isVideoMuted: fc.boolean(),
  isPresenting: fc.boolean(),
  isAudioOnly: fc.boolean(),
  isVideoCall: fc.boolean(),
  isStreaming: fc.boolean(),
  hasMedia: fc.boolean(),
  buzzTime: fc.integer({ min: 0, max: 2 ** 31 }),
  spotlight: fc.integer({ min: 0, max: 2 ** 31 }),
  // JSON itself turns -0 into 0, packed or not.
  startTime: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
  canMute: fc.boolean(),
  canDisconnect: fc.boolean(),
  canTransfer: fc.boolean(),
  canPresent: fc.boolean(),
  rxPresentationAllowed: fc.boolean(),
  showLiveCaptions: fc.boolean(),
  callTag: fc.string(),
});

describe('the packed roster', () => {
  it('gives back every participant exactly, through JSON', () => {
    fc.assert(
      fc.property(anyParticipant, (original) => {
        const packed: unknown = JSON.parse(JSON.stringify(packParticipant(original)));
        expect(isPackedParticipant(packed)).toBe(true);
        if (isPackedParticipant(packed)) expect(unpackParticipant(packed)).toEqual(original);
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('keeps each flag apart from the others', () => {
    const off = participant({ uuid: 'p' });
    const flags = Object.keys(off).filter((key) => typeof off[key as keyof Participant] === 'boolean') as (keyof Participant)[];
    expect(flags.length).toBe(14);
    for (const flag of flags) {
      const only = unpackParticipant(packParticipant({ ...off, ...Object.fromEntries(flags.map((f) => [f, f === flag])) }));
      expect(flags.filter((f) => only[f] === true)).toEqual([flag]);
    }
  });

  it('is much smaller than the object form for a large roster', () => {
    const crowd = Array.from({ length: 1000 }, (_, i) => participant({ uuid: `uuid-${i}`, displayName: `Crowd ${i}`, overlayText: `Crowd ${i}` }));
    const event: BridgeEvent = { type: 'roster', participants: crowd, receivedAt: 1 };
    expect(JSON.stringify(toWireEvent(event)).length * 3).toBeLessThan(JSON.stringify(event).length);
  });

  it('leaves every other event as it is, and the roster round-trips with its timing', () => {
    const chat: BridgeEvent = { type: 'connection', state: 'connected', receivedAt: 3 };
    expect(toWireEvent(chat)).toBe(chat);
    expect(fromWireEvent(toWireEvent(chat))).toBe(chat);
    const roster: BridgeEvent = { type: 'roster', participants: [participant({ uuid: 'a' })], syncStartedAt: 2, receivedAt: 3 };
    expect(toWireEvent(roster)).toMatchObject({ type: 'roster_packed', version: packedRosterVersion, syncStartedAt: 2, receivedAt: 3 });
    expect(fromWireEvent(JSON.parse(JSON.stringify(toWireEvent(roster))) as PackedRosterEvent)).toEqual(roster);
    const unsynced: BridgeEvent = { type: 'roster', participants: [], receivedAt: 4 };
    expect(fromWireEvent(toWireEvent(unsynced))).toEqual(unsynced);
  });

  it('is refused in another version or with a participant of the wrong shape', () => {
    const wire = toWireEvent({ type: 'roster', participants: [participant({ uuid: 'a' })], receivedAt: 1 }) as PackedRosterEvent;
    expect(fromWireEvent({ ...wire, version: 2 as typeof packedRosterVersion })).toBeNull();
    const [row] = wire.participants;
    if (!row) throw new Error('no row');
    const broken: unknown[][] = [
      row.slice(0, 10),
      [...row, 'extra'],
      Object.assign([...row], { 0: 5 }),
      Object.assign([...row], { 3: 2 }),
      Object.assign([...row], { 4: 'constructor' }),
      Object.assign([...row], { 6: 1.5 }),
      Object.assign([...row], { 7: null }),
    ];
    for (const bad of broken) {
      expect(isPackedParticipant(bad)).toBe(false);
      expect(fromWireEvent({ ...wire, participants: [bad as never] })).toBeNull();
    }
  });
});
