// A fetch that notes when each request went out and how each refresh_token attempt ended, so the
// soak can tell afterwards how much of a token's life the core used.

export interface RefreshAttempt {
  startedAt: number;
  endedAt: number;
  /** HTTP status, or the error's name (a reset, an abort at the core's timeout). */
  outcome: number | string;
}

export interface RecordingFetch {
  fetch: typeof fetch;
  /** Epoch ms of every request sent. */
  readonly sentAt: number[];
  readonly refreshes: RefreshAttempt[];
}

export function recordingFetch(base: typeof fetch): RecordingFetch {
  const sentAt: number[] = [];
  const refreshes: RefreshAttempt[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const startedAt = Date.now();
    sentAt.push(startedAt);
    if (!url.endsWith('/refresh_token')) return base(input, init);
    try {
      const response = await base(input, init);
      refreshes.push({ startedAt, endedAt: Date.now(), outcome: response.status });
      return response;
    } catch (error) {
      refreshes.push({ startedAt, endedAt: Date.now(), outcome: error instanceof Error ? error.name : 'error' });
      throw error;
    }
  };
  return { fetch: wrapped, sentAt, refreshes };
}
