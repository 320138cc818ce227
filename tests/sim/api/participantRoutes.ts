// Requests on one participant: disconnect, mutes, direct chat, admission, floor, and starting a call.
import { z } from 'zod';
import type { Authenticated, ConferencingNode } from '../conferencingNode';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import { readJsonBody } from '../http/requestBody';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { authenticate, mayActOn } from './authenticate';
import { chatBody, messageReceived } from './chatMessage';

const callsBody = z.object({
  call_type: z.literal('WEBRTC'),
  sdp: z.string().min(1),
  media_type: z.enum(['video', 'video-only', 'audio']).optional(),
});

interface Target {
  auth: Authenticated;
  room: Room;
  target: Participant;
}

type TargetResult = { ok: true; value: Target } | { ok: false; reply: JsonReply };

/** Who may ask: the participant themselves, a host, either, or anyone in the room. */
type Permission = 'self' | 'host' | 'self_or_host' | 'anyone';

type TargetHandler = (target: Target, ctx: RouteContext) => Promise<JsonReply> | JsonReply;

export function addParticipantRoutes(router: Router, node: ConferencingNode): void {
  const base = '/api/client/v2/conferences/:alias/participants/:uuid';
  const on = (action: string, handler: TargetHandler, who: Permission) => {
    router.add('POST', `${base}/${action}`, async (ctx) => {
      const found = resolveTarget(node, ctx, who);
      return found.ok ? handler(found.value, ctx) : found.reply;
    });
  };

  on('disconnect', ({ auth, target }) => disconnect(node, auth, target), 'self_or_host');
  on('client_mute', ({ room, target }) => setClientMuted(room, target, true), 'self_or_host');
  on('client_unmute', ({ room, target }) => setClientMuted(room, target, false), 'self_or_host');
  on('mute', ({ room, target }) => setMuted(room, target, true), 'self_or_host');
  on('unmute', ({ room, target }) => setMuted(room, target, false), 'self_or_host');
  on('message', (target, ctx) => directMessage(target, ctx), 'anyone');
  on('unlock', ({ room, target }) => admit(room, target), 'host');
  on('take_floor', ({ room, target }) => takeFloor(room, target), 'self');
  on('release_floor', ({ room, target }) => releaseFloor(room, target), 'self');
  on('calls', (target, ctx) => startCall(node, target, ctx), 'self');
}

function resolveTarget(node: ConferencingNode, ctx: RouteContext, who: Permission): TargetResult {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth;
  const targetUuid = ctx.params['uuid'] ?? '';
  const { room } = auth.auth;
  const target = room.participants.get(targetUuid);
  if (!target) return { ok: false, reply: failed(404, 'Participant not found') };
  const allowed = isAllowed(who, auth.auth, targetUuid);
  if (!allowed) return { ok: false, reply: failed(403, 'Permission denied') };
  return { ok: true, value: { auth: auth.auth, room, target } };
}

function isAllowed(who: Permission, auth: Authenticated, targetUuid: string): boolean {
  switch (who) {
    case 'anyone':
      return true;
    case 'self':
      return auth.participant.uuid === targetUuid;
    case 'host':
      return auth.participant.role === 'HOST';
    case 'self_or_host':
      return mayActOn(auth, targetUuid);
  }
}

async function disconnect(node: ConferencingNode, auth: Authenticated, target: Participant): Promise<JsonReply> {
  const bySelf = auth.participant.uuid === target.uuid;
  await node.leave(target.uuid, {
    disconnectReason: bySelf ? 'API initiated participant disconnect' : 'Disconnected by another participant',
  });
  return success(true);
}

function setClientMuted(room: Room, target: Participant, muted: boolean): JsonReply {
  target.isClientMuted = muted;
  room.announceUpdate(target);
  return success(true);
}

function setMuted(room: Room, target: Participant, muted: boolean): JsonReply {
  target.isMuted = muted;
  room.announceUpdate(target);
  return success(true);
}

async function directMessage({ auth, room, target }: Target, ctx: RouteContext): Promise<JsonReply> {
  const body = await readJsonBody(ctx.req);
  const parsed = body.ok ? chatBody.safeParse(body.value) : undefined;
  if (!parsed?.success) return failed(400, 'Invalid message');
  if (!room.chatEnabled) return failed(403, 'Chat is disabled');
  room.sendTo(target.uuid, 'message_received', messageReceived(auth.participant, parsed.data, true));
  return success(true);
}

function admit(room: Room, target: Participant): JsonReply {
  room.admit(target);
  return success(true);
}

function takeFloor(room: Room, presenter: Participant): JsonReply {
  const previous = room.presenter;
  if (previous === presenter) return success(null);
  if (previous) {
    previous.isPresenting = false;
    room.announceUpdate(previous);
  }
  presenter.isPresenting = true;
  room.announceUpdate(presenter);
  // Infinity never tells the floor holder about its own presentation.
  room.broadcast(
    'presentation_start',
    { presenter_name: presenter.displayName, presenter_uri: '', source: 'video' },
    presenter.uuid,
  );
  return success(null);
}

function releaseFloor(room: Room, presenter: Participant): JsonReply {
  if (!presenter.isPresenting) return success(null);
  presenter.isPresenting = false;
  room.announceUpdate(presenter);
  room.broadcast('presentation_stop', null, presenter.uuid);
  return success(null);
}

async function startCall(node: ConferencingNode, { room, target }: Target, ctx: RouteContext): Promise<JsonReply> {
  const body = await readJsonBody(ctx.req);
  const parsed = body.ok ? callsBody.safeParse(body.value) : undefined;
  if (!parsed?.success) return failed(400, 'Invalid call request');
  try {
    const media = await room.mediaRoom();
    const call = await media.addCall(target.uuid, parsed.data.sdp, {
      loopback: room.config.serviceType === 'test_call',
    });
    target.calls.set(call.callUuid, call);
    room.announceUpdate(target);
    return success({ call_uuid: call.callUuid, sdp: call.answerSdp });
  } catch (error) {
    node.log(`${room.alias}: call setup failed: ${String(error)}`);
    return failed(500, 'Call setup failed');
  }
}
