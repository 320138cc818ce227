import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeetingService, type MeetingService } from '../../../../electron/service';
import { silentLogger, type Logger } from '../../../../electron/infinity/logger';
import { tokenEndReasons } from '../../../../electron/infinity/session/tokenSession';
import type { BridgeEvent, JoinRequest } from '../../../../electron/shared/bridge';
import { FakeNode, jsonReply, sseFrame, tokenResult, wireParticipant } from '../../../support/fakeNode';

const joinRequest: JoinRequest = { node: 'node.example.com', alias: 'meet.alice', displayName: 'Alice' };

interface Harness {
  node: FakeNode;
  service: MeetingService;
  events: BridgeEvent[];
  results: unknown[];
  warnings: string[];
}

const services: MeetingService[] = [];

function harness(node = new FakeNode()): Harness {
  const warnings: string[] = [];
  const logger: Logger = { ...silentLogger, warn: (msg, fields) => warnings.push(`${msg} ${JSON.stringify(fields ?? {})}`) };
  const service = createMeetingService({ fetch: node.fetch, logger, random: () => 0.5 });
  services.push(service);
  const events: BridgeEvent[] = [];
  service.onEvent((event) => events.push(event));
  return { node, service, events, results: [], warnings };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

async function joined(h: Harness, request: JoinRequest = joinRequest): Promise<void> {
  const result = await h.service.handlers.join(request);
  h.results.push(result);
  expect(result.ok).toBe(true);
  await settle();
}

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.shutdown('test over')));
});

describe('MeetingService join', () => {
  it('sends display name and "none" PIN to https://<bare host> and reports JoinedInfo', async () => {
    const h = harness();
    const result = await h.service.handlers.join(joinRequest);
    expect(result).toMatchObject({ ok: true, value: { node: 'https://node.example.com', alias: 'meet.alice', role: 'host' } });
    const request = h.node.requestsTo('request_token')[0];
    expect(request?.path).toBe('/api/client/v2/conferences/meet.alice/request_token');
    expect(request?.headers['pin']).toBe('none');
    expect(request?.body).toEqual({ display_name: 'Alice' });
    expect(h.service.joined).toBe(true);
  });

  it('sends the PIN header and, through a Virtual Reception, the extension; later requests use the target alias', async () => {
    const h = harness();
    await joined(h, { ...joinRequest, alias: 'meet.reception', pin: ' 1234 ', conferenceExtension: 'meet.target' });
    const request = h.node.requestsTo('request_token')[0];
    expect(request?.path).toBe('/api/client/v2/conferences/meet.reception/request_token');
    expect(request?.headers['pin']).toBe('1234');
    expect(request?.body).toEqual({ display_name: 'Alice', conference_extension: 'meet.target' });
    expect(h.node.requestsTo('events')[0]?.path).toBe('/api/client/v2/conferences/meet.target/events');
    expect(h.results[0]).toMatchObject({ value: { alias: 'meet.target' } });
  });

  it('maps a 403 PIN demand and leaves the service free to retry', async () => {
    const h = harness();
    h.node.on('request_token', () => jsonReply(403, { status: 'success', result: { pin: 'required', guest_pin: 'required', version: {} } }));
    expect(await h.service.handlers.join(joinRequest)).toMatchObject({ ok: false, error: { code: 'pin_required' } });
    expect(h.service.joined).toBe(false);
    h.node.on('request_token', () => jsonReply(200, tokenResult()));
    expect((await h.service.handlers.join({ ...joinRequest, pin: '1234' })).ok).toBe(true);
  });

  it('maps statuses the library does not model from the raw answer', async () => {
    const h = harness();
    h.node.on('request_token', () => jsonReply(500, { status: 'failed', result: 'Out of resource' }));
    expect(await h.service.handlers.join(joinRequest)).toMatchObject({ ok: false, error: { code: 'rejected', detail: 'Out of resource' } });
    h.node.on('request_token', () => ({ status: 404, text: '<html>Not here</html>', contentType: 'text/html' }));
    expect(await h.service.handlers.join(joinRequest)).toMatchObject({ ok: false, error: { code: 'conference_not_found' } });
  });

  it('joins with a 200 the library rejects for "True" strings, from the raw answer', async () => {
    const h = harness();
    h.node.on('request_token', () => jsonReply(200, tokenResult({ chat_enabled: 'True', guests_can_present: 'False' })));
    const result = await h.service.handlers.join(joinRequest);
    expect(result).toMatchObject({ ok: true, value: { chatEnabled: true, guestsCanPresent: false } });
  });

  it('maps transport failures', async () => {
    const h = harness();
    h.node.on('request_token', () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
    });
    expect(await h.service.handlers.join(joinRequest)).toMatchObject({
      ok: false,
      error: { code: 'node_unreachable', message: 'Parley could not reach node.example.com. Check the address and your network connection.' },
    });
  });

  it('validates the untrusted argument and the address', async () => {
    const h = harness();
    expect(await h.service.handlers.join({ ...joinRequest, node: 'ftp://x' })).toMatchObject({ ok: false, error: { code: 'invalid_address' } });
    expect(await h.service.handlers.join({ ...joinRequest, node: 'https://x/path' })).toMatchObject({ ok: false, error: { code: 'invalid_address' } });
    expect(await h.service.handlers.join({ ...joinRequest, displayName: '  ' })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(await h.service.handlers.join(null as unknown as JoinRequest)).toMatchObject({ ok: false });
    expect(await h.service.handlers.join({ ...joinRequest, alias: 42 } as unknown as JoinRequest)).toMatchObject({ ok: false });
    expect(h.node.requests).toHaveLength(0);
  });

  it('refuses a second join while joined', async () => {
    const h = harness();
    await joined(h);
    expect(await h.service.handlers.join(joinRequest)).toMatchObject({ ok: false, error: { code: 'already_joined' } });
  });
});

describe('MeetingService events', () => {
  it('emits one roster for a sync, then deltas, chat, unknown events; skips malformed ones', async () => {
    const h = harness();
    await joined(h);
    const stream = h.node.latestStream;
    stream.push(sseFrame('participant_sync_begin', null));
    stream.push(sseFrame('participant_create', wireParticipant('self-uuid', 'Alice')));
    stream.push(sseFrame('participant_create', wireParticipant('bob', 'Bob', { role: 'guest' })));
    stream.push(sseFrame('participant_sync_end', null));
    stream.push('event: participant_update\ndata: {"uuid": "bob", \n\n');
    stream.push(sseFrame('participant_update', { uuid: 'bob', display_name: 'Bob', is_muted: 7 }));
    stream.push(sseFrame('participant_delete', { uuid: 'bob' }));
    stream.push(sseFrame('message_received', { origin: 'Bob', uuid: 'bob', type: 'text/plain', payload: 'hello', direct: false }));
    stream.push(sseFrame('fecc', { action: 'start' }));
    await settle();
    const types = h.events.map((event) => event.type);
    expect(types).toEqual(['conference', 'roster', 'participant_deleted', 'chat', 'infinity']);
    const roster = h.events.find((event) => event.type === 'roster');
    expect(roster?.type === 'roster' && roster.participants.map((p) => p.displayName)).toEqual(['Alice', 'Bob']);
    const unknown = h.events.find((event) => event.type === 'infinity');
    // An unknown event crosses the bridge by name only.
    expect(unknown && { type: unknown.type, name: unknown.name, hasData: 'data' in unknown }).toEqual({ type: 'infinity', name: 'fecc', hasData: false });
    expect(h.warnings.filter((warning) => warning.startsWith('skipped'))).toHaveLength(2);
    for (const event of h.events) expect(typeof event.receivedAt).toBe('number');
    const snapshot = await h.service.handlers.getSnapshot(null);
    expect(snapshot).toMatchObject({ ok: true, value: { participants: [{ uuid: 'self-uuid' }], chatHistory: [{ payload: 'hello' }] } });
  });

  it('skips an event nested 2,000 deep or carrying 300 kB, and goes on with the next one', async () => {
    const h = harness();
    await joined(h);
    const stream = h.node.latestStream;
    stream.push(`event: participant_update\ndata: {"uuid":"bob","x":${'['.repeat(2000)}${']'.repeat(2000)}}\n\n`);
    stream.push(sseFrame('message_received', { origin: 'Bob', uuid: 'bob', type: 'text/plain', payload: 'x'.repeat(300 * 1024), direct: false }));
    stream.push(sseFrame('message_received', { origin: 'Bob', uuid: 'bob', type: 'text/plain', payload: 'still here', direct: false }));
    await settle();
    const chats = h.events.filter((event) => event.type === 'chat');
    expect(chats.map((event) => event.type === 'chat' && event.message.payload)).toEqual(['still here']);
    expect(h.warnings.filter((warning) => warning.startsWith('skipped event with unusable JSON'))).toHaveLength(2);
    for (const event of h.events) expect(() => structuredClone(event)).not.toThrow();
    expect(h.service.joined).toBe(true);
  });

  it('ends the session on disconnect without releasing the token', async () => {
    const h = harness();
    await joined(h);
    h.node.latestStream.push(sseFrame('disconnect', { reason: 'Disconnected by another participant' }));
    await settle();
    expect(h.events.at(-1)).toMatchObject({ type: 'session_ended', code: 'disconnected', reason: 'Disconnected by another participant' });
    expect(h.service.joined).toBe(false);
    expect(h.node.requestsTo('release_token')).toHaveLength(0);
    expect(await h.service.handlers.getSnapshot(null)).toEqual({ ok: true, value: null });
    expect(await h.service.handlers.sendMessage({ text: 'hi' })).toMatchObject({ ok: false, error: { code: 'not_joined' } });
  });

  it('reports reconnecting then connected when the stream drops', async () => {
    const h = harness();
    await joined(h);
    vi.useFakeTimers();
    try {
      h.node.latestStream.close();
      await vi.advanceTimersByTimeAsync(0);
      expect(h.events.at(-1)).toMatchObject({ type: 'connection', state: 'reconnecting' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(h.events.at(-1)).toMatchObject({ type: 'connection', state: 'connected' });
      expect(h.node.requestsTo('events')).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('MeetingService after a node restart', () => {
  it('ends the meeting as soon as the event stream is refused and the node no longer knows the token', async () => {
    const h = harness();
    // A restarted node knows none of the old tokens: events and refresh_token both answer 403.
    h.node.eventsStatus = 403;
    h.node.on('refresh_token', () => jsonReply(403, { status: 'success', result: 'Invalid token' }));
    await joined(h);
    await settle();
    expect(h.node.requestsTo('refresh_token')).toHaveLength(1);
    expect(h.events.filter((e) => e.type === 'session_ended')).toEqual([
      expect.objectContaining({ type: 'session_ended', code: 'token_expired', reason: tokenEndReasons.refused, wording: 'tokenRefused' }),
    ]);
    expect(h.service.joined).toBe(false);
  });

  it('keeps the meeting when the node still accepts the token after refusing one stream', async () => {
    const h = harness();
    h.node.eventsStatus = 403;
    await joined(h);
    await settle();
    h.node.eventsStatus = 200;
    expect(h.node.requestsTo('refresh_token')).toHaveLength(1);
    expect(h.events.some((e) => e.type === 'session_ended')).toBe(false);
    expect(h.service.joined).toBe(true);
  });
});

describe('MeetingService commands', () => {
  it('answers not_joined before a join and invalid_argument for bad arguments', async () => {
    const h = harness();
    expect(await h.service.handlers.startCall({ sdp: 'v=0', mediaType: 'video' })).toMatchObject({ ok: false, error: { code: 'not_joined' } });
    expect(await h.service.handlers.leave({})).toMatchObject({ ok: false, error: { code: 'not_joined' } });
    await joined(h);
    expect(await h.service.handlers.startCall({ sdp: '', mediaType: 'video' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(
      await h.service.handlers.startCall({ sdp: 'v=0', mediaType: 'hologram' } as unknown as { sdp: string; mediaType: 'video' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await h.service.handlers.sendMessage({ text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await h.service.handlers.setClientMute({ muted: 'yes' } as unknown as { muted: boolean })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    expect(await h.service.handlers.ackCall(null)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('relays the call signalling to the right endpoints', async () => {
    const h = harness();
    await joined(h);
    const base = '/api/client/v2/conferences/meet.alice/participants/self-uuid';
    expect(await h.service.handlers.startCall({ sdp: 'v=0 offer', mediaType: 'video' })).toEqual({
      ok: true,
      value: { callUuid: 'call-1', sdp: 'v=0 answer' },
    });
    expect(h.node.requestsTo('calls')[0]).toMatchObject({
      path: `${base}/calls`,
      body: { call_type: 'WEBRTC', sdp: 'v=0 offer', media_type: 'video' },
    });
    expect(await h.service.handlers.ackCall(null)).toEqual({ ok: true, value: null });
    expect(h.node.requestsTo('ack')[0]?.path).toBe(`${base}/calls/call-1/ack`);

    expect(await h.service.handlers.updateCall({ sdp: 'v=0 re-offer' })).toEqual({ ok: true, value: { sdp: 'v=0 updated' } });
    h.node.on('update', () => jsonReply(200, { status: 'success', result: { call_uuid: 'call-1', sdp: 'v=0 object answer' } }));
    expect(await h.service.handlers.updateCall({ sdp: 'v=0 re-offer' })).toEqual({ ok: true, value: { sdp: 'v=0 object answer' } });

    const candidate = { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', usernameFragment: 'uf', pwd: 'SECRET-PWD' };
    expect(await h.service.handlers.sendCandidate(candidate)).toEqual({ ok: true, value: null });
    expect(h.node.requestsTo('new_candidate')[0]?.body).toEqual({
      candidate: candidate.candidate,
      mid: '0',
      ufrag: 'uf',
      pwd: 'SECRET-PWD',
    });

    expect(await h.service.handlers.setClientMute({ muted: true })).toEqual({ ok: true, value: null });
    expect(await h.service.handlers.setClientMute({ muted: false })).toEqual({ ok: true, value: null });
    expect(h.node.requestsTo('client_mute')[0]?.path).toBe(`${base}/client_mute`);
    expect(h.node.requestsTo('client_unmute')).toHaveLength(1);

    expect(await h.service.handlers.disconnectCall(null)).toEqual({ ok: true, value: null });
    expect(h.node.requestsTo('disconnect')[0]?.path).toBe(`${base}/calls/call-1/disconnect`);
    expect(await h.service.handlers.ackCall(null)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (const request of h.node.requests.slice(1)) expect(request.headers['token']).toBe('SECRET-TOKEN-0');
  });

  it('maps command failures to CommandError codes', async () => {
    const h = harness();
    await joined(h);
    h.node.on('message', () => jsonReply(403, { status: 'success', result: 'Invalid token' }));
    expect(await h.service.handlers.sendMessage({ text: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_token', detail: 'Invalid token' } });
    h.node.on('calls', () => jsonReply(403, { status: 'success', result: 'Guests cannot do that' }));
    expect(await h.service.handlers.startCall({ sdp: 'v=0', mediaType: 'audio' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    h.node.on('calls', () => jsonReply(502, { status: 'failed', result: '502 Bad Gateway' }));
    expect(await h.service.handlers.startCall({ sdp: 'v=0', mediaType: 'audio' })).toMatchObject({
      ok: false,
      error: { code: 'failed', detail: '502 Bad Gateway' },
    });
    h.node.on('client_mute', () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) });
    });
    expect(await h.service.handlers.setClientMute({ muted: true })).toMatchObject({ ok: false, error: { code: 'node_unreachable' } });
  });

  it('sends chat as text/plain and keeps our own message in the history', async () => {
    const h = harness();
    await joined(h);
    expect(await h.service.handlers.sendMessage({ text: 'Hello everyone' })).toEqual({ ok: true, value: null });
    expect(h.node.requestsTo('message')[0]).toMatchObject({
      path: '/api/client/v2/conferences/meet.alice/message',
      body: { type: 'text/plain', payload: 'Hello everyone' },
    });
    const snapshot = await h.service.handlers.getSnapshot(null);
    expect(snapshot.ok && snapshot.value?.chatHistory).toMatchObject([{ origin: 'Alice', senderUuid: 'self-uuid', payload: 'Hello everyone' }]);
  });

  it('leave releases the token with the reason and ends the session; shutdown is idempotent', async () => {
    const h = harness();
    await joined(h);
    expect(await h.service.handlers.leave({ reason: 'Bye now' })).toEqual({ ok: true, value: null });
    expect(h.node.requestsTo('release_token')[0]).toMatchObject({ body: { reason: 'Bye now' }, headers: { token: 'SECRET-TOKEN-0' } });
    expect(h.events.at(-1)).toMatchObject({ type: 'session_ended', code: 'left' });
    expect(h.service.joined).toBe(false);
    await h.service.shutdown('quit');
    await h.service.shutdown('quit');
    expect(h.node.requestsTo('release_token')).toHaveLength(1);
  });

  it('shutdown releases the token of a joined meeting once', async () => {
    const h = harness();
    await joined(h);
    await Promise.all([h.service.shutdown('Application quit'), h.service.shutdown('Application quit')]);
    expect(h.node.requestsTo('release_token')).toHaveLength(1);
    expect(h.node.requestsTo('release_token')[0]?.body).toEqual({ reason: 'Application quit' });
    expect(await h.service.handlers.join(joinRequest)).toMatchObject({ ok: false });
  });
});

describe('secrets', () => {
  it('never puts the token (or the PIN) in any event or result of a whole session', async () => {
    const h = harness();
    const tokens = ['SECRET-TOKEN-0', 'SECRET-TOKEN-1', 'SECRET-TOKEN-2'];
    let refreshes = 0;
    h.node.on('request_token', () => jsonReply(200, tokenResult({ expires: '3' })));
    h.node.on('refresh_token', () => {
      refreshes += 1;
      return jsonReply(200, { status: 'success', result: { token: tokens[Math.min(refreshes, 2)], expires: '3' } });
    });
    const record = <T>(result: T): T => {
      h.results.push(result);
      return result;
    };
    record(await h.service.handlers.join({ ...joinRequest, pin: '987654' }));
    await settle();
    const stream = h.node.latestStream;
    stream.push(sseFrame('participant_sync_begin', null));
    stream.push(sseFrame('participant_create', wireParticipant('self-uuid', 'Alice')));
    stream.push(sseFrame('participant_sync_end', null));
    stream.push(sseFrame('message_received', { origin: 'B', uuid: 'b', type: 'text/plain', payload: 'hi' }));
    stream.push(sseFrame('layout', { view: '1:0', participants: [] }));
    await settle();
    record(await h.service.handlers.startCall({ sdp: 'v=0', mediaType: 'video' }));
    record(await h.service.handlers.ackCall(null));
    record(await h.service.handlers.updateCall({ sdp: 'v=0' }));
    record(await h.service.handlers.sendCandidate({ candidate: 'c', sdpMid: '0', usernameFragment: 'u', pwd: 'p' }));
    record(await h.service.handlers.sendMessage({ text: 'x' }));
    record(await h.service.handlers.setClientMute({ muted: true }));
    record(await h.service.handlers.getSnapshot(null));
    h.node.on('message', () => jsonReply(403, { status: 'success', result: 'Invalid token' }));
    record(await h.service.handlers.sendMessage({ text: 'x' }));
    record(await h.service.handlers.disconnectCall(null));
    record(await h.service.handlers.leave({}));
    const everything = JSON.stringify([h.events, h.results]);
    expect(everything).toContain('self-uuid'); // the serialization really holds the session
    expect(everything).not.toContain('SECRET-TOKEN');
    expect(everything).not.toContain('987654');
    expect(h.warnings.join('\n')).not.toContain('SECRET-TOKEN');
  });
});
