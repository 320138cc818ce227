// Token issuing and checking. Each participant has one session; refresh issues a new token and
// shortens the old one to a brief grace period (requests already in flight still succeed). When the
// newest token lapses without a refresh, the session lapses and `onLapse` removes the participant.
import { randomBytes } from 'node:crypto';

/** How long a token stays usable after it has been replaced by refresh_token. */
export const REFRESH_GRACE_MS = 10_000;

export interface TokenSession {
  participantUuid: string;
  /** Alias of the room the participant is in. */
  roomAlias: string;
  /** Alias the participant joined through (a Virtual Reception), accepted in URLs too. */
  joinedVia: string;
  /**
   * How its tokens are spelled. Infinity's are URL-safe base64 (`-`, `_`, `=` padding), which
   * clients such as Pexip's own SDK put into `?token=` unencoded; `standard` ('+', '/') is for
   * tests that prove a client percent-encodes the query. Default `urlSafe`.
   */
  tokenAlphabet?: TokenAlphabet;
}

export type TokenAlphabet = 'urlSafe' | 'standard';

/** 49 random bytes: 68 base64 characters ending in `==` padding, like Infinity's tokens. */
const TOKEN_BYTES = 49;

/** A new random token in the given alphabet. */
export function mintTokenText(alphabet: TokenAlphabet = 'urlSafe'): string {
  const standard = randomBytes(TOKEN_BYTES).toString('base64');
  return alphabet === 'standard' ? standard : standard.replaceAll('+', '-').replaceAll('/', '_');
}

interface IssuedToken {
  session: TokenSession;
  expiresAt: number;
}

export interface TokenStoreOptions {
  lifetimeSeconds: number;
  onLapse: (session: TokenSession) => void;
}

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly lapseTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: TokenStoreOptions) {}

  get lifetimeSeconds(): number {
    return this.options.lifetimeSeconds;
  }

  issue(session: TokenSession): string {
    return this.mint(session);
  }

  /** The session of a valid (known, unexpired) token. */
  lookup(token: string | undefined): TokenSession | undefined {
    if (!token) return undefined;
    const issued = this.tokens.get(token);
    if (!issued) return undefined;
    if (Date.now() >= issued.expiresAt) {
      this.tokens.delete(token);
      return undefined;
    }
    return issued.session;
  }

  /** A new token for the same session; `undefined` if the old token is not valid. */
  refresh(token: string | undefined): string | undefined {
    const session = this.lookup(token);
    if (!session || !token) return undefined;
    const old = this.tokens.get(token);
    if (old) old.expiresAt = Math.min(old.expiresAt, Date.now() + REFRESH_GRACE_MS);
    return this.mint(session);
  }

  /** Invalidates every token of a participant (release, disconnect). */
  revoke(participantUuid: string): void {
    for (const [token, issued] of this.tokens) {
      if (issued.session.participantUuid === participantUuid) this.tokens.delete(token);
    }
    const timer = this.lapseTimers.get(participantUuid);
    if (timer) clearTimeout(timer);
    this.lapseTimers.delete(participantUuid);
  }

  clear(): void {
    for (const timer of this.lapseTimers.values()) clearTimeout(timer);
    this.lapseTimers.clear();
    this.tokens.clear();
  }

  private mint(session: TokenSession): string {
    const token = mintTokenText(session.tokenAlphabet);
    const lifetimeMs = this.options.lifetimeSeconds * 1000;
    this.tokens.set(token, { session, expiresAt: Date.now() + lifetimeMs });
    this.scheduleLapse(session, lifetimeMs);
    return token;
  }

  private scheduleLapse(session: TokenSession, afterMs: number): void {
    const previous = this.lapseTimers.get(session.participantUuid);
    if (previous) clearTimeout(previous);
    const timer = setTimeout(() => {
      this.lapseTimers.delete(session.participantUuid);
      this.revoke(session.participantUuid);
      this.options.onLapse(session);
    }, afterMs);
    timer.unref();
    this.lapseTimers.set(session.participantUuid, timer);
  }
}
