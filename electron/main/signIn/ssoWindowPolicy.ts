// The decisions of Electron's single sign-on window, without electron, so they are unit-tested as
// they are. The window main owns holds a tiny opener page that opens the identity provider's page
// as its child: the node's final page posts {result, token} to that opener (popup flow), which
// hands it to main by navigating to a message URL main stops before it loads; the redirect flow's
// target is a URL of ours, also stopped before it loads. Either way the token goes to main only.
import { handBackFromMessage, isRedirectTarget, ssoTokenPlaceholder, tokenFromRedirect, type SsoHandBack } from '../../service';

/** A reserved, never-resolving origin (.invalid): nothing is ever loaded from it. */
export const ssoHandBackOrigin = 'https://parley-sso.invalid';
export const ssoRedirectTarget = `${ssoHandBackOrigin}/return?token=${ssoTokenPlaceholder}`;
const messagePrefix = `${ssoHandBackOrigin}/message#`;

/** What a navigation in the sign-in windows means. */
export type SignInNavigation =
  | { kind: 'hand_back'; handBack: SsoHandBack }
  /** Ours, but not a usable hand-back: stopped and ignored. */
  | { kind: 'ignore' }
  /** An ordinary page of the sign-in (http or https): allowed. */
  | { kind: 'page' }
  /** Anything else (file:, custom schemes): stopped. */
  | { kind: 'block' };

export function classifySignInNavigation(url: string): SignInNavigation {
  if (url.startsWith(messagePrefix)) {
    let data: unknown;
    try {
      data = JSON.parse(decodeURIComponent(url.slice(messagePrefix.length))) as unknown;
    } catch {
      return { kind: 'ignore' };
    }
    const handBack = handBackFromMessage(data);
    return handBack ? { kind: 'hand_back', handBack } : { kind: 'ignore' };
  }
  if (isRedirectTarget(url, ssoRedirectTarget)) {
    const token = tokenFromRedirect(url, ssoRedirectTarget);
    return token === null ? { kind: 'ignore' } : { kind: 'hand_back', handBack: { kind: 'token', token } };
  }
  if (url.startsWith(ssoHandBackOrigin)) return { kind: 'ignore' };
  return /^https?:\/\//i.test(url) ? { kind: 'page' } : { kind: 'block' };
}

/**
 * The opener page (a data: URL): opens the sign-in as its child and passes on only messages from
 * that child, from the node's origin.
 */
export function openerPageUrl(signInUrl: string): string {
  const nodeOrigin = new URL(signInUrl).origin;
  const script = `const child = window.open(${JSON.stringify(signInUrl)}, 'parley-sso-signin');
addEventListener('message', (event) => {
  if (event.source !== child || event.origin !== ${JSON.stringify(nodeOrigin)}) return;
  location.href = ${JSON.stringify(messagePrefix)} + encodeURIComponent(JSON.stringify(event.data));
});`;
  const html = `<!doctype html><meta charset="utf-8"><title>Parley sign-in</title><script>${script}</script>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** The one window.open the opener page may make: the sign-in page itself. */
export function isSignInOpen(url: string, signInUrl: string): boolean {
  return url === signInUrl;
}

/** The sign-in window's title: the address of the page it shows, so a person sees where they sign in. */
export function signInTitle(url: string): string {
  try {
    const parsed = new URL(url);
    return `Sign in — ${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'Sign in';
  }
}
