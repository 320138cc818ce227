// GET .../events: the participant's Server-Sent Events stream. It opens with the roster
// (participant_sync_begin, a participant_create each, participant_sync_end), the conference state,
// any presentation (presentation_start naming the presenter), and for main-room hosts the open
// breakout rooms. (Infinity likely also sends one presentation_stop when nobody presents; not
// repeated here, since tests that wait for "a presentation_stop" would take it for a real one.)
import type { ConferencingNode } from '../conferencingNode';
import { presentationStartData } from '../conference/eventShapes';
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
    if (presenter && presenter !== participant && participant.rxPresentation === 'ALLOW') {
      stream.send('presentation_start', presentationStartData(presenter));
    }
    if (participant.role === 'HOST' && !room.breakout) {
      for (const { event, data } of node.breakouts.replayFor(room, participant)) stream.send(event, data);
    }
    return null;
  });
}
