// Token rotation, refresh failures and the end of a session past expiry, in real time against
// the simulator with short token lifetimes.
import { describe, expect, it } from 'vitest';
import { tokenEndReasons } from '../../../electron/infinity/session/tokenSession';
import type { CoreParticipant } from './coreParticipant';
import { useCoreSimulator } from './coreSimulator';

/** Resolves once `count` refresh_token requests have been sent (checked on each event loop turn). */
async function refreshesSent(p: CoreParticipant, count: number): Promise<void> {
  while (p.requests.filter((r) => r.path.endsWith('/refresh_token')).length < count) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('with a 3 second token', () => {
  const env = useCoreSimulator({ tokenExpirySeconds: 3 });

  it('rotates the token over five refresh cycles and keeps working with the newest one', async () => {
    const p = env.participant();
    await p.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Rita' });
    await refreshesSent(p, 6);
    const refreshTokens = p.requests.filter((r) => r.path.endsWith('/refresh_token')).map((r) => r.token);
    // Each refresh presents the token the previous one returned: all different.
    expect(new Set(refreshTokens).size).toBe(refreshTokens.length);
    expect(p.events.some((e) => e.type === 'session_ended')).toBe(false);
    // The first token lapsed seconds ago (the simulator refuses it), so success proves a current one is used.
    expect(await p.service.handlers.sendMessage({ text: 'still here' })).toEqual({ ok: true, value: null });
    expect(p.requests.at(-1)?.token).not.toBe(refreshTokens[0]);
  });

  it('ends the session cleanly with token_expired when refreshes keep failing', async () => {
    const p = env.participant();
    await p.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Ezra' });
    await p.waitFor((e) => e.type === 'roster', 'roster');
    env.sim.faults.failNextRefreshes(100, 502);
    try {
      const ended = await p.waitFor((e) => e.type === 'session_ended', 'session_ended');
      expect(ended).toMatchObject({ type: 'session_ended', code: 'token_expired', reason: tokenEndReasons.lapsed, wording: 'tokenLapsed' });
      expect(p.service.joined).toBe(false);
      expect(await p.service.handlers.sendMessage({ text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_joined' } });
      const refreshCount = p.requests.filter((r) => r.path.endsWith('/refresh_token')).length;
      expect(refreshCount).toBeGreaterThanOrEqual(2);
      // Nothing more is sent after the end: no refresh loop and no event stream reconnects.
      const sentAtEnd = p.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(p.requests.length).toBe(sentAtEnd);
    } finally {
      env.sim.faults.failNextRefreshes(0, 502);
    }
  });
});

describe('with a 9 second token', () => {
  const env = useCoreSimulator({ tokenExpirySeconds: 9 });

  it('recovers from two failed refreshes (502) before the token lapses', async () => {
    const p = env.participant();
    await p.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Remy' });
    env.sim.faults.failNextRefreshes(2, 502);
    // First refresh at 3 s fails, the retries 1 s and 2 s later: the third attempt succeeds.
    await refreshesSent(p, 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(p.warnings.filter((w) => w.startsWith('token refresh failed'))).toHaveLength(2);
    expect(p.events.some((e) => e.type === 'session_ended')).toBe(false);
    expect(await p.service.handlers.sendMessage({ text: 'recovered' })).toEqual({ ok: true, value: null });
  });
});
