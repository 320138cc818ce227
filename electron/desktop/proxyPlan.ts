// The proxy setting as the two things that use it: the renderer's Chromium session
// (session.setProxy) and main's undici requests to the node (ProxyAgent). Both follow one plan so
// signalling and media setup go the same way.
import type { ProxyRoute } from '../service';
import type { DesktopSettings } from '../shared/settings';

export type SessionProxy = { mode: 'system' } | { mode: 'direct' } | { mode: 'fixed_servers'; proxyRules: string };
/** "system": ask Chromium for each URL (session.resolveProxy, the OS's settings and PAC), see pacProxyAnswer.ts. */
export type UndiciProxy = { kind: 'system' } | ProxyRoute;

export type ProxyPlan = { ok: true; session: SessionProxy; undici: UndiciProxy } | { ok: false; problem: string };

export function proxyPlan(proxy: DesktopSettings['proxy']): ProxyPlan {
  if (proxy.mode === 'system') return { ok: true, session: { mode: 'system' }, undici: { kind: 'system' } };
  if (proxy.mode === 'none') return { ok: true, session: { mode: 'direct' }, undici: { kind: 'direct' } };
  let url: URL;
  try {
    url = new URL(proxy.url.trim());
  } catch {
    return { ok: false, problem: 'The proxy address is not valid (for example http://proxy.example.com:3128).' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'The proxy address must start with http:// or https://.' };
  if (url.pathname !== '/' || url.search || url.hash) return { ok: false, problem: 'The proxy address is a host and port only, without a path.' };
  // Chromium takes credentials through its login event, never in the rules.
  const hostPort = url.port ? `${url.hostname}:${url.port}` : url.hostname;
  return { ok: true, session: { mode: 'fixed_servers', proxyRules: `${url.protocol}//${hostPort}` }, undici: { kind: 'proxy', url: url.origin } };
}
