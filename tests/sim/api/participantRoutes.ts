// Requests on one participant: disconnect, mutes, direct chat, admission, floor, and starting a call.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { chatBody, messageReceived } from './chatMessage';
import { parseBody } from './jsonBody';
import { addParticipantAction, type Target } from './participantTarget';
import { permissionDenied } from './scope';

const callsBody = z.object({
  call_type: z.enum(['WEBRTC', 'RTMP']),
  sdp: z.string().optional(),
  present: z.enum(['send', 'receive', 'main']).optional(),
  fecc_supported: z.boolean().optional(),
  media_type: z.enum(['video', 'video-only', 'audio']).optional(),
  streaming: z.boolean().optional(),
  bandwidth: z.number().optional(),
});

export function addParticipantRoutes(router: Router, node: ConferencingNode): void {
  const on = (action: string, who: Parameters<typeof addParticipantAction>[3], handler: (t: Target, ctx: RouteContext) => Promise<JsonReply> | JsonReply) =>
    addParticipantAction(router, node, action, who, handler);

  on('disconnect', 'self_or_host', async ({ actor, target }) => {
    const bySelf = actor.uuid === target.uuid;
    await node.leave(target.uuid, {
      disconnectReason: bySelf ? 'API initiated participant disconnect' : 'Disconnected by another participant',
    });
    return success(true);
  });
  on('client_mute', 'self_or_host', ({ room, target }) => setClientMuted(room, target, true));
  on('client_unmute', 'self_or_host', ({ room, target }) => setClientMuted(room, target, false));
  on('mute', 'self_or_host', ({ room, actor, target }) => {
    target.isMuted = true;
    target.mutedByHost = actor.uuid !== target.uuid && actor.role === 'HOST';
    room.announceUpdate(target);
    return success(true);
  });
  on('unmute', 'self_or_host', ({ room, actor, target }) => {
    const guestSelf = actor.role !== 'HOST';
    if (guestSelf && target.mutedByHost && !room.state.guestsCanUnmute) return permissionDenied();
    target.isMuted = false;
    target.mutedByHost = false;
    room.announceUpdate(target);
    return success(true);
  });
  on('message', 'anyone', async ({ room, actor, target }, ctx) => {
    const body = await parseBody(ctx.req, chatBody, 'message');
    if (!body.ok) return body.reply;
    if (!room.chatEnabled) return failed(403, 'Chat is disabled');
    room.sendTo(target.uuid, 'message_received', messageReceived(actor, body.value, true));
    return success(true);
  });
  on('unlock', 'host', ({ room, target }) => {
    room.admit(target);
    return success(true);
  });
  on('take_floor', 'self', ({ room, target }) => takeFloor(room, target));
  on('release_floor', 'self', ({ room, target }) => releaseFloor(room, target));
  on('calls', 'self', (target, ctx) => startCall(node, target, ctx));
}

function setClientMuted(room: Room, target: Participant, muted: boolean): JsonReply {
  target.isClientMuted = muted;
  room.announceUpdate(target);
  return success(true);
}

export function takeFloor(room: Room, presenter: Participant): JsonReply {
  if (presenter.role === 'GUEST' && !room.state.guestsCanPresent) return failed(403, 'Guests cannot present');
  const previous = room.presenter;
  if (previous === presenter) return success(null);
  if (previous) {
    previous.isPresenting = false;
    room.announceUpdate(previous);
  }
  presenter.isPresenting = true;
  room.announceUpdate(presenter);
  // Infinity never tells the floor holder about its own presentation, nor those denied it.
  room.announcePresentationStart(presenter);
  room.refreshFeeds();
  return success(null);
}

function releaseFloor(room: Room, presenter: Participant): JsonReply {
  if (!presenter.isPresenting) return success(null);
  presenter.isPresenting = false;
  room.announceUpdate(presenter);
  room.announcePresentationStop(presenter.uuid);
  room.refreshFeeds();
  return success(null);
}

async function startCall(node: ConferencingNode, { room, target }: Target, ctx: RouteContext): Promise<JsonReply> {
  const body = await parseBody(ctx.req, callsBody, 'call request');
  if (!body.ok) return body.reply;
  const request = body.value;
  target.feccSupported = request.fecc_supported ?? target.feccSupported;
  target.audioOnly = request.media_type === 'audio';
  if (request.call_type === 'RTMP') {
    // No RTMP server behind these URLs: the simulator carries WebRTC media only.
    const callUuid = randomUUID();
    return success({
      call_uuid: callUuid,
      url: `rtmp://127.0.0.1/parley-sim/${callUuid}`,
      secure_url: `rtmps://127.0.0.1/parley-sim/${callUuid}`,
    });
  }
  const sdp = request.sdp;
  if (!sdp) return failed(400, 'Invalid call request');
  if (target.directMedia && room.config.directMedia) {
    try {
      const answer = await node.directMedia.offer(room, target, sdp);
      room.publishLayout();
      return success(answer);
    } catch {
      return failed(504, 'Timed out waiting for the far end');
    }
  }
  try {
    const media = await room.mediaRoom();
    const call = await media.addCall(target.uuid, sdp, {
      loopback: room.config.serviceType === 'test_call',
      ...(room.breakout ? { loopbackWhenAlone: true } : {}),
    });
    target.calls.set(call.callUuid, call);
    room.announceUpdate(target);
    // A host joining with media starts a room that waits for its host.
    if (target.role === 'HOST') room.start();
    // `stage` follows voice activity (and spotlights); the layout now has one more video.
    room.publishLayout();
    return success({ call_uuid: call.callUuid, sdp: call.answerSdp });
  } catch (error) {
    node.log(`${room.alias}: call setup failed: ${String(error)}`);
    return failed(500, 'Call setup failed');
  }
}
