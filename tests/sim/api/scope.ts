// Most requests work the same on the main room and, for hosts, on a breakout room
// (/breakouts/<uuid>/...). A scope is the room a request acts on and who acts: the caller, or in a
// breakout room the caller's control participant there.
import type { Authenticated, ConferencingNode } from '../conferencingNode';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import { failed, type JsonReply } from '../http/respond';
import type { RouteContext, RouteHandler, Router } from '../http/router';
import { authenticate } from './authenticate';

export interface Scope {
  auth: Authenticated;
  room: Room;
  actor: Participant;
}

export type ScopeResult = { ok: true; scope: Scope } | { ok: false; reply: JsonReply };

export type ScopedHandler = (scope: Scope, ctx: RouteContext) => Promise<JsonReply | null> | JsonReply | null;

export const API_BASE = '/api/client/v2/conferences/:alias';

export function permissionDenied(): JsonReply {
  return failed(403, 'Permission denied');
}

export function resolveScope(node: ConferencingNode, ctx: RouteContext): ScopeResult {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth;
  const breakoutUuid = ctx.params['breakoutUuid'];
  if (breakoutUuid === undefined) return { ok: true, scope: { auth: auth.auth, room: auth.auth.room, actor: auth.auth.participant } };

  const breakout = auth.auth.room.breakouts.get(breakoutUuid);
  if (!breakout) return { ok: false, reply: failed(404, 'Breakout room not found') };
  const actor = breakout.controls.get(auth.auth.participant.uuid);
  if (!actor || auth.auth.participant.role !== 'HOST') return { ok: false, reply: permissionDenied() };
  return { ok: true, scope: { auth: auth.auth, room: breakout, actor } };
}

export function scopedHandler(node: ConferencingNode, handler: ScopedHandler, hostOnly = false): RouteHandler {
  return (ctx) => {
    const resolved = resolveScope(node, ctx);
    if (!resolved.ok) return resolved.reply;
    if (hostOnly && resolved.scope.actor.role !== 'HOST') {
      ctx.req.resume();
      return permissionDenied();
    }
    return handler(resolved.scope, ctx);
  };
}

/** Adds a request on the main room and, unless `mainOnly`, the same on every breakout room. */
export function addScoped(
  router: Router,
  node: ConferencingNode,
  method: 'GET' | 'POST',
  suffix: string,
  handler: ScopedHandler,
  options: { hostOnly?: boolean; mainOnly?: boolean } = {},
): void {
  const wrapped = scopedHandler(node, handler, options.hostOnly);
  router.add(method, `${API_BASE}/${suffix}`, wrapped);
  if (!options.mainOnly) router.add(method, `${API_BASE}/breakouts/:breakoutUuid/${suffix}`, wrapped);
}
