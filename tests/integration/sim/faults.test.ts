// Fault injection through the /_sim/ HTTP API (and its in-process twin) behaves as documented.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import { joinRoom, type Joined } from './joinRoom';
import { getState, participantsIn, postControl } from './simControl';
import { SseClient } from './sseClient';

async function openStream(joined: Joined): Promise<SseClient> {
  const stream = await SseClient.open(env.sim.url, joined.alias, joined.token);
  env.streams.push(stream);
  await stream.next('participant_sync_end');
  return stream;
}

function refresh(joined: Joined): Promise<Response> {
  return fetch(`${env.sim.url}/api/client/v2/conferences/${joined.alias}/refresh_token`, {
    method: 'POST',
    headers: { token: joined.token },
  });
}

function release(joined: Joined): Promise<Response> {
  return fetch(`${env.sim.url}/api/client/v2/conferences/${joined.alias}/release_token`, {
    method: 'POST',
    headers: { token: joined.token },
  });
}

const env = useSimulator();

describe('faults', () => {
  it('drops event env.streams while the participant stays in the meeting, and a reconnect resyncs', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);

    const dropped = await postControl(env.sim.url, 'drop_events', { alias: 'meet.alice' });
    expect(dropped).toEqual({ status: 200, data: { status: 'success', result: { dropped: 1 } } });
    await stream.ended;
    expect((await participantsIn(env.sim.url, 'meet.alice')).map((p) => p.uuid)).toContain(alice.participantUuid);

    const again = await openStream(alice);
    expect(again.dataOf('participant_create')).toContainEqual(expect.objectContaining({ uuid: alice.participantUuid }));
    expect(env.sim.faults.dropEventStreams({ participantUuid: alice.participantUuid })).toBe(1);
    await release(alice);
  });

  it('fails the next refreshes with the chosen status, then refreshes again', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    expect((await postControl(env.sim.url, 'fail_refresh', { count: 2, status: 503 })).status).toBe(200);

    const first = await refresh(alice);
    const second = await refresh(alice);
    const third = await refresh(alice);
    expect([first.status, second.status, third.status]).toEqual([503, 503, 200]);
    expect(await first.json()).toMatchObject({ status: 'failed' });
    await release(alice);
  });

  it('fails a seeded share of refreshes as 502, 503, a reset or no answer, and counts them', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 2, kinds: ['502'] })).status).toBe(400);
    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 1, kinds: ['teapot'] })).status).toBe(400);

    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 1, kinds: ['503'] })).status).toBe(200);
    expect((await refresh(alice)).status).toBe(503);
    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 1, kinds: ['reset'] })).status).toBe(200);
    await expect(refresh(alice)).rejects.toThrow();
    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 1, kinds: ['timeout'] })).status).toBe(200);
    const unanswered = await fetch(`${env.sim.url}/api/client/v2/conferences/${alice.alias}/refresh_token`, {
      method: 'POST',
      headers: { token: alice.token },
      signal: AbortSignal.timeout(300),
    }).then(
      () => 'answered',
      (error: unknown) => (error instanceof Error ? error.name : 'failed'),
    );
    expect(unanswered).toBe('TimeoutError');
    expect((await getState(env.sim.url)).refresh_faults).toEqual({ '502': 0, '503': 0, timeout: 1, reset: 0, passed: 0 });

    // A quarter of many refreshes, from a seed: roughly that share fails, and rate 0 switches it off.
    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 0.25, kinds: ['502'], seed: 7 })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) statuses.push((await refresh(alice)).status);
    const failedCount = statuses.filter((status) => status === 502).length;
    expect(failedCount).toBeGreaterThan(2);
    expect(failedCount).toBeLessThan(20);
    expect((await getState(env.sim.url)).refresh_faults?.['502']).toBe(failedCount);
    expect((await postControl(env.sim.url, 'refresh_faults', { rate: 0 })).status).toBe(200);
    expect((await refresh(alice)).status).toBe(200);
    await release(alice);
  });

  it('switches maintenance mode on and off', async () => {
    const status = () => fetch(`${env.sim.url}/api/client/v2/status`);
    await postControl(env.sim.url, 'maintenance', { enabled: true });
    const during = await status();
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ status: 'failed', result: 'Maintenance mode' });
    await expect(joinRoom(env.sim.url, 'meet.alice', 'Late')).rejects.toThrow(/503/);

    await postControl(env.sim.url, 'maintenance', { enabled: false });
    const after = await status();
    expect(await after.json()).toEqual({ status: 'success', result: 'OK' });
  });

  it('cuts a media path only for someone with a call, and says who is missing', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    expect((await postControl(env.sim.url, 'drop_media', { alias: 'meet.alice', displayName: 'Nobody' })).status).toBe(404);
    expect((await postControl(env.sim.url, 'drop_media', { alias: 'meet.alice' })).status).toBe(400);
    // Joined, but no call: there is no media path to cut.
    expect((await postControl(env.sim.url, 'drop_media', { alias: 'meet.alice', participantUuid: alice.participantUuid })).status).toBe(409);
    await release(alice);
  });

  it('disconnects a participant with a reason, ends the session and tells the others', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const bob = await joinRoom(env.sim.url, 'meet.alice', 'Bob');
    const aliceStream = await openStream(alice);
    const bobStream = await openStream(bob);

    const result = await postControl(env.sim.url, 'disconnect', {
      alias: 'meet.alice',
      displayName: 'Bob',
      reason: 'Disconnected by an administrator',
    });
    expect(result.status).toBe(200);
    const disconnect = await bobStream.next('disconnect');
    expect(JSON.parse(disconnect.data)).toEqual({ reason: 'Disconnected by an administrator' });
    await bobStream.ended;
    await aliceStream.next('participant_delete', (d) => (d as { uuid?: string }).uuid === bob.participantUuid);
    expect((await refresh(bob)).status).toBe(403);

    const nobody = await postControl(env.sim.url, 'disconnect', { alias: 'meet.alice', displayName: 'Nobody', reason: 'x' });
    expect(nobody.status).toBe(404);
    await release(alice);
  });

  it('emits malformed event data exactly as given', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);
    await postControl(env.sim.url, 'emit', { alias: 'meet.alice', event: 'participant_update', data: '{"uuid": broken' });
    const event = await stream.next('participant_update', () => true, stream.events.length);
    expect(event.data).toBe('{"uuid": broken');
    await release(alice);
  });

  it('emits a burst of events', async () => {
    const alice = await joinRoom(env.sim.url, 'meet.alice', 'Alice');
    const stream = await openStream(alice);
    const burst = await postControl(env.sim.url, 'emit_burst', {
      alias: 'meet.alice',
      event: 'bench_tick',
      data: '{"n":1}',
      count: 25,
      ratePerSecond: 5000,
    });
    expect(burst.data).toMatchObject({ result: { emitted: 25 } });
    await stream.next('bench_tick', () => stream.events.filter((e) => e.event === 'bench_tick').length === 25);
    expect(stream.dataOf('bench_tick')).toHaveLength(25);
    await release(alice);
  });

  it('holds client requests while a delay is set, but not the control API', async () => {
    await postControl(env.sim.url, 'delay', { ms: 60_000 });
    let answered = false;
    const held = fetch(`${env.sim.url}/api/client/v2/status`).then((response) => {
      answered = true;
      return response;
    });
    while ((await getState(env.sim.url)).delayed_requests === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);

    await postControl(env.sim.url, 'delay', { ms: 0 });
    expect((await held).status).toBe(200);
  });

  it('rejects malformed control requests and unknown rooms', async () => {
    expect((await postControl(env.sim.url, 'fail_refresh', { count: 'two' })).status).toBe(400);
    expect((await postControl(env.sim.url, 'emit', { alias: 'meet.nowhere', event: 'x', data: 'null' })).status).toBe(404);
  });
});
