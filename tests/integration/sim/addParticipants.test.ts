// POST /_sim/add_participants fills a room with API-only participants: announced to those already
// there, and part of the participant_sync of anyone who connects later.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import { joinRoom } from './joinRoom';
import { participantsIn, postControl } from './simControl';
import { SseClient } from './sseClient';

const env = useSimulator();

describe('add_participants', () => {
  it('adds named guests, tells the room, and includes them in a later sync', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await SseClient.open(env.sim.url, alice.alias, alice.token);
    await stream.next('participant_sync_end');
    const from = stream.events.length;

    const added = await postControl(env.sim.url, 'add_participants', { alias: 'meet.alice', count: 12, namePrefix: 'Crowd' });
    expect(added.status).toBe(200);
    const uuids = (added.data as { result: { uuids: string[] } }).result.uuids;
    expect(uuids).toHaveLength(12);

    await stream.next('participant_create', () => stream.events.slice(from).filter((e) => e.event === 'participant_create').length === 12, from);
    const roster = await participantsIn(env.sim.url, 'meet.alice');
    const crowd = roster.filter((p) => uuids.includes(p.uuid));
    expect(crowd.map((p) => p.display_name)).toContain('Crowd 01');
    expect(crowd.map((p) => p.display_name)).toContain('Crowd 12');
    expect(crowd.every((p) => p.role === 'guest' || p.role === 'GUEST')).toBe(true);

    const later = await joinRoom(env.sim.url, 'meet.alice', 'Later');
    const laterStream = await SseClient.open(env.sim.url, later.alias, later.token);
    await laterStream.next('participant_sync_end');
    const synced = laterStream.dataOf('participant_create') as { uuid: string }[];
    expect(synced.filter((p) => uuids.includes(p.uuid))).toHaveLength(12);
    stream.close();
    laterStream.close();
  });

  it('refuses an unknown room and a bad count', async () => {
    expect((await postControl(env.sim.url, 'add_participants', { alias: 'meet.nowhere', count: 1, namePrefix: 'X' })).status).toBe(404);
    expect((await postControl(env.sim.url, 'add_participants', { alias: 'meet.alice', count: 0, namePrefix: 'X' })).status).toBe(400);
  });
});
