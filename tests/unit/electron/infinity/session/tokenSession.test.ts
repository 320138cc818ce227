import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenSession, tokenEndReasons } from '../../../../../electron/infinity/session/tokenSession';
import { silentLogger } from '../../../../../electron/infinity/logger';
import { FakeNode, jsonReply } from '../../../../support/fakeNode';

const start = Date.UTC(2025, 0, 1);

function createSession(node: FakeNode, random: () => number = () => 0.5) {
  const onLapsed = vi.fn<(reason: string, wording: string) => void>();
  const session = new TokenSession({
    host: 'https://node.example.com',
    alias: 'meet.alice',
    fetch: node.fetch,
    token: 'SECRET-TOKEN-0',
    expiresSeconds: 120,
    random,
    logger: silentLogger,
    onLapsed,
  });
  return { session, onLapsed };
}

/** Seconds since start at which each refresh_token request was made. */
function refreshTimes(times: number[]): number[] {
  return times.map((t) => (t - start) / 1000);
}

describe('TokenSession', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes every expires/3 and uses each new token', async () => {
    const node = new FakeNode();
    const { session } = createSession(node);
    session.start();

    await vi.advanceTimersByTimeAsync(39_999);
    expect(node.requestsTo('refresh_token')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(node.requestsTo('refresh_token')).toHaveLength(1);
    expect(node.requestsTo('refresh_token')[0]?.headers['token']).toBe('SECRET-TOKEN-0');
    expect(session.currentToken()).toBe('SECRET-TOKEN-1');

    await vi.advanceTimersByTimeAsync(40_000 * 4);
    const refreshes = node.requestsTo('refresh_token');
    expect(refreshes.map((r) => r.headers['token'])).toEqual([
      'SECRET-TOKEN-0',
      'SECRET-TOKEN-1',
      'SECRET-TOKEN-2',
      'SECRET-TOKEN-3',
      'SECRET-TOKEN-4',
    ]);
    session.stop();
  });

  it('authorizes requests with the token current at request time', async () => {
    const node = new FakeNode();
    const { session } = createSession(node);
    session.start();
    await vi.advanceTimersByTimeAsync(40_000);
    await session.authorizedFetch('https://node.example.com/api/client/v2/conferences/meet.alice/ack', { method: 'POST' });
    expect(node.requests.at(-1)?.headers['token']).toBe('SECRET-TOKEN-1');
    session.stop();
  });

  it('retries a failed refresh with exponential backoff and recovers', async () => {
    const node = new FakeNode();
    const times: number[] = [];
    let failures = 3;
    node.on('refresh_token', () => {
      times.push(Date.now());
      if (failures > 0) {
        failures -= 1;
        return jsonReply(502, { status: 'failed', result: '502 Bad Gateway' });
      }
      return jsonReply(200, { status: 'success', result: { token: 'SECRET-TOKEN-NEW', expires: '120' } });
    });
    const { session, onLapsed } = createSession(node);
    session.start();
    await vi.advanceTimersByTimeAsync(48_000);
    expect(refreshTimes(times)).toEqual([40, 41, 43, 47]);
    expect(session.currentToken()).toBe('SECRET-TOKEN-NEW');
    // Back on the normal cycle, counted from the successful refresh.
    await vi.advanceTimersByTimeAsync(40_000);
    expect(refreshTimes(times)).toEqual([40, 41, 43, 47, 87]);
    expect(onLapsed).not.toHaveBeenCalled();
    session.stop();
  });

  it('keeps retry delays within the jitter bounds', async () => {
    for (const [random, expected] of [
      [() => 0, [40, 40.8, 42.4, 45.6]],
      [() => 0.999_999, [40, 41.2, 43.6, 48.4]],
    ] as const) {
      vi.setSystemTime(start);
      const node = new FakeNode();
      const times: number[] = [];
      node.on('refresh_token', () => {
        times.push(Date.now());
        return jsonReply(502, { status: 'failed', result: '502 Bad Gateway' });
      });
      const { session } = createSession(node, random);
      session.start();
      await vi.advanceTimersByTimeAsync(49_000);
      expect(refreshTimes(times)).toEqual(expected);
      session.stop();
    }
  });

  it('ends cleanly, before the token lapses, when refreshes keep failing', async () => {
    const node = new FakeNode();
    const times: number[] = [];
    node.on('refresh_token', () => {
      times.push(Date.now());
      throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
    });
    const { session, onLapsed } = createSession(node);
    session.start();
    await vi.advanceTimersByTimeAsync(119_800);
    // Delays 1, 2, 4, 8, 16, then capped at 30 s: 71 + 30 = 101; the next backoff (131 s) would be past
    // the lapse at 120 s, so the last retry comes with half a second left.
    expect(refreshTimes(times)).toEqual([40, 41, 43, 47, 55, 71, 101, 119.5]);
    expect(onLapsed).toHaveBeenCalledTimes(1);
    expect(onLapsed).toHaveBeenCalledWith(tokenEndReasons.lapsed, 'tokenLapsed');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(times).toHaveLength(8);
  });

  it('keeps a 3 s token through two failed refreshes by retrying with the time left', async () => {
    const node = new FakeNode();
    const times: number[] = [];
    let failures = 2;
    node.on('refresh_token', () => {
      times.push(Date.now());
      if (failures > 0) {
        failures -= 1;
        return jsonReply(503, { status: 'failed', result: '503 Service Unavailable' });
      }
      return jsonReply(200, { status: 'success', result: { token: 'SECRET-TOKEN-NEW', expires: '3' } });
    });
    const onLapsed = vi.fn<(reason: string, wording: string) => void>();
    const session = new TokenSession({
      host: 'https://node.example.com',
      alias: 'meet.alice',
      fetch: node.fetch,
      token: 'SECRET-TOKEN-0',
      expiresSeconds: 3,
      random: () => 0.5,
      logger: silentLogger,
      onLapsed,
    });
    session.start();
    await vi.advanceTimersByTimeAsync(2600);
    // Refresh at 1 s, retry at 2 s, then the 2 s backoff would overshoot: the last try at 2.5 s.
    expect(refreshTimes(times)).toEqual([1, 2, 2.5]);
    expect(onLapsed).not.toHaveBeenCalled();
    expect(session.currentToken()).toBe('SECRET-TOKEN-NEW');
    session.stop();
  });

  it('ends at once when the node refuses the token (403 Invalid token)', async () => {
    const node = new FakeNode();
    node.on('refresh_token', () => jsonReply(403, { status: 'success', result: 'Invalid token' }));
    const { session, onLapsed } = createSession(node);
    session.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(node.requestsTo('refresh_token')).toHaveLength(1);
    expect(onLapsed).toHaveBeenCalledWith(tokenEndReasons.refused, 'tokenRefused');
  });

  it('stops refreshing after release, which sends the reason with the current token', async () => {
    const node = new FakeNode();
    const { session } = createSession(node);
    session.start();
    await vi.advanceTimersByTimeAsync(40_000);
    await session.release('User initiated disconnect', 2000);
    const release = node.requestsTo('release_token')[0];
    expect(release?.headers['token']).toBe('SECRET-TOKEN-1');
    expect(release?.body).toEqual({ reason: 'User initiated disconnect' });
    await vi.advanceTimersByTimeAsync(400_000);
    expect(node.requestsTo('refresh_token')).toHaveLength(1);
  });
});

describe('TokenSession with hostile lifetimes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function sessionAnswering(expires: string) {
    const node = new FakeNode();
    let counter = 0;
    node.on('refresh_token', () => {
      counter += 1;
      return jsonReply(200, { status: 'success', result: { token: `SECRET-TOKEN-${counter}`, expires } });
    });
    const onLapsed = vi.fn<(reason: string, wording: string) => void>();
    const session = new TokenSession({
      host: 'https://node.example.com',
      alias: 'meet.alice',
      fetch: node.fetch,
      token: 'SECRET-TOKEN-0',
      expiresSeconds: Number(expires),
      random: () => 0.5,
      logger: silentLogger,
      onLapsed,
    });
    return { node, session, onLapsed };
  }

  it('refreshes at most once a second when the node says a token lasts a millisecond', async () => {
    const { node, session } = sessionAnswering('0.001');
    session.start();
    await vi.advanceTimersByTimeAsync(10_000);
    // expires is clamped to 3 s, so a refresh every 1 s: 10 in 10 s (820/s without the clamp).
    expect(node.requestsTo('refresh_token').length).toBeLessThanOrEqual(10);
    expect(node.requestsTo('refresh_token').length).toBeGreaterThanOrEqual(9);
    session.stop();
  });

  it('does not fire at once when the lifetime is past setTimeout range', async () => {
    const { node, session } = sessionAnswering('9999999999');
    session.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(node.requestsTo('refresh_token')).toHaveLength(0);
    // Clamped to a day: the first refresh comes at 8 hours.
    await vi.advanceTimersByTimeAsync(8 * 3600 * 1000);
    expect(node.requestsTo('refresh_token')).toHaveLength(1);
    session.stop();
  });
});

describe('TokenSession against a node that does not answer', () => {
  it('gives up on the silent refresh in time to retry before a 3 s token lapses', async () => {
    // Real timers: the wait is bounded by AbortSignal.timeout, which fake timers do not drive.
    let calls = 0;
    const silentOnce: typeof fetch = (_input, init) => {
      calls += 1;
      if (calls === 1) {
        return new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
        });
      }
      return Promise.resolve(
        new Response(JSON.stringify({ status: 'success', result: { token: 'SECRET-TOKEN-NEW', expires: '3' } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    };
    const onLapsed = vi.fn<(reason: string, wording: string) => void>();
    const refreshed = new Promise<void>((resolve) => {
      const session = new TokenSession({
        host: 'https://node.example.com',
        alias: 'meet.alice',
        fetch: silentOnce,
        token: 'SECRET-TOKEN-0',
        expiresSeconds: 3,
        random: () => 0.5,
        logger: silentLogger,
        onLapsed,
        onRefreshed: () => {
          session.stop();
          resolve();
        },
      });
      session.start();
    });
    const lapsed = new Promise<void>((resolve) => onLapsed.mockImplementation(() => resolve()));
    await Promise.race([refreshed, lapsed, new Promise((resolve) => setTimeout(resolve, 4000))]);
    expect(onLapsed).not.toHaveBeenCalled();
    expect(calls).toBe(2);
  });
});
