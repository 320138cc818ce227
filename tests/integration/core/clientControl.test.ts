// Client control through the real core: request_token with chosen_idp (SSO redirect), then with
// the sso_token the sign-in produced; call tag; refresh and release as operations.
import { describe, expect, it } from 'vitest';
import { expectOk, useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

describe('client control', () => {
  it('signs in through SSO: idp list, chosen_idp redirect, then sso_token', async () => {
    const alice = env.participant();
    const first = await alice.service.joinWith({ node: env.sim.url, alias: 'meet.sso', displayName: 'Alice' });
    expect(first).toMatchObject({ ok: false, error: { code: 'sso_required', identityProviders: [{ uuid: '4fe19459-67b4-4e84-abb4-a3765a0a7e09' }] } });

    const redirect = await alice.service.joinWith({ node: env.sim.url, alias: 'meet.sso', displayName: 'Alice', chosenIdp: '4fe19459-67b4-4e84-abb4-a3765a0a7e09' });
    if (redirect.ok || redirect.error.code !== 'sso_redirect') throw new Error(`expected a redirect: ${JSON.stringify(redirect)}`);
    expect(redirect.error.identityProvider.name).toBe('Parley Test IdP');
    // The bridge's join reports the same answer as "sign in with this provider".
    expect(await alice.service.handlers.join({ node: env.sim.url, alias: 'meet.sso', displayName: 'Alice' })).toMatchObject({ ok: false, error: { code: 'sso_required' } });

    const state = new URL(redirect.error.redirectUrl).searchParams.get('state') ?? '';
    const signIn = await fetch(`${env.sim.url}/idp/complete?state=${encodeURIComponent(state)}&user=alice%40example.com`, { headers: { accept: 'application/json' } });
    const { result } = (await signIn.json()) as { result: { sso_token: string } };
    const joined = expectOk(await alice.service.joinWith({ node: env.sim.url, alias: 'meet.sso', displayName: 'Alice', ssoToken: result.sso_token, callTag: 'kiosk-7' }));
    expect(joined.displayName).toBe('alice@example.com');
    expect(alice.service.state()?.session?.callTag).toBe('kiosk-7');
    expect(alice.requests.filter((r) => r.path.endsWith('/request_token'))).toHaveLength(4);
  });

  it('refreshes on demand and releases the token as operations', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Alice' });
    const tokensBefore = new Set(alice.requests.map((r) => r.token));
    expect(await alice.service.operations.clientControl.refreshToken()).toEqual({ ok: true, value: { expiresSeconds: 120 } });
    expectOk(await alice.service.operations.conference.getMessageText());
    // The request after the refresh carried a token never used before.
    expect(tokensBefore.has(alice.requests.at(-1)?.token)).toBe(false);

    expect(await alice.service.operations.clientControl.releaseToken({ reason: 'Kiosk shutting down' })).toEqual({ ok: true, value: null });
    expect(alice.events.at(-1)).toMatchObject({ type: 'session_ended', code: 'left' });
    expect(alice.requests.at(-1)?.path).toMatch(/\/release_token$/);
    expect(alice.service.joined).toBe(false);
  });
});
