// Owns the token of one joined participant: refreshes it every expires/3, retries failures
// with backoff while the token has time for another attempt (each attempt's wait bounded so a
// silent node cannot use up that time), and releases it on leave. The token never leaves
// this object except inside the `token` header of requests it authorizes.
import { refreshToken, releaseToken, withToken } from '@pexip/infinity-api';
import type { Logger } from '../logger';
import { createRecordingFetcher, withTimeout } from '../http/infinityFetch';
import { describeFailure } from '../http/requestFailure';
import {
  backoffDelayMs,
  clampExpiresSeconds,
  clampTimerDelayMs,
  refreshAttemptTimeoutMs,
  refreshBackoff,
  refreshDelayMs,
  refreshRetryDelayMs,
} from './refreshSchedule';
import { tokenLeaseSchema } from './tokenGrant';

export interface TokenSessionOptions {
  host: string;
  alias: string;
  fetch: typeof fetch;
  token: string;
  expiresSeconds: number;
  random: () => number;
  logger: Logger;
  /** Called once when the token cannot be kept alive; the session is already stopped. */
  /** `reason` is the English of `wording` (tokenEndReasons). */
  onLapsed(reason: string, wording: 'tokenLapsed' | 'tokenRefused'): void;
  /** Called after every successful refresh (tests and diagnostics). */
  onRefreshed?(expiresSeconds: number): void;
}

export const tokenEndReasons = {
  lapsed: 'Parley could not renew your connection to the meeting in time, so the meeting ended.',
  refused: 'The meeting server no longer accepts this connection, so the meeting ended.',
} as const;

const refreshTimeoutMs = 10_000;

export class TokenSession {
  private token: string;
  /** Epoch ms after which the current token is no longer valid. */
  private lapsesAt: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: TokenSessionOptions) {
    this.token = options.token;
    this.lapsesAt = Date.now() + clampExpiresSeconds(options.expiresSeconds) * 1000;
  }

  /** A fetcher that adds the token current at the time of each request. */
  readonly authorizedFetch: typeof fetch = (input, init) => withToken(this.options.fetch, this.token)(input, init);

  /** The current token, for the event stream's header only. */
  currentToken(): string {
    return this.token;
  }

  start(): void {
    this.schedule(refreshDelayMs(this.options.expiresSeconds));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Stops refreshing and releases the token (best effort, bounded by `timeoutMs`). */
  async release(reason: string, timeoutMs: number): Promise<void> {
    this.stop();
    try {
      await releaseToken({
        fetcher: this.authorizedFetch,
        init: withTimeout(timeoutMs),
        params: { conferenceAlias: this.options.alias },
        body: { reason },
        host: this.options.host,
      });
    } catch (error) {
      this.options.logger.warn('release_token failed', { error });
    }
  }

  /**
   * Refreshes at once (the node asked with a refresh_token event, or main wants a fresh token),
   * then continues on the usual schedule. Failures follow the usual retry rules.
   */
  async refreshNow(): Promise<{ ok: true; expiresSeconds: number } | { ok: false; detail: string }> {
    if (this.stopped) return { ok: false, detail: 'session ended' };
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.refresh();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), clampTimerDelayMs(delayMs));
  }

  private async refresh(): Promise<{ ok: true; expiresSeconds: number } | { ok: false; detail: string }> {
    const { fetcher, lastResponse } = createRecordingFetcher(this.options.fetch);
    const startedAt = Date.now();
    let outcome: { ok: true; token: string; expires: number } | { ok: false; fatal: boolean; detail: string };
    try {
      const response = await refreshToken({
        fetcher: withToken(fetcher, this.token),
        init: withTimeout(refreshAttemptTimeoutMs(this.lapsesAt - startedAt, refreshTimeoutMs)),
        params: { conferenceAlias: this.options.alias },
        host: this.options.host,
      });
      if (response.status === 200) {
        // Read with the join's own schema: the same token and expires spellings are accepted.
        const lease = tokenLeaseSchema.safeParse(response.data.result);
        outcome = lease.success
          ? { ok: true, token: lease.data.token, expires: lease.data.expires }
          : { ok: false, fatal: false, detail: 'invalid expires' };
      } else {
        // 403: the node refuses this token ("Invalid token"); retrying the same token cannot help.
        outcome = { ok: false, fatal: true, detail: response.data.result };
      }
    } catch (error) {
      const failure = describeFailure(error, lastResponse());
      const refused = failure.kind === 'http' && failure.status === 403;
      outcome = { ok: false, fatal: refused, detail: failure.kind === 'http' ? `HTTP ${failure.status}` : failure.kind };
    }
    if (this.stopped) return { ok: false, detail: 'session ended' };

    if (outcome.ok) {
      this.token = outcome.token;
      this.lapsesAt = startedAt + clampExpiresSeconds(outcome.expires) * 1000;
      this.failures = 0;
      this.options.logger.debug('token refreshed', { expires: outcome.expires });
      this.options.onRefreshed?.(outcome.expires);
      this.schedule(refreshDelayMs(outcome.expires));
      return { ok: true, expiresSeconds: outcome.expires };
    }
    if (outcome.fatal) {
      this.options.logger.warn('token refresh refused', { detail: outcome.detail });
      this.lapse('refused');
      return { ok: false, detail: outcome.detail };
    }
    const delay = refreshRetryDelayMs(backoffDelayMs(this.failures, this.options.random, refreshBackoff), this.lapsesAt - Date.now());
    this.failures += 1;
    if (delay === null) {
      this.options.logger.warn('token refresh failed with no time left to retry', { detail: outcome.detail });
      this.lapse('lapsed');
      return { ok: false, detail: outcome.detail };
    }
    this.options.logger.warn('token refresh failed, retrying', { detail: outcome.detail, retryInMs: delay });
    this.schedule(delay);
    return { ok: false, detail: outcome.detail };
  }

  private lapse(why: keyof typeof tokenEndReasons): void {
    this.stop();
    this.options.onLapsed(tokenEndReasons[why], why === 'lapsed' ? 'tokenLapsed' : 'tokenRefused');
  }
}
