// The CSP the app:// handler and the browser host send, and the <meta> copy in index.html, agree;
// element styles are strict and only style attributes may be inline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allowInlineStyleElements,
  developmentSecurityHeaders,
  rendererContentSecurityPolicy,
  rendererMetaPolicy,
} from '../../../../../electron/main/security/contentSecurityPolicy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

describe('renderer content security policy', () => {
  it('keeps element styles strict and allows only inline style attributes', () => {
    const policy = directives(rendererContentSecurityPolicy);
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('style-src-elem')).toBe("'self'");
    expect(policy.get('style-src-attr')).toBe("'unsafe-inline'");
    // wasm compilation only (RNNoise in the audio worklet); never JavaScript eval.
    expect(policy.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(rendererContentSecurityPolicy).not.toMatch(/'unsafe-eval'/);
  });

  it('index.html carries the same directives as its <meta>', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(rendererMetaPolicy);
  });

  it('in npm run dev allows inline style elements and changes nothing else', () => {
    const strict = directives(rendererContentSecurityPolicy);
    const development = directives(developmentSecurityHeaders['Content-Security-Policy'] ?? '');
    expect(development.get('style-src-elem')).toBe("'self' 'unsafe-inline'");
    expect(new Map([...development].filter(([name]) => name !== 'style-src-elem'))).toEqual(new Map([...strict].filter(([name]) => name !== 'style-src-elem')));
    // The dev page's <meta> gets the same single change.
    expect(directives(allowInlineStyleElements(rendererMetaPolicy)).get('style-src-elem')).toBe("'self' 'unsafe-inline'");
  });
});
