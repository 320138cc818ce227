// Every request after request_token carries the token in a `token` header (or, for the event
// stream, a `?token=` query). An unknown, released or expired token is refused the same way.
import type { IncomingMessage } from 'node:http';
import type { Authenticated, ConferencingNode } from '../conferencingNode';
import { failed, type JsonReply } from '../http/respond';
import type { RouteContext } from '../http/router';

export type AuthResult = { ok: true; auth: Authenticated } | { ok: false; reply: JsonReply };

export function invalidToken(): JsonReply {
  return failed(403, 'Invalid token');
}

export function tokenHeader(req: IncomingMessage): string | undefined {
  const value = req.headers['token'];
  return Array.isArray(value) ? value[0] : value;
}

export function authenticate(node: ConferencingNode, ctx: RouteContext, allowQueryToken = false): AuthResult {
  const token = tokenHeader(ctx.req) ?? (allowQueryToken ? (ctx.url.searchParams.get('token') ?? undefined) : undefined);
  const auth = node.authenticate(ctx.params['alias'] ?? '', token);
  return auth ? { ok: true, auth } : { ok: false, reply: invalidToken() };
}

/** Hosts may act on anyone; guests only on themselves. */
export function mayActOn(auth: Authenticated, targetUuid: string): boolean {
  return auth.participant.role === 'HOST' || auth.participant.uuid === targetUuid;
}
