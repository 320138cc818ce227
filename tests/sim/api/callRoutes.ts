// Requests on one media call of a participant: ack, update, new_candidate, disconnect.
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import type { SimCall } from '../media/types';
import { readJsonBody } from '../http/requestBody';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { authenticate } from './authenticate';

const updateBody = z.object({ sdp: z.string().min(1) });
const candidateBody = z.object({ candidate: z.string(), mid: z.string() });

interface CallTarget {
  room: Room;
  participant: Participant;
  call: SimCall;
}

type CallHandler = (target: CallTarget, ctx: RouteContext) => Promise<JsonReply> | JsonReply;

export function addCallRoutes(router: Router, node: ConferencingNode): void {
  const base = '/api/client/v2/conferences/:alias/participants/:uuid/calls/:callUuid';
  const on = (action: string, handler: CallHandler) => {
    router.add('POST', `${base}/${action}`, async (ctx) => {
      const auth = authenticate(node, ctx);
      if (!auth.ok) return auth.reply;
      const { room, participant } = auth.auth;
      if (participant.uuid !== ctx.params['uuid']) return failed(403, 'Permission denied');
      const call = participant.calls.get(ctx.params['callUuid'] ?? '');
      if (!call) return failed(404, 'Call not found');
      return handler({ room, participant, call }, ctx);
    });
  };

  on('ack', ({ call }) => {
    call.ack();
    return success(true);
  });
  on('update', async ({ call }, ctx) => {
    const body = await readJsonBody(ctx.req);
    const parsed = body.ok ? updateBody.safeParse(body.value) : undefined;
    if (!parsed?.success) return failed(400, 'Invalid update');
    return success(await call.update(parsed.data.sdp));
  });
  on('new_candidate', async ({ call }, ctx) => {
    const body = await readJsonBody(ctx.req);
    const parsed = body.ok ? candidateBody.safeParse(body.value) : undefined;
    if (!parsed?.success) return failed(400, 'Invalid candidate');
    await call.addRemoteCandidate(parsed.data);
    return success(null);
  });
  on('disconnect', async ({ room, participant, call }) => {
    participant.calls.delete(call.callUuid);
    await call.close();
    room.sendTo(participant.uuid, 'call_disconnected', { call_uuid: call.callUuid, reason: 'Call disconnected' });
    room.announceUpdate(participant);
    await room.releaseMediaIfIdle();
    return success(null);
  });
}
