// The /_sim/ HTTP API for tests and the benchmark (loopback only, JSON bodies).
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import { readJsonBody } from '../http/requestBody';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { refreshFaultKinds } from './refreshFaultPlan';
import { UnknownRoomError, type SimulatorFaults } from './simulatorFaults';
import { stateSnapshot } from './stateSnapshot';

const dropBody = z.object({ alias: z.string().optional(), participantUuid: z.string().optional() }).optional();
const failRefreshBody = z.object({ count: z.number().int().min(0), status: z.number().int().min(100).max(599) });
const refreshFaultsBody = z.object({
  rate: z.number().min(0).max(1),
  kinds: z.array(z.enum(refreshFaultKinds)).min(1).default([...refreshFaultKinds]),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
});
const maintenanceBody = z.object({ enabled: z.boolean() });
const disconnectBody = z
  .object({
    alias: z.string(),
    participantUuid: z.string().optional(),
    displayName: z.string().optional(),
    reason: z.string(),
  })
  .refine((body) => body.participantUuid !== undefined || body.displayName !== undefined, {
    message: 'participantUuid or displayName is required',
  });
const dropMediaBody = z
  .object({ alias: z.string(), participantUuid: z.string().optional(), displayName: z.string().optional() })
  .refine((body) => body.participantUuid !== undefined || body.displayName !== undefined, {
    message: 'participantUuid or displayName is required',
  });
const lossyMediaBody = z
  .object({ alias: z.string(), participantUuid: z.string().optional(), displayName: z.string().optional(), loss: z.number().min(0).max(0.9) })
  .refine((body) => body.participantUuid !== undefined || body.displayName !== undefined, {
    message: 'participantUuid or displayName is required',
  });
const emitBody = z.object({ alias: z.string(), event: z.string().min(1), data: z.string() });
const burstBody = emitBody.extend({ count: z.number().int().min(0), ratePerSecond: z.number().positive() });
const delayBody = z.object({ ms: z.number().min(0) });
const ssoTokenLifetimeBody = z.object({ ms: z.number().int().min(0).max(86_400_000).nullable() });
const addParticipantsBody = z.object({
  alias: z.string(),
  count: z.number().int().min(1).max(10_000),
  namePrefix: z.string().min(1).max(64),
  role: z.enum(['HOST', 'GUEST']).default('GUEST'),
});

export function addControlRoutes(router: Router, node: ConferencingNode, faults: SimulatorFaults): void {
  const post = <T>(path: string, schema: z.ZodType<T>, act: (body: T) => Promise<JsonReply> | JsonReply) => {
    router.add('POST', `/_sim/${path}`, async (ctx: RouteContext) => {
      const body = await readJsonBody(ctx.req);
      const parsed = body.ok ? schema.safeParse(body.value) : undefined;
      if (!parsed?.success) return failed(400, parsed?.error.message ?? 'Malformed JSON body');
      try {
        return await act(parsed.data);
      } catch (error) {
        if (error instanceof UnknownRoomError) return failed(404, error.message);
        throw error;
      }
    });
  };

  router.add('GET', '/_sim/state', () => success(stateSnapshot(node)));
  post('drop_events', dropBody, (body) => success({ dropped: faults.dropEventStreams(body ?? {}) }));
  post('fail_refresh', failRefreshBody, ({ count, status }) => {
    faults.failNextRefreshes(count, status);
    return success(true);
  });
  post('refresh_faults', refreshFaultsBody, (settings) => {
    faults.failRefreshesAtRate(settings);
    return success(true);
  });
  post('maintenance', maintenanceBody, ({ enabled }) => {
    faults.setMaintenance(enabled);
    return success(true);
  });
  post('disconnect', disconnectBody, ({ alias, participantUuid, displayName, reason }) => {
    const match = participantUuid !== undefined ? { participantUuid } : { displayName };
    return faults.disconnectParticipant(alias, match, reason) ? success(true) : failed(404, 'Participant not found');
  });
  post('drop_media', dropMediaBody, async ({ alias, participantUuid, displayName }) => {
    const match = participantUuid !== undefined ? { participantUuid } : { displayName };
    const cut = await faults.dropMediaPath(alias, match);
    if (cut === null) return failed(404, 'Participant not found');
    return cut > 0 ? success({ cut }) : failed(409, 'The participant has no call with media');
  });
  post('lossy_media', lossyMediaBody, async ({ alias, participantUuid, displayName, loss }) => {
    const match = participantUuid !== undefined ? { participantUuid } : { displayName };
    const lossy = await faults.loseMedia(alias, match, loss);
    if (lossy === null) return failed(404, 'Participant not found');
    return lossy > 0 ? success({ lossy }) : failed(409, 'The participant has no call with media');
  });
  post('emit', emitBody, ({ alias, event, data }) => {
    faults.emitEvent(alias, event, data);
    return success(true);
  });
  post('emit_burst', burstBody, async ({ alias, event, data, count, ratePerSecond }) => {
    const started = performance.now();
    const emitted = await faults.emitBurst(alias, event, data, count, ratePerSecond);
    return success({ emitted, elapsed_ms: Math.round(performance.now() - started) });
  });
  post('delay', delayBody, ({ ms }) => {
    faults.delayRequests(ms);
    return success(true);
  });
  post('sso_token_lifetime', ssoTokenLifetimeBody, ({ ms }) => {
    faults.setSsoTokenLifetime(ms);
    return success(true);
  });
  post('add_participants', addParticipantsBody, ({ alias, ...request }) => success({ uuids: faults.addParticipants(alias, request) }));
}
