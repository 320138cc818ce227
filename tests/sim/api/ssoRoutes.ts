// SSO: the request_token challenge (idp list → chosen_idp → redirect_url), and the sign-in pages the
// redirect leads to, standing in for the identity provider (which can sign in, refuse, or sign in
// with an assertion the node will not accept). Signing in yields a single-use sso_token: posted as
// {result, token} to the opener window (popup flow), put in place of __pexip-sso-token__ in
// sso_redirect_target (redirect flow, as Infinity does), or returned as JSON to a client that asks
// with Accept: application/json. Redeeming it answers a rejected assertion and an expired or spent
// token with different texts.
import type { ConferencingNode } from '../conferencingNode';
import type { Room } from '../conference/room';
import { failed, success, writeBody, type JsonReply } from '../http/respond';
import type { RouteContext, Router } from '../http/router';
import type { RequestTokenBody } from './requestTokenBody';
import { NODE_VERSION } from './tokenResponse';
import { avatarJpeg } from '../images/jpegImages';

const idpLogoJpeg = (() => {
  let logo: Buffer | undefined;
  return () => (logo ??= avatarJpeg('Parley Test IdP'));
})();

const SSO_TOKEN_PLACEHOLDER = '__pexip-sso-token__';
/** request_token's answer to an sso_token whose assertion did not verify (or that was never issued). */
export const ssoAssertionRejectedText = 'SSO Authentication Failed';
/** request_token's answer to an sso_token issued but too old, or already used. */
export const ssoTokenExpiredText = 'SSO token expired or already used';

export type SsoOutcome = { kind: 'reply'; reply: JsonReply } | { kind: 'signed_in'; user: string };

export function ssoChallenge(node: ConferencingNode, room: Room, request: RequestTokenBody, ctx: RouteContext): SsoOutcome {
  const providers = room.config.ssoIdentityProviders ?? [];
  if (request.sso_token !== undefined) {
    const redeemed = node.sso.redeem(request.sso_token, room.alias);
    if (redeemed.kind === 'signed_in') return { kind: 'signed_in', user: redeemed.identity.user };
    return { kind: 'reply', reply: failed(403, redeemed.kind === 'expired' ? ssoTokenExpiredText : ssoAssertionRejectedText) };
  }
  if (request.chosen_idp !== undefined) {
    const idp = providers.find((p) => p.uuid === request.chosen_idp);
    if (!idp) return { kind: 'reply', reply: failed(403, 'SSO Authentication Failed') };
    const state = node.sso.begin({
      roomAlias: room.alias,
      idpUuid: idp.uuid,
      ...(request.sso_redirect_target ? { redirectTarget: request.sso_redirect_target } : {}),
    });
    const redirectUrl = `${origin(ctx)}/idp/signin?state=${encodeURIComponent(state)}`;
    return {
      kind: 'reply',
      reply: success({ redirect_url: redirectUrl, redirect_idp: { name: idp.name, uuid: idp.uuid }, version: NODE_VERSION }, 403),
    };
  }
  return {
    kind: 'reply',
    // An img path (the default rooms' logo) is served from this node: absolute, as Infinity sends it.
    reply: success({ idp: providers.map((idp) => ({ ...idp, img: idp.img?.startsWith('/') ? `${origin(ctx)}${idp.img}` : (idp.img ?? '') })), version: NODE_VERSION }, 403),
  };
}

export function addSsoRoutes(router: Router, node: ConferencingNode): void {
  // The identity provider's picture (the default SSO room names it as its img).
  router.add('GET', '/idp/logo.jpg', (ctx) => {
    writeBody(ctx.res, 200, 'image/jpeg', idpLogoJpeg());
    return null;
  });
  router.add('GET', '/idp/signin', (ctx) => {
    const state = ctx.url.searchParams.get('state') ?? '';
    const request = node.sso.pendingRequest(state);
    if (!request) return failed(404, 'Unknown or expired sign-in');
    writeBody(ctx.res, 200, 'text/html; charset=utf-8', signInPage(state, request.roomAlias));
    return null;
  });
  router.add('GET', '/idp/complete', (ctx) => {
    const state = ctx.url.searchParams.get('state') ?? '';
    const user = (ctx.url.searchParams.get('user') ?? '').trim();
    if (ctx.url.searchParams.get('refuse') !== null) {
      // The identity provider refused: no token; the opener (popup flow) is told so.
      const request = node.sso.pendingRequest(state);
      if (!request) return failed(404, 'Unknown or expired sign-in');
      node.sso.abandon(state);
      writeBody(ctx.res, 403, 'text/html; charset=utf-8', refusedPage());
      return null;
    }
    if (user === '') return failed(400, 'A user name is required');
    // The identity provider signed the person in, but with an assertion the node cannot verify.
    const assertionValid = ctx.url.searchParams.get('bad_assertion') === null;
    const completed = node.sso.complete(state, user, assertionValid);
    if (!completed) return failed(404, 'Unknown or expired sign-in');
    const { token, request } = completed;
    if ((ctx.req.headers.accept ?? '').includes('application/json')) return success({ sso_token: token });
    if (request.redirectTarget) {
      // Infinity replaces the placeholder wherever the client put it (path or query).
      const target = request.redirectTarget.replace(SSO_TOKEN_PLACEHOLDER, encodeURIComponent(token));
      ctx.res.writeHead(302, { Location: target, 'Cache-Control': 'no-store' });
      ctx.res.end();
      return null;
    }
    writeBody(ctx.res, 200, 'text/html; charset=utf-8', signedInPage(token));
    return null;
  });
}

function origin(ctx: RouteContext): string {
  return `http://${ctx.req.headers.host ?? '127.0.0.1'}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function signInPage(state: string, roomAlias: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parley Test IdP — sign in</title></head>
<body><main><h1>Sign in to ${escapeHtml(roomAlias)}</h1>
<form method="get" action="/idp/complete">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<label>User name <input name="user" autocomplete="username"></label>
<button type="submit">Sign in</button>
<button type="submit" name="refuse" value="1">Refuse sign-in</button>
<button type="submit" name="bad_assertion" value="1">Sign in with an assertion the node rejects</button></form></main></body></html>`;
}

function refusedPage(): string {
  const json = JSON.stringify({ result: 'failed' });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in refused</title></head>
<body><main><h1>Sign-in refused</h1><p>The identity provider did not sign you in.</p></main>
<script>if (window.opener) window.opener.postMessage(${json}, '*');</script></body></html>`;
}

function signedInPage(token: string): string {
  const json = JSON.stringify({ result: 'success', token }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed in</title></head>
<body><main><h1>Signed in</h1><p>SSO token: <output id="sso-token">${escapeHtml(token)}</output></p></main>
<script>if (window.opener) window.opener.postMessage(${json}, '*');</script></body></html>`;
}
