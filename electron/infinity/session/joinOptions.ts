// Everything request_token can carry, beyond the bridge's JoinRequest: call tag, direct media,
// SSO (chosen identity provider, then the SSO token) and a refer token (transfer, breakout move).
import { z } from 'zod';
import type { JoinRequest } from '../../shared/coreCommands';
import { coreArgumentSchemas } from '../../shared/coreArguments';

export interface JoinOptions extends JoinRequest {
  callTag?: string;
  /** Tell the node we support direct media. */
  directMedia?: boolean;
  /** Uuid of the identity provider the person picked (answer: an SSO redirect). */
  chosenIdp?: string;
  /** The token the identity provider's sign-in produced. */
  ssoToken?: string;
  /** Redirect flow: our URL with __pexip-sso-token__, where the node sends the token. */
  ssoRedirectTarget?: string;
  /** One-time token from a `refer` event. */
  referToken?: string;
}

const secret = z.string().min(1).max(8192);

export const joinOptionsSchema = coreArgumentSchemas.join.extend({
  callTag: z.string().max(512).optional(),
  directMedia: z.boolean().optional(),
  chosenIdp: z.string().min(1).max(256).optional(),
  ssoToken: secret.optional(),
  ssoRedirectTarget: z.string().url().max(2048).optional(),
  referToken: secret.optional(),
});

/** Join options once validated (trimmed alias and display name). */
export type ParsedJoinOptions = z.output<typeof joinOptionsSchema>;

/** The request_token body for these options (display name and every optional field set). */
export function requestTokenBodyFor(options: ParsedJoinOptions, extension: string | undefined) {
  return {
    display_name: options.displayName,
    ...(extension === undefined ? {} : { conference_extension: extension }),
    ...(options.callTag === undefined ? {} : { call_tag: options.callTag }),
    ...(options.directMedia === undefined ? {} : { direct_media: options.directMedia }),
    ...(options.chosenIdp === undefined ? {} : { chosen_idp: options.chosenIdp }),
    ...(options.ssoToken === undefined ? {} : { sso_token: options.ssoToken }),
    ...(options.ssoRedirectTarget === undefined ? {} : { sso_redirect_target: options.ssoRedirectTarget }),
    ...(options.referToken === undefined ? {} : { token: options.referToken }),
  };
}
