// Breakout room requests: create, move participants, empty, close (one or all), message all,
// help requests (breakoutbuzz), leavebreakout and guest tokens. Per-room conference and participant
// controls are the ordinary routes mounted under /breakouts/<uuid>/ (see scope.ts).
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import type { Room } from '../conference/room';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { chatBody, messageReceived } from './chatMessage';
import { parseBody } from './jsonBody';
import { API_BASE, addScoped, permissionDenied, resolveScope, type Scope } from './scope';

const createBody = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  duration: z.number().min(0).optional(),
  end_action: z.enum(['disconnect', 'transfer']).optional(),
  participants: z.record(z.string(), z.array(z.string())).optional(),
  guests_allowed_to_leave: z.boolean().optional(),
});
const moveBody = z.object({ breakout_uuid: z.string().min(1), participants: z.array(z.string()) });

type MainHandler = (main: Room, scope: Scope, ctx: RouteContext) => Promise<JsonReply> | JsonReply;

export function addBreakoutRoutes(router: Router, node: ConferencingNode): void {
  const breakouts = node.breakouts;
  /** Requests of a main-room host, on the main room. */
  const hostOfMain = (method: 'POST', path: string, handler: MainHandler) =>
    router.add(method, `${API_BASE}/${path}`, (ctx) => {
      const resolved = resolveScope(node, ctx);
      if (!resolved.ok) return resolved.reply;
      const { scope } = resolved;
      if (scope.room.breakout || scope.actor.role !== 'HOST') {
        ctx.req.resume();
        return permissionDenied();
      }
      return handler(scope.room, scope, ctx);
    });

  hostOfMain('POST', 'breakouts', async (main, { actor }, ctx) => {
    const body = await parseBody(ctx.req, createBody, 'breakout');
    if (!body.ok) return body.reply;
    if (!(main.config.breakoutsEnabled ?? true)) return failed(403, 'Breakout rooms are not enabled');
    const { room } = breakouts.create(main, body.value, actor.uuid);
    return success({ breakout_uuid: room.breakout?.uuid });
  });
  hostOfMain('POST', 'breakouts/message', async (main, { actor }, ctx) => {
    const body = await parseBody(ctx.req, chatBody, 'message');
    if (!body.ok) return body.reply;
    for (const room of main.breakouts.values()) room.broadcast('message_received', messageReceived(actor, body.value, false));
    return success(true);
  });
  hostOfMain('POST', 'breakouts/disconnect', async (main) => {
    await breakouts.closeAll(main);
    return success(null);
  });
  hostOfMain('POST', 'breakouts/empty', (main) => {
    breakouts.empty(main);
    return success(true);
  });
  hostOfMain('POST', 'participants/breakout', async (main, { actor }, ctx) => {
    const body = await parseBody(ctx.req, moveBody, 'move');
    if (!body.ok) return body.reply;
    return success(breakouts.move(main, main, body.value.breakout_uuid, body.value.participants, actor.uuid));
  });

  // On one breakout room (host scope: /breakouts/<uuid>/...).
  const onBreakout = (path: string, handler: (main: Room, room: Room, scope: Scope, ctx: RouteContext) => Promise<JsonReply> | JsonReply) =>
    router.add('POST', `${API_BASE}/breakouts/:breakoutUuid/${path}`, (ctx) => {
      const resolved = resolveScope(node, ctx);
      if (!resolved.ok) return resolved.reply;
      const { room } = resolved.scope;
      const main = room.breakout?.parent;
      if (!main) return failed(404, 'Breakout room not found');
      return handler(main, room, resolved.scope, ctx);
    });
  onBreakout('disconnect', async (main, room) => {
    await breakouts.close(main, room);
    return success(true);
  });
  onBreakout('participants/breakout', async (main, room, { auth }, ctx) => {
    const body = await parseBody(ctx.req, moveBody, 'move');
    if (!body.ok) return body.reply;
    // The requester is the main-room host, not their control participant in this room.
    return success(breakouts.move(main, room, body.value.breakout_uuid, body.value.participants, auth.participant.uuid));
  });
  onBreakout('request_guest_token', (_main, room) =>
    success(node.referTokens.issue({ roomKey: room.alias, role: 'GUEST' })),
  );
  onBreakout('breakoutbuzz', (_main, room) => setHelpRequest(room, true));
  onBreakout('clearbreakoutbuzz', (_main, room) => setHelpRequest(room, false));

  // From inside a breakout room (the participant's own token belongs to it).
  const fromBreakout = (path: string, handler: (main: Room, scope: Scope) => JsonReply) =>
    addScoped(router, node, 'POST', path, (scope) => {
      const main = scope.room.breakout?.parent;
      if (!main) return failed(400, 'Not in a breakout room');
      return handler(main, scope);
    }, { mainOnly: true });
  fromBreakout('breakoutbuzz', (_main, { room }) => setHelpRequest(room, true));
  fromBreakout('clearbreakoutbuzz', (_main, { room }) => setHelpRequest(room, false));
  fromBreakout('leavebreakout', (main, { room, actor }) => {
    if (actor.role !== 'HOST' && !room.breakout?.guestsAllowedToLeave) return permissionDenied();
    return success(breakouts.move(main, room, 'main', [actor.uuid]));
  });
}

function setHelpRequest(room: Room, value: boolean): JsonReply {
  room.state.breakoutBuzz = { value, time: Math.floor(Date.now() / 1000) };
  room.publishConferenceUpdate();
  return success(true);
}
