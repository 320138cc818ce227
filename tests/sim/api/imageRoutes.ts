// Images: presentation.jpeg / presentation_high.jpeg (the still announced by a presentation_frame
// event; token and event id as header or query) and a participant's avatar.jpg.
import type { ConferencingNode } from '../conferencingNode';
import { avatarJpeg, presentationJpeg } from '../images/jpegImages';
import { failed, writeBody } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { authenticate } from './authenticate';
import { addParticipantAction } from './participantTarget';
import { API_BASE } from './scope';

export function addImageRoutes(router: Router, node: ConferencingNode): void {
  router.add('GET', `${API_BASE}/presentation.jpeg`, (ctx) => presentationImage(node, ctx, false));
  router.add('GET', `${API_BASE}/presentation_high.jpeg`, (ctx) => presentationImage(node, ctx, true));
  addParticipantAction(
    router,
    node,
    'avatar.jpg',
    'anyone',
    ({ target }, ctx) => {
      if (!target.hasAvatar) return failed(404, 'No image available');
      writeBody(ctx.res, 200, 'image/jpeg', avatarJpeg(target.uuid));
      return null;
    },
    'GET',
  );
}

function presentationImage(node: ConferencingNode, ctx: RouteContext, high: boolean) {
  const auth = authenticate(node, ctx, true);
  if (!auth.ok) return auth.reply;
  const header = ctx.req.headers['id'];
  const id = (Array.isArray(header) ? header[0] : header) ?? ctx.url.searchParams.get('id') ?? undefined;
  const frame = auth.auth.room.presentation.find(id);
  if (!frame) return failed(403, 'Invalid presentation frame id');
  writeBody(ctx.res, 200, 'image/jpeg', presentationJpeg(frame.number, high));
  return null;
}
