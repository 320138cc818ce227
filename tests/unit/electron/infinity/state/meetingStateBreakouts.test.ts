// What the meeting state tells the renderer about breakout rooms: the host's rooms after every
// breakout event, `moved` when a host's media is referred into a room (and the call target there),
// this participant's location from its own conference, and rooms rebuilt after a stream drop.
import { describe, expect, it } from 'vitest';
import { MeetingState } from '../../../../../electron/infinity/state/meetingState';
import { translateEvent, type InfinityEvent } from '../../../../../electron/infinity/events/eventTranslator';
import type { BridgeEventBody } from '../../../../../electron/shared/events';
import { wireParticipant } from '../../../../support/fakeNode';
import { joinedInfo } from '../../../../support/meetingBuilders';

function event(name: string, data: unknown = null): InfinityEvent {
  const translated = translateEvent(name, data);
  if (!translated.ok) throw new Error(translated.issue);
  return translated.event;
}

const apply = (state: MeetingState, name: string, data: unknown = null) => state.apply(event(name, data), 1000);
const ofType = <T extends BridgeEventBody['type']>(bodies: BridgeEventBody[], type: T) =>
  bodies.filter((body): body is Extract<BridgeEventBody, { type: T }> => body.type === type);

const host = joinedInfo({ participantUuid: 'host', role: 'host' });
const inRoom = (uuid: string, event: string, data: unknown = null) => ({ breakout_uuid: uuid, event, data });

function openRoom(state: MeetingState, uuid = 'r1', name = 'Room 1') {
  apply(state, 'breakout_begin', { breakout_uuid: uuid, participant_uuid: `control-${uuid}` });
  apply(state, 'breakout_event', inRoom(uuid, 'conference_update', { breakout: true, breakout_uuid: uuid, breakout_name: name }));
}

describe('MeetingState and breakout rooms', () => {
  it('emits the rooms with their rosters on every breakout event', () => {
    const state = new MeetingState(host);
    const begun = apply(state, 'breakout_begin', { breakout_uuid: 'r1', participant_uuid: 'control-r1' });
    expect(ofType(begun, 'breakout_rooms')[0]?.rooms.map((room) => room.breakoutUuid)).toEqual(['r1']);
    const created = apply(state, 'breakout_event', inRoom('r1', 'participant_create', wireParticipant('g', 'Gus')));
    expect(ofType(created, 'breakout_rooms')[0]?.rooms[0]?.participants.map((p) => p.displayName)).toEqual(['Gus']);
    const ended = apply(state, 'breakout_end', { breakout_uuid: 'r1', participant_uuid: 'control-r1' });
    expect(ofType(ended, 'breakout_rooms')[0]?.rooms).toEqual([]);
  });

  it("follows a host's breakout_refer: moved, location, and the call made as the control participant there", () => {
    const state = new MeetingState(host);
    openRoom(state);
    const referred = apply(state, 'breakout_refer', { breakout_uuid: 'r1', breakout_name: 'Room 1' });
    expect(ofType(referred, 'moved')).toEqual([{ type: 'moved', info: host, room: { breakoutUuid: 'r1', name: 'Room 1' } }]);
    expect(ofType(referred, 'breakout_location')[0]?.location).toMatchObject({ breakoutUuid: 'r1', name: 'Room 1' });
    expect(state.mediaTarget()).toEqual({ participantUuid: 'control-r1', breakoutUuid: 'r1' });

    const back = apply(state, 'breakout_refer', { breakout_uuid: 'main' });
    expect(ofType(back, 'moved')).toEqual([{ type: 'moved', info: host, room: null }]);
    expect(ofType(back, 'breakout_location')).toEqual([{ type: 'breakout_location', location: null }]);
    expect(state.mediaTarget()).toEqual({ participantUuid: 'host' });
  });

  it('follows a breakout_refer into a room not yet begun, calling as oneself until its control participant is known', () => {
    const state = new MeetingState(host);
    const moved = ofType(apply(state, 'breakout_refer', { breakout_uuid: 'later', breakout_name: 'Later' }), 'moved');
    expect(moved[0]?.room).toEqual({ breakoutUuid: 'later', name: 'Later' });
    expect(state.mediaTarget()).toEqual({ participantUuid: 'host' });
    apply(state, 'breakout_begin', { breakout_uuid: 'later', participant_uuid: 'control-later' });
    expect(state.mediaTarget()).toEqual({ participantUuid: 'control-later', breakoutUuid: 'later' });
  });

  it('brings the media back to the main room when its room closes without a refer', () => {
    const state = new MeetingState(host);
    openRoom(state);
    apply(state, 'breakout_refer', { breakout_uuid: 'r1' });
    const ended = apply(state, 'breakout_end', { breakout_uuid: 'r1', participant_uuid: 'control-r1' });
    expect(ofType(ended, 'moved')[0]?.room).toBeNull();
    expect(state.mediaTarget()).toEqual({ participantUuid: 'host' });
  });

  it("tells a guest in a breakout room where they are from the room's own conference, once per change", () => {
    const state = new MeetingState(joinedInfo({ participantUuid: 'g', role: 'guest' }));
    const status = { breakout: true, breakout_uuid: 'r1', breakout_name: 'Room 1', end_time: 2000, breakout_guests_allowed_to_leave: false };
    const first = apply(state, 'conference_update', status);
    expect(ofType(first, 'breakout_location')[0]?.location).toEqual({
      breakoutUuid: 'r1',
      name: 'Room 1',
      endsAt: 2_000_000,
      endAction: 'transfer',
      guestsAllowedToLeave: false,
      helpRequested: false,
    });
    expect(ofType(apply(state, 'conference_update', status), 'breakout_location')).toEqual([]);
    const help = apply(state, 'conference_update', { ...status, breakoutbuzz: { value: true, time: 1 } });
    expect(ofType(help, 'breakout_location')[0]?.location?.helpRequested).toBe(true);
  });

  it('forgets rooms closed while the stream was down, and keeps the ones the node replays', () => {
    const state = new MeetingState(host);
    openRoom(state, 'r1');
    openRoom(state, 'r2');
    state.setConnection('reconnecting', 'dropped');
    state.setConnection('connected');
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_sync_end');
    // The node replays the one room still open, with its roster.
    apply(state, 'breakout_begin', { breakout_uuid: 'r2', participant_uuid: 'control-r2' });
    apply(state, 'breakout_event', inRoom('r2', 'participant_sync_begin'));
    apply(state, 'breakout_event', inRoom('r2', 'participant_create', wireParticipant('g', 'Gus')));
    const replayed = apply(state, 'breakout_event', inRoom('r2', 'participant_sync_end'));
    // While the replay runs, the rooms show as they were: no flicker, names kept.
    const during = ofType(replayed, 'breakout_rooms')[0]?.rooms ?? [];
    expect(during.map((room) => [room.breakoutUuid, room.name])).toEqual([
      ['r1', 'Room 1'],
      ['r2', 'Room 1'],
    ]);
    expect(during[1]?.participants.map((p) => p.displayName)).toEqual(['Gus']);
    // The first event after the replay drops the room the node did not replay.
    const after = apply(state, 'participant_update', wireParticipant('host', 'Hana'));
    expect(ofType(after, 'breakout_rooms')[0]?.rooms.map((room) => room.breakoutUuid)).toEqual(['r2']);
    expect(ofType(after, 'participant_created')).toHaveLength(1);
  });

  it('keeps the rooms through an ordinary (first) sync', () => {
    const state = new MeetingState(host);
    openRoom(state, 'r1');
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_sync_end');
    apply(state, 'participant_update', wireParticipant('host', 'Hana'));
    expect(state.fullSnapshot().breakouts.map((room) => room.breakoutUuid)).toEqual(['r1']);
  });
});
