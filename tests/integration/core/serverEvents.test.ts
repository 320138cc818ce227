// Server-sent events the simulator produces on its own (live captions, presentation frames) and
// the rest injected as a node would send them: each is validated, relayed typed, and kept in state.
import { describe, expect, it } from 'vitest';
import { discoverNode } from '../../../electron/service';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import { after, expectOk, relayed, useCoreSimulator } from './coreSimulator';

type CaptionEvent = Extract<BridgeEvent, { type: 'caption' }>;
const captionEvent = (isFinal: boolean) => (event: BridgeEvent): event is CaptionEvent => event.type === 'caption' && event.caption.isFinal === isFinal;

const env = useCoreSimulator();

describe('server-sent events', () => {
  it('streams live captions (partial, then final with sources) until hidden', async () => {
    const alice = env.participant();
    const info = await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    expect(await alice.service.operations.participant.showLiveCaptions({ participantUuid: info.participantUuid })).toEqual({ ok: true, value: null });
    const partial = (await alice.waitFor(captionEvent(false), 'partial caption')) as CaptionEvent;
    const final = (await alice.waitFor(captionEvent(true), 'final caption')) as CaptionEvent;
    expect(typeof partial.caption.text).toBe('string');
    // The core relays captions typed and keeps none: the renderer keeps the lines it shows.
    expect(final.caption.text).not.toBe('');
    expect(final.caption.sourceParticipantUuids.every((uuid) => typeof uuid === 'string')).toBe(true);
    expect(alice.events.some((e) => e.type === 'infinity' && e.name === 'live_captions')).toBe(false);
    expect(alice.service.state()?.participants.find((p) => p.uuid === info.participantUuid)?.showLiveCaptions).toBe(true);

    expectOk(await alice.service.operations.participant.hideLiveCaptions({ participantUuid: info.participantUuid }));
    await alice.waitFor((e) => e.type === 'participant_updated' && e.participant.uuid === info.participantUuid && !e.participant.showLiveCaptions, 'captions off');
  });

  it('reports why captions cannot start in a room without them', async () => {
    const alice = env.participant();
    const info = await alice.join({ node: env.sim.url, alias: 'meet.nocaptions', displayName: 'Alice' });
    expect(await alice.service.operations.participant.showLiveCaptions({ participantUuid: info.participantUuid })).toMatchObject({
      ok: false,
      error: { status: 403, detail: 'Live captions not available' },
    });
    expect(alice.service.state()?.conference?.liveCaptionsAvailable).toBe(false);
  });

  it('announces presentation frames whose JPEG main fetches with the token and event id', async () => {
    const viewer = env.participant();
    const presenter = env.participant();
    await viewer.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Viewer' });
    const presenterInfo = await presenter.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Presenter' });
    expect(await viewer.service.operations.other.presentationFrame()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expectOk(await presenter.service.operations.participant.takeFloor({ participantUuid: presenterInfo.participantUuid }));

    const frame = await viewer.waitFor((e) => e.type === 'presentation_frame' && typeof e.frameId === 'string', 'presentation_frame');
    const frameId = frame.type === 'presentation_frame' ? (frame.frameId ?? '') : '';
    expect(viewer.service.state()?.presentationFrameId).not.toBeNull();
    const image = expectOk(await viewer.service.operations.other.presentationFrame({ frameId }));
    expect(image.contentType).toBe('image/jpeg');
    expect([...image.bytes.slice(0, 2)]).toEqual([0xff, 0xd8]);
    const high = expectOk(await viewer.service.operations.other.presentationFrame({ frameId, high: true }));
    expect(high.bytes.length).toBeGreaterThan(0);
    expect(await viewer.service.operations.other.presentationFrame({ frameId: 'bm90LWEtZnJhbWU=' })).toMatchObject({
      ok: false,
      error: { status: 403, detail: 'Invalid presentation frame id' },
    });

    expectOk(await presenter.service.operations.participant.releaseFloor({ participantUuid: presenterInfo.participantUuid }));
    await viewer.waitFor((e) => e.type === 'presentation_stopped', 'stopped');
    expect(viewer.service.state()?.presentationFrameId).toBeNull();
  });

  it('refreshes the token at once when the node sends refresh_token', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await alice.waitFor((e) => e.type === 'roster', 'roster');
    const refreshesBefore = alice.requests.filter((r) => r.path.endsWith('/refresh_token')).length;
    env.sim.faults.emitEvent('meet.alice', 'refresh_token', '');
    await alice.waitFor(relayed('refresh_token'), 'refresh_token');
    await expect.poll(() => alice.requests.filter((r) => r.path.endsWith('/refresh_token')).length, { timeout: 10_000 }).toBe(refreshesBefore + 1);
    expect(alice.service.joined).toBe(true);
    expect(await alice.service.operations.clientControl.refreshToken()).toMatchObject({ ok: true, value: { expiresSeconds: 120 } });
  });

  it('types the remaining events and keeps what main needs from them', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    await alice.waitFor((e) => e.type === 'roster', 'roster');
    const emit = (event: string, data: unknown) => env.sim.faults.emitEvent('meet.alice', event, data === undefined ? '' : JSON.stringify(data));

    emit('breakout_refer', { breakout_uuid: '00000000-0000-0000-0000-000000000001', breakout_name: 'Room 2' });
    await alice.waitFor(relayed('breakout_refer', (d) => d['breakout_name'] === 'Room 2'), 'breakout_refer');
    expect(alice.service.state()?.mediaRoom).toBe('00000000-0000-0000-0000-000000000001');

    emit('breakout_begin', { breakout_uuid: 'b1', participant_uuid: 'control-1' });
    emit('breakout_event', { breakout_uuid: 'b1', event: 'participant_create', data: { uuid: 'p1', display_name: 'In Room', role: 'guest', extra: 'invented' } });
    const wrapped = await alice.waitFor(relayed('breakout_event'), 'breakout_event');
    expect(wrapped.data).toMatchObject({ breakout_uuid: 'b1', event: 'participant_create', data: { uuid: 'p1', display_name: 'In Room' } });
    // A field the node invents is stripped before anything is relayed.
    expect(JSON.stringify(wrapped.data)).not.toContain('invented');
    expect(alice.service.state()?.breakouts).toMatchObject([{ breakoutUuid: 'b1', controlParticipantUuid: 'control-1', participants: [{ uuid: 'p1', displayName: 'In Room' }] }]);
    // A breakout event whose inner payload is malformed is skipped, not relayed.
    emit('breakout_event', { breakout_uuid: 'b1', event: 'participant_create', data: { uuid: 'p2' } });
    emit('breakout_end', { breakout_uuid: 'b1', participant_uuid: 'control-1' });
    await alice.waitFor(relayed('breakout_end'), 'breakout_end');
    expect(alice.service.state()?.breakouts).toEqual([]);
    expect(alice.events.filter(relayed('breakout_event'))).toHaveLength(1);
    // begin, the one valid breakout_event and end each tell the renderer to read the signals again.
    expect(alice.events.filter((e) => e.type === 'conference_signals_changed')).toHaveLength(3);
    expect(alice.warnings.some((w) => w.startsWith('skipped malformed event'))).toBe(true);

    emit('peer_disconnect', undefined);
    await alice.waitFor(relayed('peer_disconnect'), 'peer_disconnect');
    emit('some_future_event', { anything: 1 });
    // An unknown event crosses by name only: nothing the node put in it goes on.
    const unknown = await alice.waitFor(relayed('some_future_event'), 'unknown event');
    expect('data' in unknown).toBe(false);
    // refer without a token (nothing to follow): relayed and remembered.
    emit('refer', { alias: 'meet.bob', breakout_name: 'Room 1' });
    await alice.waitFor(after(alice, relayed('refer')), 'refer');
    expect(alice.service.state()?.lastRefer).toEqual({ alias: 'meet.bob', breakout_name: 'Room 1' });
    expect(alice.service.joined).toBe(true);
  });

  it('reports node status and maintenance, and discovery skips a node in maintenance', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    expect(await alice.service.operations.other.nodeStatus()).toEqual({ ok: true, value: 'available' });
    env.sim.faults.setMaintenance(true);
    try {
      expect(await alice.service.operations.other.nodeStatus()).toEqual({ ok: true, value: 'maintenance' });
      expect(await discoverNode(env.sim.url)).toMatchObject({ kind: 'maintenance' });
      const join = await env.participant().service.handlers.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Late' });
      expect(join).toMatchObject({ ok: false, error: { code: 'maintenance', detail: 'System in maintenance mode' } });
    } finally {
      env.sim.faults.setMaintenance(false);
    }
    expect(await discoverNode(env.sim.url)).toMatchObject({ kind: 'found', node: { baseUrl: env.sim.url } });
  });
});
