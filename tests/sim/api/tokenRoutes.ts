// request_token, refresh_token and release_token.
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import { decideJoin } from '../conference/joinPolicy';
import type { Room } from '../conference/room';
import { readJsonBody } from '../http/requestBody';
import { failed, success, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import { authenticate, invalidToken, tokenHeader } from './authenticate';
import { NODE_VERSION, tokenResult } from './tokenResponse';

const requestTokenBody = z.object({
  display_name: z.string().trim().min(1),
  call_tag: z.string().optional(),
  conference_extension: z.string().optional(),
});

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

  const alias = ctx.params['alias'] ?? '';
  let room = node.findRoom(alias);
  if (!room) return failed(404, 'Neither conference nor gateway found');

  if (room.config.serviceType === 'reception') {
    const extension = parsed.data.conference_extension?.trim();
    if (!extension) {
      return success({ conference_extension: 'required', conference_extension_type: 'standard' }, 403);
    }
    const target: Room | undefined = node.findRoom(extension);
    if (!target || target.config.serviceType === 'reception') return failed(404, 'Conference extension not found');
    room = target;
  }

  const identityProviders = room.config.ssoIdentityProviders;
  if (identityProviders && identityProviders.length > 0) {
    return success({ idp: identityProviders.map((idp) => ({ ...idp, img: '' })), version: NODE_VERSION }, 403);
  }

  const pinHeader = ctx.req.headers['pin'];
  const decision = decideJoin(room.config, Array.isArray(pinHeader) ? pinHeader[0] : pinHeader);
  if (decision.kind === 'pin_required') {
    return success({ pin: 'required', guest_pin: decision.guestPin, version: NODE_VERSION }, 403);
  }
  if (decision.kind === 'invalid_pin') return success('Invalid PIN', 403);

  const { participant, token } = node.join(room, {
    displayName: parsed.data.display_name,
    role: decision.role,
    callTag: parsed.data.call_tag ?? '',
    vendor: ctx.req.headers['user-agent'] ?? '',
    joinedVia: alias,
  });
  return success(tokenResult(room, participant, token, node.tokens.lifetimeSeconds));
}

function refreshToken(node: ConferencingNode, ctx: RouteContext): JsonReply {
  const injected = node.faults.takeRefreshFailure();
  if (injected !== undefined) {
    return failed(injected, injected === 403 ? 'Invalid token' : `${injected} ${STATUS_CODES[injected] ?? 'Error'}`);
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
