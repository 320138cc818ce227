// Conference-wide requests: participants, conference_status, chat, lock/unlock, disconnect all.
import type { ConferencingNode } from '../conferencingNode';
import { conferenceStatusOf } from '../conference/conferenceStatus';
import { readJsonBody } from '../http/requestBody';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { authenticate } from './authenticate';
import { chatBody, messageReceived } from './chatMessage';

export function addConferenceRoutes(router: Router, node: ConferencingNode): void {
  const base = '/api/client/v2/conferences/:alias';
  router.add('GET', `${base}/participants`, (ctx) => participants(node, ctx));
  router.add('GET', `${base}/conference_status`, (ctx) => conferenceStatus(node, ctx));
  router.add('POST', `${base}/message`, (ctx) => message(node, ctx));
  router.add('POST', `${base}/lock`, (ctx) => setLocked(node, ctx, true));
  router.add('POST', `${base}/unlock`, (ctx) => setLocked(node, ctx, false));
  router.add('POST', `${base}/disconnect`, (ctx) => disconnectAll(node, ctx));
}

function participants(node: ConferencingNode, ctx: RouteContext): JsonReply {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  const { room } = auth.auth;
  return success([...room.participants.values()].map((p) => room.wire(p)));
}

function conferenceStatus(node: ConferencingNode, ctx: RouteContext): JsonReply {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  return success(conferenceStatusOf(auth.auth.room));
}

async function message(node: ConferencingNode, ctx: RouteContext): Promise<JsonReply> {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  const { room, participant } = auth.auth;
  const body = await readJsonBody(ctx.req);
  const parsed = body.ok ? chatBody.safeParse(body.value) : undefined;
  if (!parsed?.success) return failed(400, 'Invalid message');
  if (!room.chatEnabled) return failed(403, 'Chat is disabled');
  room.broadcast('message_received', messageReceived(participant, parsed.data, false), participant.uuid);
  return success(true);
}

function setLocked(node: ConferencingNode, ctx: RouteContext, locked: boolean): JsonReply {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  const { room, participant } = auth.auth;
  if (participant.role !== 'HOST') return failed(403, 'Permission denied');
  room.locked = locked;
  if (!locked) for (const waiting of room.participants.values()) room.admit(waiting);
  room.broadcast('conference_update', conferenceStatusOf(room));
  return success(true);
}

async function disconnectAll(node: ConferencingNode, ctx: RouteContext): Promise<JsonReply> {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  const { room, participant } = auth.auth;
  if (participant.role !== 'HOST') return failed(403, 'Permission denied');
  const everyone = [...room.participants.keys()];
  await Promise.all(
    everyone.map((uuid) => node.leave(uuid, { disconnectReason: 'Conference terminated by another participant' })),
  );
  return success(true);
}
