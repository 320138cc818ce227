import { describe, expect, it } from 'vitest';
import { clickWindowMs, isActivatingInput, shouldOpenExternally } from '../../../../../electron/main/security/externalLinkPolicy';

const link = { url: 'https://example.com/', disposition: 'foreground-tab' };

describe('external link policy', () => {
  it('opens an http(s) tab link right after a click or key press', () => {
    expect(shouldOpenExternally(link, 1_000, 1_000 + clickWindowMs)).toBe(true);
    expect(shouldOpenExternally({ ...link, url: 'http://example.com/x', disposition: 'background-tab' }, 0, 10)).toBe(true);
    expect(isActivatingInput('mouseUp') && isActivatingInput('keyDown')).toBe(true);
    expect(isActivatingInput('mouseMove')).toBe(false);
  });

  it('refuses without a recent input, for new windows, and for other schemes', () => {
    expect(shouldOpenExternally(link, null, 5)).toBe(false);
    expect(shouldOpenExternally(link, 0, clickWindowMs + 1)).toBe(false);
    expect(shouldOpenExternally(link, 10, 5)).toBe(false);
    expect(shouldOpenExternally({ ...link, disposition: 'new-window' }, 0, 1)).toBe(false);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://', 'mailto:a@b.example', 'not a url']) {
      expect(shouldOpenExternally({ ...link, url }, 0, 1)).toBe(false);
    }
  });
});
