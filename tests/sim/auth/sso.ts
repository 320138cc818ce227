// SSO-protected rooms: request_token with chosen_idp answers a redirect_url to the simulator's own
// sign-in page (standing in for the identity provider); signing in there yields an sso_token that
// a further request_token redeems.
import { randomBytes } from 'node:crypto';

export interface SsoSignInRequest {
  roomAlias: string;
  idpUuid: string;
  /** Redirect flow: the client's URL whose __pexip-sso-token__ placeholder the token replaces. */
  redirectTarget?: string;
}

export interface SsoIdentity {
  roomAlias: string;
  idpUuid: string;
  /** The name the user signed in with. */
  user: string;
}

const SSO_LIFETIME_MS = 10 * 60_000;

export class SsoBroker {
  private readonly pending = new Map<string, { request: SsoSignInRequest; expiresAt: number }>();
  private readonly tokens = new Map<string, { identity: SsoIdentity; expiresAt: number }>();

  /** Starts a sign-in; the state names it in the sign-in page's URL. */
  begin(request: SsoSignInRequest): string {
    const state = randomBytes(16).toString('base64url');
    this.pending.set(state, { request, expiresAt: Date.now() + SSO_LIFETIME_MS });
    return state;
  }

  pendingRequest(state: string): SsoSignInRequest | undefined {
    const entry = this.pending.get(state);
    return entry && Date.now() < entry.expiresAt ? entry.request : undefined;
  }

  /** The identity provider refused: the sign-in is over without a token. */
  abandon(state: string): void {
    this.pending.delete(state);
  }

  /** Completes a sign-in: the sso_token for request_token. */
  complete(state: string, user: string): { token: string; request: SsoSignInRequest } | undefined {
    const request = this.pendingRequest(state);
    this.pending.delete(state);
    if (!request) return undefined;
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, {
      identity: { roomAlias: request.roomAlias, idpUuid: request.idpUuid, user },
      expiresAt: Date.now() + SSO_LIFETIME_MS,
    });
    return { token, request };
  }

  /** The identity behind an sso_token (usable once) for this room. */
  redeem(token: string, roomAlias: string): SsoIdentity | undefined {
    const entry = this.tokens.get(token);
    this.tokens.delete(token);
    if (!entry || Date.now() >= entry.expiresAt) return undefined;
    if (entry.identity.roomAlias.toLowerCase() !== roomAlias.toLowerCase()) return undefined;
    return entry.identity;
  }
}
