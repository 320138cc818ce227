// SSO-protected rooms: request_token with chosen_idp answers a redirect_url to the simulator's own
// sign-in page (standing in for the identity provider); signing in there yields an sso_token that
// a further request_token redeems, once. The node verifies the identity provider's assertion when
// the token is redeemed, so a token can be refused for two different reasons: its assertion did not
// verify, or it expired (or was spent) before use. Each gets its own answer.
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

/** What request_token makes of an sso_token. */
export type SsoRedemption =
  | { kind: 'signed_in'; identity: SsoIdentity }
  /** Never issued, for another room, or its assertion did not verify. */
  | { kind: 'assertion_rejected' }
  /** Issued, but too old or already used. */
  | { kind: 'expired' };

export const defaultSsoLifetimeMs = 10 * 60_000;
/** Spent and expired tokens are remembered this long, so a late use is told "expired", not "unknown". */
const rememberSpentMs = 60 * 60_000;
const maxRemembered = 10_000;

interface IssuedToken {
  identity: SsoIdentity;
  expiresAt: number;
  assertionValid: boolean;
  spent: boolean;
}

export class SsoBroker {
  private readonly pending = new Map<string, { request: SsoSignInRequest; expiresAt: number }>();
  private readonly tokens = new Map<string, IssuedToken>();
  private lifetimeMs = defaultSsoLifetimeMs;

  /** How long an sso_token issued from now on stays usable (tests: 0 = expired at once); null restores the default. */
  setTokenLifetime(ms: number | null): void {
    this.lifetimeMs = ms ?? defaultSsoLifetimeMs;
  }

  /** Starts a sign-in; the state names it in the sign-in page's URL. */
  begin(request: SsoSignInRequest): string {
    const state = randomBytes(16).toString('base64url');
    this.pending.set(state, { request, expiresAt: Date.now() + defaultSsoLifetimeMs });
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

  /**
   * Completes a sign-in: the sso_token for request_token. `assertionValid: false` stands in for an
   * assertion the node cannot verify (wrong signing certificate, clock skew, wrong audience).
   */
  complete(state: string, user: string, assertionValid = true): { token: string; request: SsoSignInRequest } | undefined {
    const request = this.pendingRequest(state);
    this.pending.delete(state);
    if (!request) return undefined;
    this.forgetOld();
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, {
      identity: { roomAlias: request.roomAlias, idpUuid: request.idpUuid, user },
      expiresAt: Date.now() + this.lifetimeMs,
      assertionValid,
      spent: false,
    });
    return { token, request };
  }

  /** What an sso_token is worth in this room; a usable one is spent by this call. */
  redeem(token: string, roomAlias: string): SsoRedemption {
    const entry = this.tokens.get(token);
    if (!entry || entry.identity.roomAlias.toLowerCase() !== roomAlias.toLowerCase()) return { kind: 'assertion_rejected' };
    if (!entry.assertionValid) {
      this.tokens.delete(token);
      return { kind: 'assertion_rejected' };
    }
    if (entry.spent || Date.now() >= entry.expiresAt) return { kind: 'expired' };
    entry.spent = true;
    return { kind: 'signed_in', identity: entry.identity };
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [token, entry] of this.tokens) {
      if (now >= entry.expiresAt + rememberSpentMs || this.tokens.size > maxRemembered) this.tokens.delete(token);
    }
  }
}
