// Conference-wide requests everyone may make: participants, conference_status, chat.
import type { ConferencingNode } from '../conferencingNode';
import { failed, success } from '../http/respond';
import type { Router } from '../http/router';
import { chatBody, messageReceived } from './chatMessage';
import { parseBody } from './jsonBody';
import { addScoped } from './scope';

export function addConferenceRoutes(router: Router, node: ConferencingNode): void {
  addScoped(router, node, 'GET', 'participants', ({ room }) =>
    success([...room.participants.values()].map((p) => room.wire(p))),
  );
  addScoped(router, node, 'GET', 'conference_status', ({ room }) => success(room.conferenceStatus()));
  addScoped(router, node, 'POST', 'message', async ({ room, actor }, ctx) => {
    const body = await parseBody(ctx.req, chatBody, 'message');
    if (!body.ok) return body.reply;
    if (!room.chatEnabled) return failed(403, 'Chat is disabled');
    room.broadcast('message_received', messageReceived(actor, body.value, false), actor.uuid);
    return success(true);
  });
}
