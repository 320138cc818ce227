// How an operation's outcome is reported: the value, or a typed error with the HTTP status and
// Pexip's own text, whether the request went through @pexip/infinity-api or raw. Fake fetch only.
import { describe, expect, it } from 'vitest';
import { createMeetingService, silentLogger } from '../../../../../electron/service';
import { conferenceControl } from '../../../../../electron/infinity/requests/conferenceControl';
import { participantFunctions } from '../../../../../electron/infinity/requests/participant';
import type { OperationContext } from '../../../../../electron/infinity/requests/operationRequest';

function contextAnswering(status: number, body: unknown, seen: { url: string; init?: RequestInit }[] = []): OperationContext {
  const fetcher: typeof fetch = async (input, init) => {
    seen.push({ url: String(input), ...(init ? { init } : {}) });
    if (body instanceof Error) throw body;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/plain' : 'application/json';
    return new Response(text, { status, headers: { 'content-type': type } });
  };
  return { host: 'https://node.example', alias: 'meet alice', participantUuid: 'me', fetch: fetcher, logger: silentLogger };
}

describe('operation results', () => {
  it('returns null for "true if successful" through the library', async () => {
    const seen: { url: string }[] = [];
    expect(await conferenceControl.lock(contextAnswering(200, { status: 'success', result: true }, seen))).toEqual({ ok: true, value: null });
    expect(seen[0]?.url).toBe('https://node.example/api/client/v2/conferences/meet%20alice/lock');
  });

  it('carries the status and Pexip\'s text when the node refuses', async () => {
    expect(await conferenceControl.lock(contextAnswering(403, { status: 'failed', result: 'Permission denied' }))).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String), wording: 'forbidden', detail: 'Permission denied', status: 403 },
    });
    expect(await conferenceControl.setMessageText(contextAnswering(500, 'Internal trouble'), { text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'failed', status: 500, detail: 'Internal trouble' },
    });
    expect(await participantFunctions.mute(contextAnswering(404, { status: 'failed', result: 'Participant not found' }), { participantUuid: 'p' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', status: 404, detail: 'Participant not found' },
    });
  });

  it('treats a false result as not done, and an unusable answer as unexpected', async () => {
    expect(await conferenceControl.lock(contextAnswering(200, { status: 'success', result: false }))).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await conferenceControl.getMessageText(contextAnswering(200, { status: 'success', result: 42 }))).toMatchObject({
      ok: false,
      error: { detail: 'Unexpected answer' },
    });
  });

  it('reports a transport failure as unreachable and never throws', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    expect(await conferenceControl.getPinningConfig(contextAnswering(0, refused))).toMatchObject({
      ok: false,
      error: { code: 'node_unreachable', detail: 'ECONNREFUSED' },
    });
  });

  it('sends raw requests to the breakout room path with a validated body', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const ctx = contextAnswering(200, { status: 'success', result: true }, seen);
    expect(await participantFunctions.layoutGroup(ctx, { participantUuid: 'p 1', breakoutUuid: 'b/1', layoutGroup: 'a' })).toEqual({ ok: true, value: null });
    expect(seen[0]?.url).toBe('https://node.example/api/client/v2/conferences/meet%20alice/breakouts/b%2F1/participants/p%201/layout_group');
    expect(seen[0]?.init?.body).toBe('{"layout_group":"a"}');
    expect(await participantFunctions.preferredAspectRatio(ctx, { participantUuid: 'p', aspectRatio: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    expect(seen).toHaveLength(1);
  });

  it('answers not_joined for every operation outside a meeting', async () => {
    const service = createMeetingService({ logger: silentLogger });
    expect(await service.operations.conference.lock()).toMatchObject({ ok: false, error: { code: 'not_joined' } });
    expect(await service.operations.call.ack()).toMatchObject({ ok: false, error: { code: 'not_joined' } });
    expect(await service.operations.other.presentationFrame()).toMatchObject({ ok: false, error: { code: 'not_joined' } });
    expect(service.state()).toBeNull();
  });
});
