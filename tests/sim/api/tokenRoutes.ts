// request_token, refresh_token and release_token.
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import type { ConferencingNode, JoinRequest } from '../conferencingNode';
import { decideJoin } from '../conference/joinPolicy';
import type { Room } from '../conference/room';
import { readJsonBody } from '../http/requestBody';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { authenticate, invalidToken, tokenHeader } from './authenticate';
import { ssoChallenge } from './ssoRoutes';
import { NODE_VERSION, tokenResult } from './tokenResponse';
import { requestTokenBody } from './requestTokenBody';


const releaseTokenBody = z.object({ reason: z.string().optional() }).optional();

export function addTokenRoutes(router: Router, node: ConferencingNode): void {
  const base = '/api/client/v2/conferences/:alias';
  router.add('POST', `${base}/request_token`, (ctx) => requestToken(node, ctx));
  router.add('POST', `${base}/refresh_token`, (ctx) => refreshToken(node, ctx));
  router.add('POST', `${base}/release_token`, (ctx) => releaseToken(node, ctx));
}

async function requestToken(node: ConferencingNode, ctx: RouteContext): Promise<JsonReply> {
  const body = await readJsonBody(ctx.req);
  const parsed = body.ok ? requestTokenBody.safeParse(body.value) : undefined;
  if (!parsed?.success) return failed(400, 'Invalid request body');
  if (node.faults.maintenance) return failed(503, 'System in maintenance mode');
  const request = parsed.data;
  const alias = ctx.params['alias'] ?? '';
  const base: Omit<JoinRequest, 'role'> = {
    displayName: request.display_name,
    callTag: request.call_tag ?? '',
    vendor: ctx.req.headers['user-agent'] ?? '',
    joinedVia: alias,
    directMedia: request.direct_media ?? false,
  };

  if (request.token !== undefined) {
    const ticket = node.referTokens.redeem(request.token);
    const room = ticket ? node.findRoom(ticket.roomKey) : undefined;
    if (!ticket || !room) return failed(403, 'Invalid token');
    return joined(node, room, {
      ...base,
      role: ticket.role,
      displayName: ticket.displayName ?? base.displayName,
      ...(ticket.participantUuid ? { uuid: ticket.participantUuid } : {}),
      ...(ticket.previousRoom ? { previousRoom: ticket.previousRoom } : {}),
    });
  }

  let room = node.findRoom(alias);
  if (!room || room.breakout) return failed(404, 'Neither conference nor gateway found');

  if (room.config.serviceType === 'reception') {
    const extension = request.conference_extension?.trim();
    if (!extension) {
      return success({ conference_extension: 'required', conference_extension_type: 'standard' }, 403);
    }
    const target: Room | undefined = node.findRoom(extension);
    if (!target || target.breakout || target.config.serviceType === 'reception') {
      return failed(404, 'Conference extension not found');
    }
    room = target;
  }

  let idpAuthenticated = false;
  if (room.config.ssoIdentityProviders?.length) {
    const sso = ssoChallenge(node, room, request, ctx);
    if (sso.kind === 'reply') return sso.reply;
    idpAuthenticated = true;
    base.displayName = sso.user;
  }

  const pinHeader = ctx.req.headers['pin'];
  const decision = decideJoin(room.config, Array.isArray(pinHeader) ? pinHeader[0] : pinHeader);
  if (decision.kind === 'pin_required') {
    return success({ pin: 'required', guest_pin: decision.guestPin, version: NODE_VERSION }, 403);
  }
  if (decision.kind === 'invalid_pin') return success('Invalid PIN', 403);
  return joined(node, room, { ...base, role: decision.role, idpAuthenticated });
}

function joined(node: ConferencingNode, room: Room, request: JoinRequest): JsonReply {
  const { participant, token } = node.join(room, request);
  return success(tokenResult(room, participant, token, node.tokens.lifetimeSeconds));
}

/** A refresh the node never answers is cut after this long, so a client without a timeout cannot hold it forever. */
const unansweredRefreshMs = 60_000;

function refreshToken(node: ConferencingNode, ctx: RouteContext): JsonReply | null {
  const injected = node.faults.takeRefreshFailure();
  if (injected?.kind === 'status') {
    const { status } = injected;
    return failed(status, status === 403 ? 'Invalid token' : `${status} ${STATUS_CODES[status] ?? 'Error'}`);
  }
  if (injected?.kind === 'reset') {
    ctx.req.socket.destroy();
    return null;
  }
  if (injected?.kind === 'timeout') {
    ctx.req.resume();
    const cut = setTimeout(() => ctx.req.socket.destroy(), unansweredRefreshMs);
    ctx.res.once('close', () => clearTimeout(cut));
    return null;
  }
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  const token = node.tokens.refresh(tokenHeader(ctx.req));
  if (!token) return invalidToken();
  return success({ token, expires: String(node.tokens.lifetimeSeconds), role: auth.auth.participant.role });
}

async function releaseToken(node: ConferencingNode, ctx: RouteContext): Promise<JsonReply> {
  const auth = authenticate(node, ctx);
  if (!auth.ok) return auth.reply;
  const body = await readJsonBody(ctx.req);
  const reason = body.ok ? releaseTokenBody.safeParse(body.value).data?.reason : undefined;
  node.log(`${auth.auth.room.alias}: release_token (${reason ?? 'no reason'})`);
  await node.leave(auth.auth.participant.uuid);
  return success(true);
}
