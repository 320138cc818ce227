// GET .../events: the participant's Server-Sent Events stream. It opens with the roster
// (participant_sync_begin, a participant_create each, participant_sync_end), the conference state,
// the layout and stage, the presentation (presentation_start naming the presenter, or one
// presentation_stop when nobody presents, as Infinity does: Pexip's Swift SDK skips exactly one),
// and for main-room hosts the open breakout rooms.
import type { ConferencingNode } from '../conferencingNode';
import { emptyObjectData, presentationStartData } from '../conference/eventShapes';
import { EventStream } from '../events/eventStream';
import type { Router } from '../http/router';
import { authenticate } from './authenticate';

export function addEventRoutes(router: Router, node: ConferencingNode): void {
  router.add('GET', '/api/client/v2/conferences/:alias/events', (ctx) => {
    const auth = authenticate(node, ctx, true);
    if (!auth.ok) return auth.reply;
    const { room, participant } = auth.auth;

    const stream = new EventStream(participant.uuid, ctx.res);
    room.addStream(stream);
    stream.send('participant_sync_begin', null);
    for (const member of room.participants.values()) stream.send('participant_create', room.wire(member));
    stream.send('participant_sync_end', null);
    stream.send('conference_update', room.conferenceStatus());
    const presenter = room.presenter;
    if (!presenter) stream.send('presentation_stop', emptyObjectData(room));
    else if (presenter !== participant && participant.rxPresentation === 'ALLOW') {
      stream.send('presentation_start', presentationStartData(presenter));
    }
    if (participant.role === 'HOST' && !room.breakout) {
      for (const { event, data } of node.breakouts.replayFor(room, participant)) stream.send(event, data);
    }
    return null;
  });
}
