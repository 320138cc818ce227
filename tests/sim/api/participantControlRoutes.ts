// Further requests on one participant: video mute, presentation receive policy, spotlight, DTMF,
// FECC, overlay text, presentation in mix, role, raised hands, transfer, live captions, aspect ratio,
// layout group, audio mixes, statistics.
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import { isValidMixName } from '../conference/audioMixes';
import { emptyObjectData, presentationStartData } from '../conference/eventShapes';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import type { LiveCaptionsSetting } from '../conference/roomConfig';
import { transferParticipant } from '../conference/transfer';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { parseBody } from './jsonBody';
import { addParticipantAction, type Permission, type Target } from './participantTarget';

const digitsBody = z.object({ digits: z.string().regex(/^[0-9*#A-Da-d,]+$/) });
const feccBody = z.object({
  action: z.enum(['start', 'stop', 'continue']),
  target: z.string().optional(),
  movement: z.array(
    z.object({ axis: z.enum(['pan', 'tilt', 'zoom']), direction: z.enum(['left', 'right', 'up', 'down', 'in', 'out']) }),
  ),
  timeout: z.number().optional(),
});
const textBody = z.object({ text: z.string() });
const stateBody = z.object({ state: z.boolean() });
const roleBody = z.object({ role: z.enum(['chair', 'guest']) });
const transferBody = z.object({ role: z.enum(['host', 'guest']), conference_alias: z.string().min(1), pin: z.string().optional() });
const aspectBody = z.object({ aspect_ratio: z.number().min(0).max(2).optional() });
const layoutGroupBody = z.object({ layout_group: z.string() });
const sendMixesBody = z.object({ mixes: z.array(z.object({ mix_name: z.string(), prominent: z.boolean().optional() })) });
const receiveMixBody = z.object({ mix_name: z.string().nullable() });

const CAPTION_FAILURES: Record<Exclude<LiveCaptionsSetting, 'enabled'>, string> = {
  not_available: 'Live captions not available',
  not_configured: 'Not configured',
  dial_out_not_allowed: 'Dial out not allowed',
  dial_out_failed: 'Dial out failed',
};

type Handler = (target: Target, ctx: RouteContext) => Promise<JsonReply> | JsonReply;

export function addParticipantControlRoutes(router: Router, node: ConferencingNode): void {
  const on = (action: string, who: Permission, handler: Handler) => addParticipantAction(router, node, action, who, handler);
  const update = (room: Room, target: Participant, change: () => void, result: unknown = true): JsonReply => {
    change();
    room.announceUpdate(target);
    return success(result);
  };

  on('video_muted', 'self_or_host', ({ room, target }) => update(room, target, () => (target.isVideoMuted = true)));
  on('video_unmuted', 'self_or_host', ({ room, target }) => update(room, target, () => (target.isVideoMuted = false)));
  on('allowrxpresentation', 'self_or_host', ({ room, target }) => setRxPresentation(room, target, 'ALLOW'));
  on('denyrxpresentation', 'self_or_host', ({ room, target }) => setRxPresentation(room, target, 'DENY'));
  on('spotlighton', 'host', ({ room, target }) => setSpotlight(room, target, node.nextSpotlight()));
  on('spotlightoff', 'host', ({ room, target }) => setSpotlight(room, target, 0));
  on('dtmf', 'self_or_host', async ({ target }, ctx) => {
    const body = await parseBody(ctx.req, digitsBody, 'digits');
    if (!body.ok) return body.reply;
    target.dtmfReceived.push(body.value.digits);
    return success(true);
  });
  on('fecc', 'anyone', async ({ target }, ctx) => {
    const body = await parseBody(ctx.req, feccBody, 'fecc request');
    if (!body.ok) return body.reply;
    if (!target.feccSupported) return failed(403, 'FECC not supported by this participant');
    target.feccReceived.push(body.value);
    return success(true);
  });
  on('overlaytext', 'self_or_host', async ({ room, target }, ctx) => {
    const body = await parseBody(ctx.req, textBody, 'overlay text');
    if (!body.ok) return body.reply;
    return update(room, target, () => (target.overlayText = body.value.text));
  });
  on('pres_in_mix', 'self', async ({ room, target }, ctx) => {
    const body = await parseBody(ctx.req, stateBody, 'state');
    if (!body.ok) return body.reply;
    return update(room, target, () => (target.needsPresentationInMix = body.value.state));
  });
  on('role', 'host', async ({ room, target }, ctx) => {
    const body = await parseBody(ctx.req, roleBody, 'role');
    if (!body.ok) return body.reply;
    return update(room, target, () => (target.role = body.value.role === 'chair' ? 'HOST' : 'GUEST'));
  });
  on('buzz', 'self_or_host', ({ room, target }) => update(room, target, () => (target.buzzTime = Math.floor(Date.now() / 1000))));
  on('clearbuzz', 'self_or_host', ({ room, target }) => update(room, target, () => (target.buzzTime = 0)));
  on('transfer', 'host', async ({ target }, ctx) => {
    const body = await parseBody(ctx.req, transferBody, 'transfer');
    if (!body.ok) return body.reply;
    transferParticipant(node, target, body.value);
    // Placed either way: a transfer that then fails disconnects the participant (see transfer.ts).
    return success(true);
  });
  on('show_live_captions', 'self_or_host', ({ room, target }) => setCaptions(room, target, true));
  on('hide_live_captions', 'self_or_host', ({ room, target }) => setCaptions(room, target, false));
  on('preferred_aspect_ratio', 'self', async ({ target }, ctx) => {
    const body = await parseBody(ctx.req, aspectBody, 'aspect ratio');
    if (!body.ok) return body.reply;
    target.preferredAspectRatio = body.value.aspect_ratio;
    return success(true);
  });
  on('layout_group', 'host', async ({ room, target }, ctx) => {
    const body = await parseBody(ctx.req, layoutGroupBody, 'layout group');
    if (!body.ok) return body.reply;
    return update(room, target, () => (target.layoutGroup = body.value.layout_group));
  });
  on('send_to_audio_mixes', 'self_or_host', async ({ room, target }, ctx) => {
    const body = await parseBody(ctx.req, sendMixesBody, 'mixes');
    if (!body.ok) return body.reply;
    const mixes = body.value.mixes.map((m) => ({ mix_name: m.mix_name, prominent: m.prominent ?? false }));
    if (mixes.some((m) => !isValidMixName(m.mix_name))) return failed(400, 'Invalid mix name');
    // An empty list resets the participant to sending to main only.
    return update(room, target, () => (target.sendToAudioMixes = mixes.length > 0 ? mixes : [{ mix_name: 'main', prominent: false }]));
  });
  on('receive_from_audio_mix', 'self_or_host', async ({ room, target }, ctx) => {
    const body = await parseBody(ctx.req, receiveMixBody, 'mix');
    if (!body.ok) return body.reply;
    const name = body.value.mix_name;
    const none = name === null || name === 'None';
    if (!none && !isValidMixName(name)) return failed(400, 'Invalid mix name');
    return update(room, target, () => (target.receiveFromAudioMix = none ? null : name));
  });
  on('statistics', 'self', async ({ target }, ctx) => {
    const body = await parseBody(ctx.req, z.record(z.string(), z.unknown()), 'statistics');
    if (!body.ok) return body.reply;
    target.statistics = body.value;
    return success(null);
  });
  on('notify_not_afk', 'self', () => success(true));
}

function setRxPresentation(room: Room, target: Participant, policy: 'ALLOW' | 'DENY'): JsonReply {
  if (target.rxPresentation === policy) return success(true);
  target.rxPresentation = policy;
  room.announceUpdate(target);
  room.presentationPolicyChanged();
  const presenter = room.presenter;
  if (presenter && presenter !== target) {
    if (policy === 'DENY') room.sendTo(target.uuid, 'presentation_stop', emptyObjectData(room));
    else room.sendTo(target.uuid, 'presentation_start', presentationStartData(presenter));
  }
  return success(true);
}

function setSpotlight(room: Room, target: Participant, spotlight: number): JsonReply {
  if ((target.spotlight > 0) === (spotlight > 0)) return success(true);
  target.spotlight = spotlight;
  room.announceUpdate(target);
  room.publishStage();
  room.publishLayout();
  return success(true);
}

function setCaptions(room: Room, target: Participant, show: boolean): JsonReply {
  const setting = room.config.liveCaptions ?? 'enabled';
  if (show && setting !== 'enabled') return failed(403, CAPTION_FAILURES[setting]);
  if (target.showLiveCaptions !== show) {
    target.showLiveCaptions = show;
    room.announceUpdate(target);
    room.refreshFeeds();
  }
  return success(null);
}
