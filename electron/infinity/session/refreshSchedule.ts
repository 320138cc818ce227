// Timing rules for keeping a session alive: when to refresh the token and how long to wait
// between retries (exponential backoff with jitter, so many clients do not retry in step).

/**
 * The token lifetimes the core acts on. `expires` comes from the node: a tiny value would make a
 * refresh storm and one past setTimeout's range (about 24.8 days) fires at once, so both ends are
 * clamped before anything is scheduled.
 */
export const tokenLifetimeBounds = { minSeconds: 3, maxSeconds: 24 * 3600 } as const;

export function clampExpiresSeconds(expiresSeconds: number): number {
  if (!Number.isFinite(expiresSeconds)) return tokenLifetimeBounds.minSeconds;
  return Math.min(tokenLifetimeBounds.maxSeconds, Math.max(tokenLifetimeBounds.minSeconds, expiresSeconds));
}

/** setTimeout runs a delay outside 0..2^31-1 ms at once; every delay the core sets goes through here. */
export const maxTimerDelayMs = 2 ** 31 - 1;

export function clampTimerDelayMs(delayMs: number): number {
  if (!Number.isFinite(delayMs)) return maxTimerDelayMs;
  return Math.min(maxTimerDelayMs, Math.max(0, delayMs));
}

/** Refresh at a third of the token lifetime, so two more attempts fit before it lapses. */
export function refreshDelayMs(expiresSeconds: number): number {
  return (clampExpiresSeconds(expiresSeconds) * 1000) / 3;
}

/**
 * The least of a token's life one more refresh needs (sent, answered, read). A failed refresh is
 * retried while more than this is left, the last retry moved earlier if its backoff would overshoot:
 * giving up sooner throws away a chance the node might have answered.
 */
export const finalRefreshMs = 500;

/**
 * How long one refresh may wait for an answer, with `remainingMs` of the token left: at most
 * `capMs`, and short enough that a node that never answers leaves time for another attempt (the
 * wait ends with more than finalRefreshMs left), never past the lapse.
 */
export function refreshAttemptTimeoutMs(remainingMs: number, capMs: number): number {
  const leavesRoom = (remainingMs - finalRefreshMs) / 2;
  // Whole milliseconds: AbortSignal.timeout throws on a fraction.
  return Math.floor(Math.max(1, Math.min(capMs, remainingMs, Math.max(finalRefreshMs / 2, leavesRoom))));
}

/**
 * When to retry after a failed refresh, with `remainingMs` of the token left: the backoff delay,
 * brought forward so the attempt still has finalRefreshMs; null when too little is left to try.
 */
export function refreshRetryDelayMs(backoffMs: number, remainingMs: number): number | null {
  if (remainingMs <= finalRefreshMs) return null;
  return Math.min(backoffMs, remainingMs - finalRefreshMs);
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Relative jitter: 0.2 spreads each delay over ±20%. */
  jitter: number;
}

export const refreshBackoff: BackoffPolicy = { baseMs: 1000, maxMs: 30_000, jitter: 0.2 };
export const reconnectBackoff: BackoffPolicy = { baseMs: 1000, maxMs: 15_000, jitter: 0.2 };

/**
 * Delay before retry number `attempt` (0 for the first retry): base·2^attempt, capped, then
 * scaled by a factor in [1 − jitter, 1 + jitter] drawn from `random` (uniform in [0, 1)).
 */
export function backoffDelayMs(attempt: number, random: () => number, policy: BackoffPolicy): number {
  const nominal = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt));
  const factor = 1 + (random() * 2 - 1) * policy.jitter;
  return Math.round(nominal * factor);
}
