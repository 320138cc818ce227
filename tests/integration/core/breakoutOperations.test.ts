// Breakout rooms through the real core against the simulator: the host's view of the rooms
// (breakout_begin/event/end in state), guests following refers between rooms, per-room controls,
// help requests, moves, empty and close.
import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import { after, expectOk, relayed, useCoreSimulator } from './coreSimulator';
import type { CoreParticipant } from './coreParticipant';

const env = useCoreSimulator();

async function pair() {
  const host = env.participant();
  const guest = env.participant();
  await host.join({ node: env.sim.url, alias: 'meet.guest', displayName: 'Hannah Host', pin: '1234' });
  const guestInfo = await guest.join({ node: env.sim.url, alias: 'meet.guest', displayName: 'Gus Guest' });
  await host.waitFor((e) => e.type === 'participant_created' && e.participant.uuid === guestInfo.participantUuid, 'guest joined');
  await guest.waitFor((e) => e.type === 'roster', 'guest roster');
  return { host, guest, guestUuid: guestInfo.participantUuid };
}

function room(host: CoreParticipant, breakoutUuid: string) {
  return host.service.state()?.breakouts.find((b) => b.breakoutUuid === breakoutUuid);
}

/** Waits until a host-side breakout_event for `breakoutUuid` leaves the room state satisfying `check`. */
function breakoutState(host: CoreParticipant, breakoutUuid: string, check: () => boolean, what: string) {
  return host.waitFor(
    after(host, (e: BridgeEvent) => relayed('breakout_event', (d) => d['breakout_uuid'] === breakoutUuid)(e) && check()),
    what,
  );
}

/** The guest followed a refer and has the roster of the room it was sent to. */
function movedTo(guest: CoreParticipant, breakoutUuid: string) {
  return guest.waitFor(after(guest, (e) => e.type === 'roster' && guest.service.state()?.lastRefer === null), `moved to ${breakoutUuid}`);
}

describe('breakout rooms', () => {
  it('creates a room with a guest in it; the host sees it, the guest moves there and back', async () => {
    const { host, guest, guestUuid } = await pair();
    const guestMoved = guest.waitFor(relayed('refer'), 'refer into the breakout');
    const guestInRoom = movedTo(guest, 'the breakout');
    const { breakoutUuid } = expectOk(
      await host.service.operations.breakouts.create({ name: 'Room 1', participants: { main: [guestUuid] }, guests_allowed_to_leave: true }),
    );

    const begin = await host.waitFor(relayed('breakout_begin', (d) => d['breakout_uuid'] === breakoutUuid), 'breakout_begin');
    expect(room(host, breakoutUuid)?.controlParticipantUuid).toBe(begin.data && (begin.data as { participant_uuid: string }).participant_uuid);
    expect((await guestMoved).data).toMatchObject({ breakout_uuid: breakoutUuid, breakout_name: 'Room 1' });
    await breakoutState(host, breakoutUuid, () => room(host, breakoutUuid)?.participants.some((p) => p.uuid === guestUuid) ?? false, 'guest in room');
    await guestInRoom;
    expect(guest.service.state()?.info.conferenceName).toBe('Room 1');
    expect(guest.service.state()?.conferenceDetails?.breakout_name).toBe('Room 1');

    // Per-room controls: mute the guests of that room only.
    expectOk(await host.service.operations.conference.muteGuests({ breakoutUuid }));
    await breakoutState(host, breakoutUuid, () => room(host, breakoutUuid)?.conference?.guestsMuted === true, 'room guests muted');
    await guest.waitFor((e) => e.type === 'participant_updated' && e.participant.uuid === guestUuid && e.participant.isMuted, 'guest muted in room');
    expect(host.service.state()?.conference?.guestsMuted).toBe(false);
    expectOk(await host.service.operations.participant.unmute({ participantUuid: guestUuid, breakoutUuid }));
    await guest.waitFor(after(guest, (e) => e.type === 'participant_updated' && e.participant.uuid === guestUuid && !e.participant.isMuted), 'unmuted');

    // Help request from inside the room, dismissed by the host.
    expectOk(await guest.service.operations.breakouts.requestHelp());
    await breakoutState(host, breakoutUuid, () => room(host, breakoutUuid)?.helpRequested === true, 'help requested');
    expectOk(await host.service.operations.breakouts.clearHelp({ breakoutUuid }));
    await breakoutState(host, breakoutUuid, () => room(host, breakoutUuid)?.helpRequested === false, 'help cleared');

    // Leaving the room: the guest is referred back to the main room.
    const backInMain = host.waitFor(after(host, (e) => e.type === 'participant_created' && e.participant.uuid === guestUuid), 'guest back in main');
    const guestMovedBack = movedTo(guest, 'main');
    expectOk(await guest.service.operations.breakouts.leave());
    await guestMovedBack;
    await backInMain;
    expect(guest.service.state()?.info.conferenceName).toBe('Open Guest Room');

    expectOk(await host.service.operations.breakouts.close({ breakoutUuid }));
    await host.waitFor(relayed('breakout_end', (d) => d['breakout_uuid'] === breakoutUuid), 'breakout_end');
    expect(room(host, breakoutUuid)).toBeUndefined();
  });

  it('moves participants between rooms, empties the rooms and closes them all', async () => {
    const { host, guest, guestUuid } = await pair();
    const ops = host.service.operations.breakouts;
    const first = expectOk(await ops.create({ name: 'First', end_action: 'transfer' })).breakoutUuid;
    const second = expectOk(await ops.create({ name: 'Second' })).breakoutUuid;
    await host.waitFor(relayed('breakout_begin', (d) => d['breakout_uuid'] === second), 'second begins');

    const guestInFirst = movedTo(guest, first);
    expectOk(await ops.moveParticipants({ from: 'main', to: first, participants: [guestUuid] }));
    await breakoutState(host, first, () => room(host, first)?.participants.some((p) => p.uuid === guestUuid) ?? false, 'in first');
    await guestInFirst;

    expectOk(await ops.moveParticipants({ from: first, to: second, participants: [guestUuid] }));
    await breakoutState(host, second, () => room(host, second)?.participants.some((p) => p.uuid === guestUuid) ?? false, 'in second');
    expect(room(host, first)?.participants.some((p) => p.uuid === guestUuid)).toBe(false);

    expectOk(await ops.moveParticipants({ from: second, to: 'previous', participants: [guestUuid] }));
    await breakoutState(host, first, () => room(host, first)?.participants.some((p) => p.uuid === guestUuid) ?? false, 'back in first');

    expectOk(await ops.messageAll({ payload: 'Five minutes left' }));
    await guest.waitFor((e) => e.type === 'chat' && e.message.payload === 'Five minutes left', 'broadcast to rooms');

    const emptied = host.waitFor(after(host, (e) => e.type === 'participant_created' && e.participant.uuid === guestUuid), 'emptied to main');
    expectOk(await ops.empty());
    await emptied;
    // The rooms stay open after empty.
    expect(host.service.state()?.breakouts.map((b) => b.breakoutUuid)).toEqual(expect.arrayContaining([first, second]));

    expectOk(await ops.closeAll());
    await host.waitFor(relayed('breakout_end', (d) => d['breakout_uuid'] === first), 'first closed');
    await host.waitFor(relayed('breakout_end', (d) => d['breakout_uuid'] === second), 'second closed');
    expect(host.service.state()?.breakouts).toEqual([]);
  });

  it('refuses breakout creation to a guest with the node\'s message', async () => {
    const { guest } = await pair();
    expect(await guest.service.operations.breakouts.create({ name: 'Mine' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', status: 403, detail: 'Permission denied' },
    });
    expect(await guest.service.operations.breakouts.leave()).toMatchObject({ ok: false, error: { status: 400, detail: 'Not in a breakout room' } });
  });
});

/** A pair in meet.guest with no breakout rooms left over from earlier tests (the simulator is shared). */
async function pairWithoutRooms() {
  const people = await pair();
  expectOk(await people.host.service.handlers.closeAllBreakouts(null));
  await people.host.waitFor(() => (people.host.service.state()?.breakouts.length ?? 0) === 0, 'no rooms left');
  return people;
}

describe('breakout rooms through the bridge', () => {
  it("moves a guest with openBreakouts: 'moved' carries the new room's details, never the refer token", async () => {
    const { host, guest, guestUuid } = await pairWithoutRooms();
    const moved = guest.waitFor((e) => e.type === 'moved', 'moved');
    const opened = await host.service.handlers.openBreakouts({
      rooms: [{ name: 'Room 1', participantUuids: [guestUuid] }, { name: 'Room 2', participantUuids: [] }],
      durationSeconds: 600,
      endAction: 'transfer',
      guestsAllowedToLeave: true,
    });
    const [first, second] = expectOk(opened);
    const event = await moved;
    expect(event.type === 'moved' && event.room).toEqual({ breakoutUuid: first, name: 'Room 1' });
    expect(event.type === 'moved' && event.info.conferenceName).toBe('Room 1');
    const located = await guest.waitFor(
      (e) => e.type === 'breakout_location' && e.location !== null && e.location.breakoutUuid === first && e.location.endsAt !== null,
      'guest location with timer',
    );
    expect(located.type === 'breakout_location' && located.location).toMatchObject({ name: 'Room 1', guestsAllowedToLeave: true });
    // The token of the refer stays in the core: no event the renderer got carries it.
    const refer = guest.service.state()?.lastRefer;
    expect(refer).toBeNull();
    const tokens = guest.requests.map((request) => request.path).filter((path) => path.includes('request_token'));
    expect(tokens.length).toBeGreaterThan(1);
    expect(JSON.stringify(guest.events)).not.toMatch(/"token"/);

    // The host sees both rooms, the guest in the first, with names and timers.
    const rooms = await host.waitFor(
      (e) =>
        e.type === 'breakout_rooms' &&
        e.rooms.length === 2 &&
        e.rooms.every((r) => r.endsAt !== null) &&
        e.rooms.some((r) => r.participants.some((p) => p.uuid === guestUuid)),
      'host rooms',
    );
    if (rooms.type !== 'breakout_rooms') throw new Error('unexpected');
    expect(rooms.rooms.find((r) => r.breakoutUuid === first)?.participants.map((p) => p.displayName)).toEqual(['Gus Guest']);
    expect(rooms.rooms.find((r) => r.breakoutUuid === second)?.participants).toEqual([]);
    expect(rooms.rooms.every((r) => r.endsAt !== null)).toBe(true);
  });

  it("moves a host's media into a room and back; the call follows to the control participant there", async () => {
    const { host } = await pairWithoutRooms();
    const [roomUuid] = expectOk(
      await host.service.handlers.openBreakouts({ rooms: [{ name: 'Side room', participantUuids: [] }], endAction: 'transfer', guestsAllowedToLeave: false }),
    );
    await host.waitFor((e) => e.type === 'breakout_rooms' && e.rooms.some((r) => r.name === 'Side room'), 'room named');
    expectOk(await host.service.handlers.startCall({ sdp: 'v=0\r\n', mediaType: 'video' }));

    const moved = host.waitFor((e) => e.type === 'moved' && e.room?.breakoutUuid === roomUuid, 'host media moved');
    expectOk(await host.service.handlers.joinBreakout({ breakoutUuid: roomUuid ?? '' }));
    await moved;
    expectOk(await host.service.handlers.disconnectCall(null));
    expectOk(await host.service.handlers.startCall({ sdp: 'v=0\r\n', mediaType: 'video' }));
    const control = host.service.state()?.breakouts.find((b) => b.breakoutUuid === roomUuid)?.controlParticipantUuid ?? 'none';
    expect(host.requests.some((r) => r.path.includes(`/breakouts/${roomUuid}/participants/${control}/calls`))).toBe(true);
    const location = await host.waitFor((e) => e.type === 'breakout_location' && e.location?.name === 'Side room', 'host location');
    expect(location.type === 'breakout_location' && location.location?.guestsAllowedToLeave).toBe(true);

    const back = host.waitFor(after(host, (e) => e.type === 'moved' && e.room === null), 'host back');
    expectOk(await host.service.handlers.leaveBreakout(null));
    await back;
    expect(host.service.state()?.mediaRoom).toBe('main');
  });

  it('keeps the rooms and their rosters right through an event stream drop', async () => {
    const { host, guestUuid } = await pairWithoutRooms();
    const [roomUuid, gone] = expectOk(
      await host.service.handlers.openBreakouts({ rooms: [{ name: 'Kept', participantUuids: [guestUuid] }, { name: 'Gone', participantUuids: [] }], endAction: 'transfer', guestsAllowedToLeave: false }),
    );
    await host.waitFor((e) => e.type === 'breakout_rooms' && e.rooms.some((r) => r.participants.some((p) => p.uuid === guestUuid)), 'guest in room');
    const reconnecting = host.waitFor((e) => e.type === 'connection' && e.state === 'reconnecting', 'dropped');
    const reconnected = host.waitFor(after(host, (e) => e.type === 'connection' && e.state === 'connected'), 'reconnected');
    env.sim.faults.dropEventStreams({ participantUuid: host.service.state()?.info.participantUuid ?? '' });
    await reconnecting;
    // Closed while nobody listened... then the stream comes back and the node replays what is open.
    expectOk(await host.service.handlers.closeBreakout({ breakoutUuid: gone ?? '' }));
    await reconnected;
    // Something happens in the main room after the node's replay.
    expectOk(await host.service.handlers.setClientMute({ muted: true }));
    const rebuilt = await host.waitFor(
      after(host, (e) => e.type === 'breakout_rooms' && e.rooms.length === 1 && e.rooms[0]?.breakoutUuid === roomUuid && (e.rooms[0]?.participants.length ?? 0) > 0),
      'rooms rebuilt after the drop',
    );
    if (rebuilt.type !== 'breakout_rooms') throw new Error('unexpected');
    expect(rebuilt.rooms.map((r) => r.name)).toEqual(['Kept']);
    expect(rebuilt.rooms[0]?.participants.map((p) => p.uuid)).toEqual([guestUuid]);
  });

  it('refuses a bad plan in words before asking the node', async () => {
    const { host } = await pair();
    const before = host.requests.length;
    const refused = await host.service.handlers.openBreakouts({ rooms: [], endAction: 'transfer', guestsAllowedToLeave: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: 'Parley sent a request the meeting could not use.' } });
    expect(host.requests.length).toBe(before);
    expect(await host.service.handlers.askForHelp({ cancel: false })).toMatchObject({ ok: false, error: { message: 'You are not in a breakout room.' } });
  });
});
