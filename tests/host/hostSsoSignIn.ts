// The browser host's single sign-on window, standing in for the one Electron main owns. The page
// asks for a popup of a host page (the "sign-in window"): it shows the sign-in address above the
// identity provider's page and opens that page itself, so the node's final message goes to the
// host's page, never to the renderer; the redirect flow's target is a host URL, caught here. The
// sso token reaches only this Node process, like every other token.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  handBackFromMessage,
  ssoTokenPlaceholder,
  tokenFromRedirect,
  type SsoFlow,
  type SsoHandBack,
  type SsoSignIn,
} from '../../electron/service';

interface PendingSignIn {
  url: string;
  flow: SsoFlow;
  redirectTarget: string;
  settle(handBack: SsoHandBack): void;
}

const pending = new Map<string, PendingSignIn>();
const signInLimitMs = 10 * 60_000;

/** One page's sign-ins: `emitWindow` asks that page to open the host's sign-in window. */
export function createHostSsoSignIn(hostOrigin: () => string, emitWindow: (url: string) => void): SsoSignIn {
  const id = randomUUID();
  return {
    redirectTarget: () => `${hostOrigin()}/sso/return/${id}?token=${ssoTokenPlaceholder}`,
    signIn: ({ url, flow, redirectTarget }) =>
      new Promise<SsoHandBack>((resolve) => {
        pending.get(id)?.settle({ kind: 'cancelled' });
        const timer = setTimeout(() => settle({ kind: 'cancelled' }), signInLimitMs);
        function settle(handBack: SsoHandBack): void {
          clearTimeout(timer);
          if (pending.get(id)?.settle === settle) pending.delete(id);
          resolve(handBack);
        }
        pending.set(id, { url, flow, redirectTarget, settle });
        emitWindow(`${hostOrigin()}/sso/window/${id}`);
      }),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(response: ServerResponse, status: number, title: string, body: string, script = ''): void {
  const nonce = randomUUID();
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'`,
  });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;margin:0"><main>${body}</main>${script ? `<script nonce="${nonce}">${script}</script>` : ''}</body></html>`);
}

function windowPage(response: ServerResponse, id: string, signIn: PendingSignIn): void {
  const address = `<p style="margin:0;padding:.5rem;background:#eef;border-bottom:1px solid #99c">Signing in at <output id="address">${escapeHtml(signIn.url)}</output></p>`;
  const nodeOrigin = new URL(signIn.url).origin;
  // The identity provider's page opens as this window's child, so its final message comes here.
  const script = `
const id = ${JSON.stringify(id)}, url = ${JSON.stringify(signIn.url)}, nodeOrigin = ${JSON.stringify(nodeOrigin)};
let child = null, done = false;
const post = (path, body) => fetch('/sso/window/' + id + '/' + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? null) });
function finish() { done = true; try { child && child.close(); } catch {} window.close(); }
function openSignIn() {
  child = window.open(url, 'parley-sso-idp-' + id, 'popup,width=500,height=680');
  document.getElementById('continue').hidden = child !== null;
  if (!child) return;
  const watch = setInterval(() => {
    if (done || !child.closed) return;
    clearInterval(watch);
    void post('cancel').finally(finish);
  }, 250);
}
addEventListener('message', (event) => {
  if (done || event.source !== child || event.origin !== nodeOrigin) return;
  void post('message', event.data).then((r) => r.json()).then((r) => { if (r.settled) finish(); });
});
document.getElementById('continue').addEventListener('click', openSignIn);
document.getElementById('cancel').addEventListener('click', () => void post('cancel').finally(finish));
openSignIn();`;
  page(
    response,
    200,
    'Sign in',
    `${address}<p style="padding:.5rem">Sign in in the window that opened. Closing it cancels.</p>
<p style="padding:.5rem"><button id="continue" hidden>Continue to sign in</button> <button id="cancel">Cancel sign-in</button></p>`,
    script,
  );
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 16_384) return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Serves /sso/*; false when the request is not one of these. */
export async function serveSsoPages(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  const windowMatch = /^\/sso\/window\/([0-9a-f-]{36})(?:\/(message|cancel))?$/.exec(url.pathname);
  if (windowMatch) {
    const [, id = '', action] = windowMatch;
    const signIn = pending.get(id);
    if (!signIn) {
      page(response, 404, 'Sign-in over', '<p>This sign-in is over. Close this window.</p>');
      return true;
    }
    if (!action && request.method === 'GET') {
      windowPage(response, id, signIn);
      return true;
    }
    if (request.method !== 'POST') return false;
    const body = await readBody(request);
    const handBack: SsoHandBack | null = action === 'cancel' ? { kind: 'cancelled' } : handBackFromMessage(body);
    if (handBack) signIn.settle(handBack);
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ settled: handBack !== null }));
    return true;
  }
  const returnMatch = /^\/sso\/return\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (returnMatch && request.method === 'GET') {
    const signIn = pending.get(returnMatch[1] ?? '');
    // The request line has no origin: the target's own stands in (this server is that origin).
    const token = signIn ? tokenFromRedirect(`${new URL(signIn.redirectTarget).origin}${url.pathname}${url.search}`, signIn.redirectTarget) : null;
    if (!signIn || token === null) {
      page(response, 404, 'Sign-in over', '<p>This sign-in is over. Close this window.</p>');
      return true;
    }
    signIn.settle({ kind: 'token', token });
    // Nothing of the token goes back into the page.
    page(response, 200, 'Signed in', '<p>Signed in. This window closes by itself.</p>', 'window.close();');
    return true;
  }
  return false;
}
