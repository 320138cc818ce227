// Joining a meeting that needs single sign-on: ask for the identity providers again (the node
// says which flow each uses), request_token with chosen_idp (and sso_redirect_target for the
// redirect flow), let the host's sign-in window run the identity provider's pages and hand the
// sso_token back, then request_token with it. The token lives only here and in that window.
import type { IdentityProvider, JoinError, SsoFailureReason } from '../../shared/coreCommands';
import type { JoinedInfo } from '../../shared/meeting';
import type { Result } from '../../shared/result';
import type { JoinFlow } from './joinFlow';
import type { JoinFailure } from './joinOutcome';
import type { ParsedJoinOptions } from './joinOptions';
import { joinWords, type JoinWording } from './joinMessages';
import { chooseSsoFlow, type SsoFlow, type SsoHandBack } from './ssoHandBack';

/** What a host provides to run the identity provider's sign-in (Electron: a window main owns). */
export interface SsoSignIn {
  /** The redirect flow's target: a URL of the host's holding __pexip-sso-token__. */
  redirectTarget(): string;
  /** Shows `url` and waits for the hand-back: the final message (popup) or the redirect to the target. */
  signIn(request: { url: string; flow: SsoFlow; redirectTarget: string; provider: IdentityProvider }): Promise<SsoHandBack>;
}

// The English lives with the other join wordings (joinMessages), so the renderer translates each by its code.
export const ssoMessages = {
  cancelled: joinWords('ssoCancelled'),
  refused: joinWords('ssoRefused'),
  assertionRejected: joinWords('ssoAssertionRejected'),
  expired: joinWords('ssoExpired'),
  unavailable: joinWords('ssoUnavailable'),
  unknownProvider: joinWords('ssoUnknownProvider'),
} as const;

function ssoFailure(reason: SsoFailureReason, words: JoinWording, detail?: string): Result<JoinedInfo, JoinError> {
  return { ok: false, error: { code: 'sso_failed', reason, ...words, ...(detail === undefined ? {} : { detail }) } };
}

/** The bridge knows no redirect: an unexpected one reads as "sign in with this provider". */
function asJoinError(error: JoinFailure): JoinError {
  if (error.code !== 'sso_redirect') return error;
  return { code: 'sso_required', message: error.message, identityProviders: [error.identityProvider] };
}

/** A refusal of the sso_token itself: spent or too old ("expired"), or the assertion refused. */
export function tokenRefusal(error: JoinError): Result<JoinedInfo, JoinError> {
  const detail = 'detail' in error ? error.detail : undefined;
  if (detail !== undefined && /expired/i.test(detail)) return ssoFailure('expired', ssoMessages.expired, detail);
  return ssoFailure('assertion_rejected', ssoMessages.assertionRejected, detail);
}

export async function joinWithSso(
  joinFlow: JoinFlow,
  signIn: SsoSignIn | null,
  options: ParsedJoinOptions,
  providerUuid: string,
): Promise<Result<JoinedInfo, JoinError>> {
  if (!signIn) return ssoFailure('unavailable', ssoMessages.unavailable);
  const listed = await joinFlow.join(options);
  if (listed.ok) return listed; // The meeting no longer needs a sign-in.
  if (listed.error.code !== 'sso_required') return { ok: false, error: asJoinError(listed.error) };
  const provider = listed.error.identityProviders.find((candidate) => candidate.uuid === providerUuid);
  if (!provider) return { ok: false, error: { ...listed.error, ...ssoMessages.unknownProvider } };

  const flow = chooseSsoFlow(provider);
  const redirectTarget = signIn.redirectTarget();
  const redirect = await joinFlow.join({
    ...options,
    chosenIdp: provider.uuid,
    ...(flow === 'redirect' ? { ssoRedirectTarget: redirectTarget } : {}),
  });
  if (redirect.ok) return redirect;
  if (redirect.error.code !== 'sso_redirect') return { ok: false, error: asJoinError(redirect.error) };

  const handBack = await signIn.signIn({ url: redirect.error.redirectUrl, flow, redirectTarget, provider });
  if (handBack.kind === 'cancelled') return ssoFailure('cancelled', ssoMessages.cancelled);
  if (handBack.kind === 'refused') return ssoFailure('refused', ssoMessages.refused, handBack.detail);

  const joined = await joinFlow.join({ ...options, ssoToken: handBack.token });
  if (joined.ok) return joined;
  const error = asJoinError(joined.error);
  // The node refused the token: a 403 "SSO Authentication Failed" (or the idp list again).
  if (error.code === 'rejected' || error.code === 'sso_required') return tokenRefusal(error);
  return { ok: false, error };
}
