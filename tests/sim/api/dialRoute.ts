// POST dial: a host dials out from the conference (see conference/dialOut.ts for the outcomes).
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import { dialOut } from '../conference/dialOut';
import { success } from '../http/respond';
import type { Router } from '../http/router';
import { parseBody } from './jsonBody';
import { addScoped } from './scope';

const dialBody = z.object({
  role: z.enum(['HOST', 'GUEST']),
  destination: z.string().min(1),
  protocol: z.enum(['sip', 'h323', 'rtmp', 'mssip', 'auto']),
  presentation_url: z.string().optional(),
  streaming: z.enum(['yes', 'no']).optional(),
  dtmf_sequence: z.string().optional(),
  source_display_name: z.string().optional(),
  source: z.string().optional(),
  call_type: z.enum(['video', 'video-only', 'audio']).optional(),
  keep_conference_alive: z
    .enum(['keep_conference_alive', 'keep_conference_alive_if_multiple', 'keep_conference_alive_never'])
    .optional(),
  remote_display_name: z.string().optional(),
  text: z.string().optional(),
});

export function addDialRoute(router: Router, node: ConferencingNode): void {
  addScoped(router, node, 'POST', 'dial', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, dialBody, 'dial request');
    if (!body.ok) return body.reply;
    const participant = dialOut(room, body.value, (uuid) => void node.leave(uuid, { disconnectReason: 'Call rejected' }));
    node.log(`${room.alias}: dialling ${body.value.destination} (${participant.uuid})`);
    return success([participant.uuid]);
  }, { hostOnly: true });
}
