// Single sign-on through the real core against the simulator, with a sign-in that does what a
// person does at the simulator's identity-provider page: choose the idp -> request_token with
// chosen_idp answers redirect_url -> sign in there -> the node hands back an sso_token (final
// message or redirect to our target) -> request_token with sso_token. Each way it can fail is
// told apart in words.
import { describe, expect, it } from 'vitest';
import { defaultFetch } from '../../../electron/infinity/http/infinityFetch';
import { handBackFromMessage, ssoMessages, tokenFromRedirect, type SsoHandBack, type SsoSignIn } from '../../../electron/service';
import { useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

const popupIdp = '4fe19459-67b4-4e84-abb4-a3765a0a7e09';
const redirectIdp = '0b7c2f4e-9d61-4f3a-8c55-2a7e6f1d9b30';
const redirectTarget = 'https://parley-test.invalid/return?token=__pexip-sso-token__';

type Choice = 'sign_in' | 'refuse' | 'bad_assertion' | 'close';

interface Recorded {
  /** The JSON bodies of every request_token, in order. */
  tokenRequests: Record<string, unknown>[];
  /** sso tokens the node handed back. */
  handedBack: string[];
  signInUrls: string[];
}

/** A sign-in that fills in the simulator's identity-provider page as a person would. */
function personAtSignInPage(choice: Choice, user: string, recorded: Recorded): SsoSignIn {
  return {
    redirectTarget: () => redirectTarget,
    async signIn({ url, flow, redirectTarget: target }): Promise<SsoHandBack> {
      recorded.signInUrls.push(url);
      if (choice === 'close') return { kind: 'cancelled' };
      const page = await (await fetch(url)).text();
      const state = /name="state" value="([^"]+)"/.exec(page)?.[1];
      if (!state) throw new Error(`no sign-in form at ${url}`);
      const query = new URLSearchParams({ state, user });
      if (choice === 'refuse') query.set('refuse', '1');
      if (choice === 'bad_assertion') query.set('bad_assertion', '1');
      const answer = await fetch(`${new URL(url).origin}/idp/complete?${query.toString()}`, { redirect: 'manual' });
      if (flow === 'redirect' && answer.status === 302) {
        const token = tokenFromRedirect(answer.headers.get('location') ?? '', target);
        if (token === null) throw new Error('the redirect did not carry a token');
        recorded.handedBack.push(token);
        return { kind: 'token', token };
      }
      // The final page posts {result, token} to its opener: read what it posts.
      const posted = /postMessage\((\{.*?\}), '\*'\)/.exec(await answer.text())?.[1];
      const handBack = posted ? handBackFromMessage(JSON.parse(posted) as unknown) : null;
      if (!handBack) throw new Error('the final page posted no hand-back');
      if (handBack.kind === 'token') recorded.handedBack.push(handBack.token);
      return handBack;
    },
  };
}

function recordingTokenRequests(recorded: Recorded): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.endsWith('/request_token') && typeof init?.body === 'string') recorded.tokenRequests.push(JSON.parse(init.body) as Record<string, unknown>);
    return defaultFetch(input, init);
  };
}

function signInAs(choice: Choice, user: string) {
  const recorded: Recorded = { tokenRequests: [], handedBack: [], signInUrls: [] };
  const person = env.participant({ fetch: recordingTokenRequests(recorded), ssoSignIn: personAtSignInPage(choice, user, recorded) });
  return { person, recorded };
}

const ssoFields = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => ['chosen_idp', 'sso_token', 'sso_redirect_target'].includes(key)));

describe('single sign-on through the core', () => {
  it('the identity provider\'s picture reaches the bridge as a data: URL of the node\'s JPEG, not as its address', async () => {
    const { person } = signInAs('close', 'x');
    const listed = await person.service.handlers.join({ node: env.sim.url, alias: 'meet.sso', displayName: 'Ivy' });
    if (listed.ok || listed.error.code !== 'sso_required') throw new Error(`expected sso_required: ${JSON.stringify(listed)}`);
    const [provider] = listed.error.identityProviders;
    expect(provider?.name).toBe('Parley Test IdP');
    const img = provider?.img ?? '';
    expect(img).toMatch(/^data:image\/jpeg;base64,/);
    const served = Buffer.from(await (await fetch(`${env.sim.url}/idp/logo.jpg`)).arrayBuffer());
    expect(Buffer.from(img.slice(img.indexOf(',') + 1), 'base64').equals(served)).toBe(true);
  });

  it('popup flow: idp list, chosen_idp -> redirect_url, the final message\'s sso_token -> request_token joins', async () => {
    const { person, recorded } = signInAs('sign_in', 'pia@example.com');
    const joined = await person.service.handlers.joinWithSso({ node: env.sim.url, alias: 'meet.sso', displayName: 'Pia', identityProvider: popupIdp });
    expect(joined).toMatchObject({ ok: true, value: { displayName: 'pia@example.com', alias: 'meet.sso' } });
    expect(recorded.signInUrls).toHaveLength(1);
    expect(new URL(recorded.signInUrls[0] ?? '').pathname).toBe('/idp/signin');
    expect(recorded.handedBack).toHaveLength(1);
    expect(recorded.tokenRequests.map(ssoFields)).toEqual([{}, { chosen_idp: popupIdp }, { sso_token: recorded.handedBack[0] }]);
    expect(person.service.joined).toBe(true);
  });

  it('redirect flow: request_token carries sso_redirect_target; the token in the placeholder\'s place joins', async () => {
    const { person, recorded } = signInAs('sign_in', 'rio@example.com');
    const joined = await person.service.handlers.joinWithSso({ node: env.sim.url, alias: 'meet.sso-redirect', displayName: 'Rio', identityProvider: redirectIdp });
    expect(joined).toMatchObject({ ok: true, value: { displayName: 'rio@example.com' } });
    expect(recorded.tokenRequests.map(ssoFields)).toEqual([
      {},
      { chosen_idp: redirectIdp, sso_redirect_target: redirectTarget },
      { sso_token: recorded.handedBack[0] },
    ]);
  });

  it('the identity provider refusing is told as such, and no token is asked for', async () => {
    const { person, recorded } = signInAs('refuse', 'rex@example.com');
    const result = await person.service.handlers.joinWithSso({ node: env.sim.url, alias: 'meet.sso', displayName: 'Rex', identityProvider: popupIdp });
    expect(result).toEqual({ ok: false, error: { code: 'sso_failed', reason: 'refused', ...ssoMessages.refused, detail: 'failed' } });
    expect(recorded.tokenRequests).toHaveLength(2);
  });

  it('an assertion the node rejects: "did not accept your sign-in"', async () => {
    const { person, recorded } = signInAs('bad_assertion', 'ada@example.com');
    const result = await person.service.handlers.joinWithSso({ node: env.sim.url, alias: 'meet.sso', displayName: 'Ada', identityProvider: popupIdp });
    expect(result).toEqual({
      ok: false,
      error: { code: 'sso_failed', reason: 'assertion_rejected', ...ssoMessages.assertionRejected, detail: 'SSO Authentication Failed' },
    });
    expect(recorded.tokenRequests).toHaveLength(3);
    expect(person.service.joined).toBe(false);
  });

  it('a token that expired before use: "expired before it could be used"', async () => {
    env.sim.faults.setSsoTokenLifetime(0);
    try {
      const { person } = signInAs('sign_in', 'eve@example.com');
      const result = await person.service.handlers.joinWithSso({ node: env.sim.url, alias: 'meet.sso-redirect', displayName: 'Eve', identityProvider: redirectIdp });
      expect(result).toEqual({
        ok: false,
        error: { code: 'sso_failed', reason: 'expired', ...ssoMessages.expired, detail: 'SSO token expired or already used' },
      });
    } finally {
      env.sim.faults.setSsoTokenLifetime(null);
    }
  });

  it('a closed sign-in window cancels before any sso_token is asked for', async () => {
    const { person, recorded } = signInAs('close', 'cy@example.com');
    const result = await person.service.handlers.joinWithSso({ node: env.sim.url, alias: 'meet.sso', displayName: 'Cy', identityProvider: popupIdp });
    expect(result).toEqual({ ok: false, error: { code: 'sso_failed', reason: 'cancelled', ...ssoMessages.cancelled } });
    expect(recorded.tokenRequests.map(ssoFields)).toEqual([{}, { chosen_idp: popupIdp }]);
  });
});
