// The breakout commands' arguments are untrusted: bounded, named rooms, nobody in two rooms.
import { describe, expect, it } from 'vitest';
import { breakoutArgumentSchemas } from '../../../../electron/shared/breakoutArguments';

const open = breakoutArgumentSchemas.openBreakouts;
const valid = { rooms: [{ name: 'Room 1', participantUuids: ['a'] }, { name: 'Room 2', participantUuids: ['b'] }], endAction: 'transfer', guestsAllowedToLeave: false };

describe('breakout arguments', () => {
  it('accepts a plan of named rooms with a timer', () => {
    expect(open.safeParse({ ...valid, durationSeconds: 600 }).success).toBe(true);
  });

  it('refuses a nameless room, repeated names, a person in two rooms, and no rooms', () => {
    expect(open.safeParse({ ...valid, rooms: [{ name: '  ', participantUuids: [] }] }).success).toBe(false);
    expect(open.safeParse({ ...valid, rooms: [{ name: 'A', participantUuids: [] }, { name: 'A', participantUuids: [] }] }).success).toBe(false);
    expect(open.safeParse({ ...valid, rooms: [{ name: 'A', participantUuids: ['x'] }, { name: 'B', participantUuids: ['x'] }] }).success).toBe(false);
    expect(open.safeParse({ ...valid, rooms: [] }).success).toBe(false);
  });

  it('refuses more than 50 rooms, a negative or day-long-plus timer and an unknown end action', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `R${i}`, participantUuids: [] }));
    expect(open.safeParse({ ...valid, rooms: many }).success).toBe(false);
    expect(open.safeParse({ ...valid, durationSeconds: -1 }).success).toBe(false);
    expect(open.safeParse({ ...valid, durationSeconds: 86_401 }).success).toBe(false);
    expect(open.safeParse({ ...valid, endAction: 'explode' }).success).toBe(false);
  });

  it('moves need people and a room; "previous" is only a destination', () => {
    const move = breakoutArgumentSchemas.moveToBreakout;
    expect(move.safeParse({ from: 'main', to: 'r1', participantUuids: ['a'] }).success).toBe(true);
    expect(move.safeParse({ from: 'r1', to: 'previous', participantUuids: ['a'] }).success).toBe(true);
    expect(move.safeParse({ from: 'main', to: 'r1', participantUuids: [] }).success).toBe(false);
    expect(move.safeParse({ from: 'previous', to: 'r1', participantUuids: ['a'] }).success).toBe(false);
  });

  it('per-room actions take only the actions offered', () => {
    expect(breakoutArgumentSchemas.breakoutParticipantAction.safeParse({ breakoutUuid: 'r', participantUuid: 'p', action: 'mute' }).success).toBe(true);
    expect(breakoutArgumentSchemas.breakoutParticipantAction.safeParse({ breakoutUuid: 'r', participantUuid: 'p', action: 'makeHost' }).success).toBe(false);
    expect(breakoutArgumentSchemas.messageBreakouts.safeParse({ text: '   ' }).success).toBe(false);
  });
});
