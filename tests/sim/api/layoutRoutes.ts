// Layout requests: transform_layout, the layout catalogue and its SVGs, and personal video mixes.
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import { annotatedLayouts, availableLayouts, canonicalLayout, layoutSvg } from '../conference/layoutCatalog';
import { transformsSchema } from '../conference/layoutState';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import { failed, success, type JsonReply } from '../http/respond';
import type { Router } from '../http/router';
import { parseBody } from './jsonBody';
import { addScoped, permissionDenied, type Scope } from './scope';

const transformBody = z.object({ transforms: transformsSchema });
const createMixBody = z.object({ mix_name: z.string().min(1) });
const configureMixBody = z.object({ transform_layout: z.object({ layout: z.string().optional() }) });

export function addLayoutRoutes(router: Router, node: ConferencingNode): void {
  addScoped(router, node, 'POST', 'transform_layout', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, transformBody, 'transforms');
    if (!body.ok) return body.reply;
    const error = room.layout.apply(body.value.transforms);
    if (error) return failed(400, error);
    room.publishLayout();
    room.publishConferenceUpdate();
    return success(true);
  }, { hostOnly: true });
  addScoped(router, node, 'GET', 'available_layouts', (_scope, ctx) =>
    success(ctx.url.searchParams.get('annotate') === 'true' ? annotatedLayouts() : availableLayouts()),
  );
  addScoped(router, node, 'GET', 'layout_svgs', ({ room }) =>
    success(Object.fromEntries(room.layout.activeLayouts().map((name) => [name, layoutSvg(name)]))),
  );

  addScoped(router, node, 'POST', 'video_mixes/create', async (scope, ctx) => {
    const body = await parseBody(ctx.req, createMixBody, 'mix');
    if (!body.ok) return body.reply;
    const target = mixOwner(scope, body.value.mix_name);
    if (!target.ok) return target.reply;
    subscribe(scope.room, target.participant, body.value.mix_name, undefined);
    return success(true);
  });
  addScoped(router, node, 'POST', 'video_mixes/:mixName/configure', async (scope, ctx) => {
    const body = await parseBody(ctx.req, configureMixBody, 'mix configuration');
    if (!body.ok) return body.reply;
    const name = ctx.params['mixName'] ?? '';
    const layout = body.value.transform_layout.layout;
    if (layout !== undefined && !canonicalLayout(layout)) return failed(400, `Unknown layout ${layout}`);
    if (name === 'main') {
      if (scope.actor.role !== 'HOST') return permissionDenied();
      if (layout !== undefined) scope.room.layout.apply({ layout });
      scope.room.publishLayout();
      return success(true);
    }
    const subscribers = subscribersOf(scope, name);
    if (subscribers.length === 0) return failed(404, 'Video mix not found');
    for (const participant of subscribers) subscribe(scope.room, participant, name, layout ?? participant.receiveFromVideoMix.layout);
    return success(true);
  });
  addScoped(router, node, 'POST', 'video_mixes/:mixName/delete', (scope, ctx) => {
    const name = ctx.params['mixName'] ?? '';
    if (name === 'main') return failed(400, 'The main mix cannot be deleted');
    const subscribers = subscribersOf(scope, name);
    if (subscribers.length === 0) return failed(404, 'Video mix not found');
    for (const participant of subscribers) {
      participant.receiveFromVideoMix = { mix_name: 'main', timestamp: Math.floor(Date.now() / 1000) };
      scope.room.announceUpdate(participant);
    }
    scope.room.publishLayout();
    return success(true);
  });
}

/** Whose personal mix a name means: main.!personal = the caller, main.!<uuid> = that participant (hosts only). */
function mixOwner(scope: Scope, mixName: string): { ok: true; participant: Participant } | { ok: false; reply: JsonReply } {
  if (mixName === 'main.!personal' || mixName === 'main') return { ok: true, participant: scope.actor };
  const match = /^main\.!(.+)$/.exec(mixName);
  if (!match) return { ok: false, reply: failed(400, 'Invalid mix name') };
  const participant = scope.room.participants.get(match[1] ?? '');
  if (!participant) return { ok: false, reply: failed(404, 'Participant not found') };
  if (participant !== scope.actor && scope.actor.role !== 'HOST') return { ok: false, reply: permissionDenied() };
  return { ok: true, participant };
}

function subscribersOf(scope: Scope, mixName: string): Participant[] {
  const owner = mixName === 'main.!personal' ? `main.!${scope.actor.uuid}` : mixName;
  return [...scope.room.participants.values()].filter((p) => p.receiveFromVideoMix.mix_name === owner);
}

function subscribe(room: Room, participant: Participant, mixName: string, layout: string | undefined): void {
  const name = mixName === 'main' ? 'main' : `main.!${participant.uuid}`;
  participant.receiveFromVideoMix = {
    mix_name: name,
    timestamp: Math.floor(Date.now() / 1000),
    ...(layout === undefined ? {} : { layout: canonicalLayout(layout) ?? layout }),
  };
  room.announceUpdate(participant);
  room.publishLayout();
}
