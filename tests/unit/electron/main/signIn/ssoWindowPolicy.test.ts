// The Electron sign-in window's decisions (the window itself needs the Electron binary).
import { describe, expect, it } from 'vitest';
import {
  classifySignInNavigation,
  isSignInOpen,
  openerPageUrl,
  signInTitle,
  ssoRedirectTarget,
} from '../../../../../electron/main/signIn/ssoWindowPolicy';

const messageUrl = (data: unknown) => `https://parley-sso.invalid/message#${encodeURIComponent(JSON.stringify(data))}`;

describe('sign-in window navigations', () => {
  it('takes the popup-flow token from the opener page\'s message navigation', () => {
    expect(classifySignInNavigation(messageUrl({ result: 'success', token: 'tok-1' }))).toEqual({
      kind: 'hand_back',
      handBack: { kind: 'token', token: 'tok-1' },
    });
    expect(classifySignInNavigation(messageUrl({ result: 'failed' }))).toEqual({
      kind: 'hand_back',
      handBack: { kind: 'refused', detail: 'failed' },
    });
  });

  it('takes the redirect-flow token from the redirect to our target', () => {
    const redirected = ssoRedirectTarget.replace('__pexip-sso-token__', 'tok_2');
    expect(classifySignInNavigation(redirected)).toEqual({ kind: 'hand_back', handBack: { kind: 'token', token: 'tok_2' } });
  });

  it('stops other navigations to our origin, allows web pages, blocks other schemes', () => {
    expect(classifySignInNavigation(messageUrl({ hello: 1 }))).toEqual({ kind: 'ignore' });
    expect(classifySignInNavigation('https://parley-sso.invalid/message#%E0%A4%A')).toEqual({ kind: 'ignore' });
    expect(classifySignInNavigation(ssoRedirectTarget)).toEqual({ kind: 'ignore' });
    expect(classifySignInNavigation('https://login.example.com/saml?x=1')).toEqual({ kind: 'page' });
    expect(classifySignInNavigation('file:///etc/passwd')).toEqual({ kind: 'block' });
    expect(classifySignInNavigation('parley://join')).toEqual({ kind: 'block' });
  });

  it('lets the opener page open only the sign-in page, and passes on only its child\'s messages from the node', () => {
    const signIn = 'https://node.example.com/idp/signin?state=abc';
    expect(isSignInOpen(signIn, signIn)).toBe(true);
    expect(isSignInOpen('https://evil.example.com/', signIn)).toBe(false);
    const html = decodeURIComponent(openerPageUrl(signIn).replace('data:text/html;charset=utf-8,', ''));
    expect(html).toContain(`window.open("${signIn}"`);
    expect(html).toContain('event.source !== child || event.origin !== "https://node.example.com"');
  });

  it('titles the window with the page\'s address', () => {
    expect(signInTitle('https://login.example.com/saml/sso?SAMLRequest=xyz')).toBe('Sign in — https://login.example.com/saml/sso');
    expect(signInTitle('not a url')).toBe('Sign in');
  });
});
