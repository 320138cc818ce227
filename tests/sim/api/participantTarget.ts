// Requests on one participant (/participants/<uuid>/<action>, also inside breakout rooms): who may
// ask, and the target they act on.
import type { ConferencingNode } from '../conferencingNode';
import type { Participant } from '../conference/participant';
import { failed, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { addScoped, permissionDenied, type Scope } from './scope';

/** Who may ask: the participant themselves, a host, either, or anyone in the room. */
export type Permission = 'self' | 'host' | 'self_or_host' | 'anyone';

export interface Target extends Scope {
  target: Participant;
}

export type TargetHandler = (target: Target, ctx: RouteContext) => Promise<JsonReply | null> | JsonReply | null;

export function addParticipantAction(
  router: Router,
  node: ConferencingNode,
  action: string,
  who: Permission,
  handler: TargetHandler,
  method: 'GET' | 'POST' = 'POST',
): void {
  addScoped(router, node, method, `participants/:uuid/${action}`, (scope, ctx) => {
    const target = scope.room.participants.get(ctx.params['uuid'] ?? '');
    if (!target) {
      ctx.req.resume();
      return failed(404, 'Participant not found');
    }
    if (!isAllowed(who, scope.actor, target)) {
      ctx.req.resume();
      return permissionDenied();
    }
    return handler({ ...scope, target }, ctx);
  });
}

function isAllowed(who: Permission, actor: Participant, target: Participant): boolean {
  switch (who) {
    case 'anyone':
      return true;
    case 'self':
      return actor.uuid === target.uuid;
    case 'host':
      return actor.role === 'HOST';
    case 'self_or_host':
      return actor.role === 'HOST' || actor.uuid === target.uuid;
  }
}
