// The per-room rosters a host builds from breakout events: breakout_begin opens a room, each room's
// own participant sync replaces its roster, deltas apply after it, conference_update names the room
// and sets its timer, help request, lock and end action; breakout_end closes it. The host's own
// control participant is listed only in the room their media is in.
import { describe, expect, it } from 'vitest';
import { BreakoutRooms, maxBreakoutRooms } from '../../../../../electron/infinity/state/breakoutRooms';
import { translateEvent, type InfinityEvent } from '../../../../../electron/infinity/events/eventTranslator';
import { wireParticipant } from '../../../../support/fakeNode';

function event(name: string, data: unknown = null): InfinityEvent {
  const translated = translateEvent(name, data);
  if (!translated.ok) throw new Error(translated.issue);
  return translated.event;
}

const roomStatus = {
  locked: false,
  guests_muted: false,
  started: true,
  breakout: true,
  breakout_uuid: 'r1',
  breakout_name: 'Planning',
  end_action: 'disconnect',
  end_time: 1_700_000_000,
  breakout_guests_allowed_to_leave: true,
  breakoutbuzz: { value: false, time: 0 },
};

function names(rooms: BreakoutRooms, uuid = 'r1', mediaRoom = 'main'): string[] {
  return rooms.views(mediaRoom).find((room) => room.breakoutUuid === uuid)?.participants.map((p) => p.displayName) ?? [];
}

describe('BreakoutRooms', () => {
  it('builds a room roster from its sync, then applies creates, updates and deletes', () => {
    const rooms = new BreakoutRooms();
    rooms.begin('r1', 'control-1');
    rooms.apply('r1', event('participant_sync_begin'));
    rooms.apply('r1', event('participant_create', wireParticipant('a', 'Ann')));
    rooms.apply('r1', event('participant_create', wireParticipant('b', 'Ben')));
    // Nothing shows until the sync ends.
    expect(names(rooms)).toEqual([]);
    rooms.apply('r1', event('participant_sync_end'));
    expect(names(rooms)).toEqual(['Ann', 'Ben']);
    rooms.apply('r1', event('participant_update', wireParticipant('b', 'Benedict')));
    rooms.apply('r1', event('participant_create', wireParticipant('c', 'Cy')));
    rooms.apply('r1', event('participant_delete', { uuid: 'a' }));
    expect(names(rooms)).toEqual(['Benedict', 'Cy']);
  });

  it('replaces (not merges) a room roster on its next sync', () => {
    const rooms = new BreakoutRooms();
    rooms.begin('r1', 'control-1');
    for (const uuid of ['a', 'gone']) rooms.apply('r1', event('participant_create', wireParticipant(uuid, uuid)));
    rooms.apply('r1', event('participant_sync_begin'));
    rooms.apply('r1', event('participant_create', wireParticipant('a', 'a')));
    rooms.apply('r1', event('participant_sync_end'));
    expect(names(rooms)).toEqual(['a']);
  });

  it('keeps rooms apart', () => {
    const rooms = new BreakoutRooms();
    rooms.begin('r1', 'c1');
    rooms.begin('r2', 'c2');
    rooms.apply('r1', event('participant_create', wireParticipant('a', 'Ann')));
    rooms.apply('r2', event('participant_create', wireParticipant('b', 'Ben')));
    expect(names(rooms, 'r1')).toEqual(['Ann']);
    expect(names(rooms, 'r2')).toEqual(['Ben']);
    rooms.end('r1');
    expect(rooms.views('main').map((room) => room.breakoutUuid)).toEqual(['r2']);
  });

  it("takes the room's name, timer, end action, help request and lock from its conference_update", () => {
    const rooms = new BreakoutRooms();
    rooms.begin('r1', 'c1');
    // No name from the node yet: empty, which the renderer shows as "Breakout room" in the person's language.
    expect(rooms.views('main')[0]).toMatchObject({ name: '', endsAt: null, endAction: 'transfer', helpRequested: false });
    rooms.apply('r1', event('conference_update', roomStatus));
    expect(rooms.views('main')[0]).toMatchObject({
      name: 'Planning',
      endsAt: 1_700_000_000_000,
      endAction: 'disconnect',
      guestsAllowedToLeave: true,
      helpRequested: false,
      locked: false,
    });
    rooms.apply('r1', event('conference_update', { ...roomStatus, locked: true, breakoutbuzz: { value: true, time: 5 } }));
    expect(rooms.views('main')[0]).toMatchObject({ helpRequested: true, locked: true });
  });

  it("lists the host's own control participant only in the room their media is in", () => {
    const rooms = new BreakoutRooms();
    rooms.begin('r1', 'control-1');
    rooms.apply('r1', event('participant_create', wireParticipant('control-1', 'Hana Host')));
    rooms.apply('r1', event('participant_create', wireParticipant('g', 'Gus')));
    expect(names(rooms, 'r1', 'main')).toEqual(['Gus']);
    expect(names(rooms, 'r1', 'r1')).toEqual(['Hana Host', 'Gus']);
    expect(rooms.controlParticipant('r1')).toBe('control-1');
  });

  it('ignores rooms beyond what any node offers', () => {
    const rooms = new BreakoutRooms();
    for (let i = 0; i < maxBreakoutRooms + 5; i += 1) rooms.begin(`r${i}`, `c${i}`);
    expect(rooms.count).toBe(maxBreakoutRooms);
  });
});
