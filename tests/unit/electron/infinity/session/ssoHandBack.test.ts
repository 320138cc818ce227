// SSO decisions shared by Electron's sign-in window and the browser host: the flow per provider,
// the token from the node's final message (popup flow) or from the redirect to our target.
import { describe, expect, it } from 'vitest';
import {
  chooseSsoFlow,
  handBackFromMessage,
  isRedirectTarget,
  ssoTokenPlaceholder,
  tokenFromRedirect,
} from '../../../../../electron/service';
import { parseIdentityProviders } from '../../../../../electron/infinity/session/joinOutcome';

describe('identity provider list', () => {
  it('keeps names, image URLs and the redirect-flow flag, and drops what does not parse', () => {
    const providers = parseIdentityProviders([
      { uuid: 'a', name: 'Entra ID', img: 'https://idp.example.com/logo.png', disable_popup_flow: true },
      { uuid: 'b', name: 'Okta', img: '<img src=x onerror=alert(1)>' },
      { uuid: 'c', name: ' ', img: 'data:image/png;base64,iVBORw0KGgo=' },
      { name: 'no uuid' },
      'not an object',
    ]);
    expect(providers).toEqual([
      { uuid: 'a', name: 'Entra ID', img: 'https://idp.example.com/logo.png', disablePopupFlow: true },
      { uuid: 'b', name: 'Okta' },
      { uuid: 'c', name: 'Identity provider', img: 'data:image/png;base64,iVBORw0KGgo=' },
    ]);
  });

  it('picks the redirect flow only when the node says so', () => {
    expect(chooseSsoFlow({ disablePopupFlow: true })).toBe('redirect');
    expect(chooseSsoFlow({ disablePopupFlow: false })).toBe('popup');
    expect(chooseSsoFlow({})).toBe('popup');
  });
});

describe('the popup flow hand-back', () => {
  it('takes the token from {result, token}', () => {
    expect(handBackFromMessage({ result: 'success', token: 'abc-DEF_123' })).toEqual({ kind: 'token', token: 'abc-DEF_123' });
    expect(handBackFromMessage({ result: true, token: 'abc' })).toEqual({ kind: 'token', token: 'abc' });
  });

  it('reads a failed result as a refusal and ignores other messages', () => {
    expect(handBackFromMessage({ result: 'failed' })).toEqual({ kind: 'refused', detail: 'failed' });
    expect(handBackFromMessage({ result: 'success', token: '<script>' })).toMatchObject({ kind: 'refused' });
    expect(handBackFromMessage({ sso_token: 'abc' })).toBeNull();
    expect(handBackFromMessage('hello')).toBeNull();
    expect(handBackFromMessage(null)).toBeNull();
  });
});

describe('the redirect flow hand-back', () => {
  const queryTemplate = `http://127.0.0.1:5180/sso/return/id-1?token=${ssoTokenPlaceholder}`;
  const pathTemplate = `https://parley.invalid/sso/${ssoTokenPlaceholder}/done`;

  it('takes the token from where the placeholder was, in the query or the path', () => {
    expect(tokenFromRedirect('http://127.0.0.1:5180/sso/return/id-1?token=tok_123', queryTemplate)).toBe('tok_123');
    expect(tokenFromRedirect('https://parley.invalid/sso/tok%2B1%3D/done', pathTemplate)).toBe('tok+1=');
  });

  it('refuses other URLs, an unreplaced placeholder and an empty token', () => {
    expect(tokenFromRedirect('http://127.0.0.1:5180/sso/return/id-2?token=tok', queryTemplate)).toBeNull();
    expect(tokenFromRedirect('http://evil.example/sso/return/id-1?token=tok', queryTemplate)).toBeNull();
    expect(tokenFromRedirect('https://parley.invalid/sso//done', pathTemplate)).toBeNull();
    expect(tokenFromRedirect('https://parley.invalid/sso/a b/done', pathTemplate)).toBeNull();
    expect(tokenFromRedirect('https://parley.invalid/sso/tok/other', pathTemplate)).toBeNull();
  });

  it('knows a navigation to the target, so it is stopped before it loads', () => {
    expect(isRedirectTarget('https://parley.invalid/sso/anything', pathTemplate)).toBe(true);
    expect(isRedirectTarget('https://idp.example.com/login', pathTemplate)).toBe(false);
  });
});
