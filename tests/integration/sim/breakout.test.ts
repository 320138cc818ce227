// Breakout rooms against the simulator: what hosts see on the main room's stream (breakout_begin,
// breakout_event, breakout_end, breakout_refer), how guests move (refer + token), per-room controls,
// help requests, moves to main / previous / another room, leavebreakout, closing and the timer.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import type { Joined } from './joinRoom';
import { SimSession, withUuid } from './simSession';
import type { ReceivedEvent } from './sseClient';

const ROOM = 'meet.breakouts';

interface Refer {
  alias: string;
  breakout_uuid: string;
  breakout_name: string;
  token: string;
}

interface BreakoutEvent {
  breakout_uuid: string;
  event: string;
  data: Record<string, unknown> | null;
}

async function join(name: string, pin: string): Promise<SimSession> {
  const session = await SimSession.join(env.sim, ROOM, name, pin, env.streams);
  env.sessions.push(session);
  return session;
}

/** Follows a refer: request_token with its token, then the new event stream. */
async function follow(referEvent: ReceivedEvent, name: string): Promise<SimSession> {
  const refer = JSON.parse(referEvent.data) as Refer;
  const response = await fetch(`${env.sim.url}/api/client/v2/conferences/${refer.alias}/request_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ display_name: name, token: refer.token }),
  });
  expect(response.status).toBe(200);
  const result = ((await response.json()) as { result: { token: string; participant_uuid: string; role: 'HOST' | 'GUEST' } }).result;
  const joined: Joined = { alias: refer.alias, token: result.token, participantUuid: result.participant_uuid, role: result.role };
  const session = await SimSession.open(env.sim, joined, env.streams);
  env.sessions.push(session);
  return session;
}

const breakoutEvent = (uuid: string, event: string, match: (data: Record<string, unknown>) => boolean = () => true) => (d: unknown) => {
  const e = d as BreakoutEvent;
  return e.breakout_uuid === uuid && e.event === event && e.data !== null && match(e.data);
};

const env = useSimulator({
  rooms: [{ alias: ROOM, name: 'Main Room', serviceType: 'conference', hostPin: '1234' }],
});

describe('breakout rooms', () => {
  it('moves a guest in on creation and shows the room to hosts on the main stream', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    const created = await host.post('breakouts', {
      name: 'Room 1',
      description: 'Quick discussion',
      duration: 600,
      end_action: 'transfer',
      participants: { main: [guest.uuid] },
    });
    const breakoutUuid = (created.body.result as { breakout_uuid: string }).breakout_uuid;
    const begin = JSON.parse((await host.events.next('breakout_begin')).data) as { breakout_uuid: string; participant_uuid: string };
    expect(begin.breakout_uuid).toBe(breakoutUuid);
    await host.events.next('breakout_event', breakoutEvent(breakoutUuid, 'participant_create', (p) => p['uuid'] === begin.participant_uuid));

    const referEvent = await guest.events.next('refer');
    expect(JSON.parse(referEvent.data)).toMatchObject({ alias: ROOM, breakout_uuid: breakoutUuid, breakout_name: 'Room 1' });
    await host.events.next('participant_delete', withUuid(guest.uuid));
    const inBreakout = await follow(referEvent, 'Guest');
    expect(inBreakout.uuid).toBe(guest.uuid);
    await host.events.next('breakout_event', breakoutEvent(breakoutUuid, 'participant_create', (p) => p['uuid'] === guest.uuid));
    expect((await inBreakout.get('conference_status')).body.result).toMatchObject({
      breakout: true,
      breakout_name: 'Room 1',
      breakout_description: 'Quick discussion',
      end_action: 'transfer',
      breakout_guests_allowed_to_leave: false,
    });

    // Per-room controls through the host's main-room token.
    await host.post(`breakouts/${breakoutUuid}/participants/${guest.uuid}/mute`);
    await host.events.next('breakout_event', breakoutEvent(breakoutUuid, 'participant_update', (p) => p['uuid'] === guest.uuid && p['is_muted'] === 'YES'));
    await inBreakout.events.next('participant_update', withUuid(guest.uuid, { is_muted: 'YES' }));
    await host.post(`breakouts/${breakoutUuid}/transform_layout`, { transforms: { layout: '2x2' } });
    await host.events.next('breakout_event', breakoutEvent(breakoutUuid, 'layout', (l) => l['view'] === '4:0'));

    // Help request from inside, cleared by the host.
    await inBreakout.post('breakoutbuzz');
    await host.events.next('breakout_event', breakoutEvent(breakoutUuid, 'conference_update', (s) => (s['breakoutbuzz'] as { value?: boolean }).value === true));
    await host.post(`breakouts/${breakoutUuid}/clearbreakoutbuzz`);
    await inBreakout.events.next('conference_update', (d) => (d as { breakoutbuzz?: { value?: boolean } }).breakoutbuzz?.value === false);

    // Not allowed to leave by themselves here.
    expect((await inBreakout.post('leavebreakout')).status).toBe(403);

    // Closing with end_action transfer sends everyone back to the main room.
    await host.post(`breakouts/${breakoutUuid}/disconnect`);
    const back = JSON.parse((await inBreakout.events.next('refer')).data) as Refer;
    expect(back).toMatchObject({ alias: ROOM, breakout_uuid: 'main', breakout_name: 'Main Room' });
    const end = JSON.parse((await host.events.next('breakout_end')).data) as Record<string, unknown>;
    expect(end).toEqual({ breakout_uuid: breakoutUuid, participant_uuid: begin.participant_uuid });
  });

  it('moves guests between rooms, back to the previous one, and lets them leave when allowed', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    const a = ((await host.post('breakouts', { name: 'A', guests_allowed_to_leave: true })).body.result as { breakout_uuid: string }).breakout_uuid;
    const b = ((await host.post('breakouts', { name: 'B' })).body.result as { breakout_uuid: string }).breakout_uuid;

    expect((await host.post('participants/breakout', { breakout_uuid: a, participants: [guest.uuid] })).body.result).toBe(true);
    const inA = await follow(await guest.events.next('refer'), 'Guest');
    expect((await host.post(`breakouts/${a}/participants/breakout`, { breakout_uuid: b, participants: [] })).body.result).toBe(true);
    const toB = JSON.parse((await inA.events.next('refer')).data) as Refer;
    expect(toB).toMatchObject({ breakout_uuid: b, breakout_name: 'B' });
    const inB = await follow(await inA.events.next('refer'), 'Guest');
    await host.events.next('breakout_event', breakoutEvent(b, 'participant_create', (p) => p['uuid'] === guest.uuid));

    await host.post(`breakouts/${b}/participants/breakout`, { breakout_uuid: 'previous', participants: [guest.uuid] });
    const backInA = await follow(await inB.events.next('refer'), 'Guest');
    expect((await backInA.get('conference_status')).body.result).toMatchObject({ breakout_name: 'A' });

    expect((await backInA.post('leavebreakout')).status).toBe(200);
    expect(JSON.parse((await backInA.events.next('refer')).data)).toMatchObject({ breakout_uuid: 'main' });
    await host.post('breakouts/disconnect');
    await host.events.next('breakout_end', (d) => (d as { breakout_uuid: string }).breakout_uuid === a);
    await host.events.next('breakout_end', (d) => (d as { breakout_uuid: string }).breakout_uuid === b);
  });

  it('refers a host with breakout_refer, disconnects guests on close with end_action disconnect, and empties rooms', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    const other = await join('Other', 'none');
    const uuid = ((await host.post('breakouts', {
      name: 'Closing',
      end_action: 'disconnect',
      participants: { main: [host.uuid, guest.uuid, other.uuid] },
    })).body.result as { breakout_uuid: string }).breakout_uuid;
    // requester_uuid names the host who asked (Pexip's SDK asserts it is a participant id).
    expect(JSON.parse((await host.events.next('breakout_refer')).data)).toEqual({ breakout_uuid: uuid, breakout_name: 'Closing', requester_uuid: host.uuid });
    const guestInside = await follow(await guest.events.next('refer'), 'Guest');
    const otherInside = await follow(await other.events.next('refer'), 'Other');

    expect((await host.post('breakouts/empty')).body.result).toBe(true);
    const emptied = await follow(await otherInside.events.next('refer'), 'Other');
    expect((await emptied.get('conference_status')).body.result).not.toHaveProperty('breakout');
    await follow(await guestInside.events.next('refer'), 'Guest').then((s) => s.post('release_token', {}));

    const second = await join('Second', 'none');
    const closing = ((await host.post('breakouts', { name: 'Closing 2', end_action: 'disconnect', participants: { main: [second.uuid] } })).body
      .result as { breakout_uuid: string }).breakout_uuid;
    const secondInside = await follow(await second.events.next('refer'), 'Second');
    await host.post(`breakouts/${closing}/disconnect`);
    expect(JSON.parse((await secondInside.events.next('disconnect')).data)).toEqual({ reason: 'Breakout room closed' });
    // The host's media went to the first room: closing it refers them back to the main room.
    await host.post(`breakouts/${uuid}/disconnect`);
    const back = await host.events.next('breakout_refer', (d) => (d as { breakout_uuid: string }).breakout_uuid === 'main');
    expect(JSON.parse(back.data)).toMatchObject({ breakout_uuid: 'main', requester_uuid: host.uuid });
  });

  it('closes a room when its timer runs out', async () => {
    const host = await join('Host', '1234');
    const uuid = ((await host.post('breakouts', { name: 'Timed', duration: 0.05 })).body.result as { breakout_uuid: string }).breakout_uuid;
    await host.events.next('breakout_end', (d) => (d as { breakout_uuid: string }).breakout_uuid === uuid);
    expect((await host.get(`breakouts/${uuid}/conference_status`)).status).toBe(404);
  });

  it('replays open rooms to a host whose stream opens later, and keeps guests out of host controls', async () => {
    const host = await join('Host', '1234');
    const uuid = ((await host.post('breakouts', { name: 'Replay' })).body.result as { breakout_uuid: string }).breakout_uuid;
    const late = await join('Late host', '1234');
    const begin = await late.events.next('breakout_begin', (d) => (d as { breakout_uuid: string }).breakout_uuid === uuid);
    expect(JSON.parse(begin.data)).toHaveProperty('participant_uuid');
    await late.events.next('breakout_event', breakoutEvent(uuid, 'conference_update'));
    const guest = await join('Guest', 'none');
    expect((await guest.post('breakouts', { name: 'Nope' })).status).toBe(403);
    expect((await guest.post(`breakouts/${uuid}/muteguests`)).status).toBe(403);
  });
});
