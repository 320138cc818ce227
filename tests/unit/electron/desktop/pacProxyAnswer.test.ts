// Chromium's PAC-style proxy answers (session.resolveProxy) as the route main's requests take.
import { describe, expect, it } from 'vitest';
import { pacRoute } from '../../../../electron/desktop';

describe('pacRoute', () => {
  it('DIRECT, and an empty answer, go straight', () => {
    expect(pacRoute('DIRECT')).toEqual({ route: { kind: 'direct' }, skipped: [] });
    expect(pacRoute('')).toEqual({ route: { kind: 'direct' }, skipped: [] });
  });

  it('PROXY is an http proxy, HTTPS an https one; the first usable entry wins', () => {
    expect(pacRoute('PROXY proxy.corp:3128')).toEqual({ route: { kind: 'proxy', url: 'http://proxy.corp:3128' }, skipped: [] });
    expect(pacRoute('HTTPS secure.corp:8443; DIRECT')).toEqual({ route: { kind: 'proxy', url: 'https://secure.corp:8443' }, skipped: [] });
    expect(pacRoute('  proxy   a.corp:80 ;PROXY b.corp:81')).toEqual({ route: { kind: 'proxy', url: 'http://a.corp' }, skipped: [] });
    expect(pacRoute('PROXY [::1]:3128')).toEqual({ route: { kind: 'proxy', url: 'http://[::1]:3128' }, skipped: [] });
  });

  it('SOCKS is not used: the next usable entry, or DIRECT, with the SOCKS entry named', () => {
    expect(pacRoute('SOCKS5 socks.corp:1080')).toEqual({ route: { kind: 'direct' }, skipped: [expect.stringMatching(/^SOCKS5 socks\.corp:1080: SOCKS proxies are not supported/)] });
    expect(pacRoute('SOCKS socks.corp:1080; PROXY proxy.corp:3128')).toEqual({
      route: { kind: 'proxy', url: 'http://proxy.corp:3128' },
      skipped: [expect.stringMatching(/^SOCKS socks\.corp:1080: SOCKS/)],
    });
  });

  it('entries that are not host:port proxies are skipped, never taken apart into something else', () => {
    for (const answer of ['PROXY user:secret@proxy.corp:3128', 'PROXY proxy.corp:3128/path', 'PROXY proxy.corp:99999', 'PROXY', 'QUIC proxy.corp:443', 'PROXY a:1 extra', 'DIRECT now']) {
      const { route, skipped } = pacRoute(answer);
      expect(route, answer).toEqual({ kind: 'direct' });
      expect(skipped, answer).toHaveLength(1);
    }
  });
});
