// How a single sign-on comes back from the identity provider, as Pexip's apps do it. Pure
// decisions, shared by Electron main's sign-in window and the browser host:
// - popup flow (default): the node's final page posts `{result, token}` to the window that
//   opened the sign-in;
// - redirect flow (the idp has disable_popup_flow): request_token carried sso_redirect_target, a
//   URL of ours holding __pexip-sso-token__, and the node redirects there with the real token in
//   the placeholder's place. The redirect is caught before it loads.
import { z } from 'zod';

export const ssoTokenPlaceholder = '__pexip-sso-token__';

export type SsoFlow = 'popup' | 'redirect';

/** What the sign-in window ended with. */
export type SsoHandBack =
  | { kind: 'token'; token: string }
  | { kind: 'cancelled' }
  | { kind: 'refused'; detail?: string };

/** The node decides the flow per identity provider. */
export function chooseSsoFlow(idp: { disablePopupFlow?: boolean }): SsoFlow {
  return idp.disablePopupFlow === true ? 'redirect' : 'popup';
}

const tokenText = z.string().min(1).max(8192).regex(/^[A-Za-z0-9._~+/=-]+$/);
const messageSchema = z.object({ result: z.unknown(), token: z.unknown().optional() });

/**
 * The hand-back in a posted message, or null when the message is not one (any page may post).
 * `result` is "success" (or true) with a token; anything else means the sign-in failed.
 */
export function handBackFromMessage(data: unknown): SsoHandBack | null {
  const parsed = messageSchema.safeParse(data);
  if (!parsed.success) return null;
  const { result, token } = parsed.data;
  if (result === 'success' || result === true) {
    const valid = tokenText.safeParse(token);
    return valid.success ? { kind: 'token', token: valid.data } : { kind: 'refused', detail: 'The sign-in gave no usable token' };
  }
  const detail = typeof result === 'string' ? result.slice(0, 200) : undefined;
  return detail === undefined ? { kind: 'refused' } : { kind: 'refused', detail };
}

/**
 * The token in a navigation to our redirect target (the template with the placeholder replaced),
 * or null when `url` is not that target. Only the same origin and path, with the placeholder's
 * place filled, count: any other URL is an ordinary page of the sign-in.
 */
export function tokenFromRedirect(url: string, template: string): string | null {
  const at = template.indexOf(ssoTokenPlaceholder);
  if (at < 0 || !url.startsWith(template.slice(0, at))) return null;
  const suffix = template.slice(at + ssoTokenPlaceholder.length);
  const rest = url.slice(at);
  if (!rest.endsWith(suffix)) return null;
  let token: string;
  try {
    token = decodeURIComponent(rest.slice(0, rest.length - suffix.length));
  } catch {
    return null;
  }
  // The placeholder still in place: the node did not fill it.
  if (token === ssoTokenPlaceholder) return null;
  const valid = tokenText.safeParse(token);
  return valid.success ? valid.data : null;
}

/** Whether a navigation goes to the redirect target at all (so it is stopped before it loads). */
export function isRedirectTarget(url: string, template: string): boolean {
  const at = template.indexOf(ssoTokenPlaceholder);
  return at >= 0 && url.startsWith(template.slice(0, at));
}
