// Requests on one media call of a participant: ack, update, new_candidate, disconnect, dtmf, fecc,
// statistics. Direct-media calls are relayed to the far end (conference/directMedia.ts).
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import type { SimCall } from '../media/types';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { parseBody } from './jsonBody';
import { addScoped, permissionDenied } from './scope';

const ackBody = z.object({ sdp: z.string().optional(), offer_ignored: z.boolean().optional() });
const updateBody = z.object({ sdp: z.string().min(1), fecc_supported: z.boolean().optional() });
const candidateBody = z.object({ candidate: z.string(), mid: z.string(), ufrag: z.string().optional(), pwd: z.string().optional() });
const digitsBody = z.object({ digits: z.string().regex(/^[0-9*#A-Da-d,]+$/) });
const feccBody = z.object({ action: z.enum(['start', 'stop', 'continue']), movement: z.array(z.unknown()), timeout: z.number().optional() });

interface CallTarget {
  room: Room;
  participant: Participant;
  callUuid: string;
  /** Undefined for a direct-media call (no media at the node). */
  call: SimCall | undefined;
}

type CallHandler = (target: CallTarget, ctx: RouteContext) => Promise<JsonReply> | JsonReply;

export function addCallRoutes(router: Router, node: ConferencingNode): void {
  const on = (action: string, handler: CallHandler) => {
    addScoped(router, node, 'POST', `participants/:uuid/calls/:callUuid/${action}`, ({ room, actor }, ctx) => {
      if (actor.uuid !== ctx.params['uuid']) {
        ctx.req.resume();
        return permissionDenied();
      }
      const callUuid = ctx.params['callUuid'] ?? '';
      const call = actor.calls.get(callUuid);
      const direct = actor.directCall === callUuid && node.directMedia.has(callUuid);
      if (!call && !direct) {
        ctx.req.resume();
        return failed(404, 'Call not found');
      }
      return handler({ room, participant: actor, callUuid, call }, ctx);
    });
  };

  on('ack', async ({ call, callUuid }, ctx) => {
    const body = await parseBody(ctx.req, ackBody, 'ack');
    if (!body.ok) return body.reply;
    if (call) call.ack();
    else node.directMedia.ack(callUuid, body.value.sdp);
    return success(true);
  });
  on('update', async ({ call, callUuid }, ctx) => {
    const body = await parseBody(ctx.req, updateBody, 'update');
    if (!body.ok) return body.reply;
    if (call) return success(await call.update(body.value.sdp));
    try {
      return success(await node.directMedia.update(callUuid, body.value.sdp));
    } catch {
      return failed(502, 'No answer from the far end');
    }
  });
  on('new_candidate', async ({ call, callUuid }, ctx) => {
    const body = await parseBody(ctx.req, candidateBody, 'candidate');
    if (!body.ok) return body.reply;
    if (call) await call.addRemoteCandidate({ candidate: body.value.candidate, mid: body.value.mid });
    else node.directMedia.candidate(callUuid, body.value);
    return success(null);
  });
  on('disconnect', async ({ room, participant, call, callUuid }) => {
    if (call) {
      participant.calls.delete(callUuid);
      await call.close();
    } else {
      node.directMedia.disconnect(callUuid);
    }
    room.sendTo(participant.uuid, 'call_disconnected', { call_uuid: callUuid, reason: 'Call disconnected' });
    room.announceUpdate(participant);
    room.publishStage();
    room.publishLayout();
    await room.releaseMediaIfIdle();
    return success(null);
  });
  on('dtmf', async ({ participant }, ctx) => {
    const body = await parseBody(ctx.req, digitsBody, 'digits');
    if (!body.ok) return body.reply;
    // Gateway calls pass these on; here they are recorded where /_sim/state shows them.
    participant.dtmfReceived.push(body.value.digits);
    return success(true);
  });
  on('fecc', async ({ participant }, ctx) => {
    const body = await parseBody(ctx.req, feccBody, 'fecc request');
    if (!body.ok) return body.reply;
    participant.feccReceived.push(body.value);
    return success(true);
  });
  on('statistics', async ({ participant }, ctx) => {
    const body = await parseBody(ctx.req, z.record(z.string(), z.unknown()), 'statistics');
    if (!body.ok) return body.reply;
    participant.statistics = body.value;
    return success(null);
  });
}
