// The single sign-on window main owns: its own in-memory session partition, sandboxed, no preload,
// no permissions; the address of the page shown in its title bar; closing it cancels. The token
// comes back to main from the node's final message or the redirect to our target (both stopped
// before they load, see ssoWindowPolicy.ts), so it never enters the renderer.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import type { SsoHandBack, SsoSignIn } from '../../service';
import { classifySignInNavigation, isSignInOpen, openerPageUrl, signInTitle, ssoRedirectTarget } from './ssoWindowPolicy';

/** Sessions of sign-in windows: the app-wide lockdown leaves their contents to this file's rules. */
const signInSessions = new WeakSet<Session>();

export function isSignInSession(candidate: Session): boolean {
  return signInSessions.has(candidate);
}

function signInPreferences(partition: Session): Electron.WebPreferences {
  return { session: partition, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false };
}

export function createElectronSsoSignIn(parent: () => BrowserWindow | null): SsoSignIn {
  return {
    redirectTarget: () => ssoRedirectTarget,
    signIn: ({ url }) =>
      new Promise<SsoHandBack>((resolve) => {
        const partition = session.fromPartition(`parley-sso-${randomUUID()}`);
        signInSessions.add(partition);
        partition.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
        partition.setPermissionCheckHandler(() => false);
        let settled = false;
        let child: BrowserWindow | null = null;
        const opener = new BrowserWindow({ show: false, webPreferences: signInPreferences(partition) });

        function finish(handBack: SsoHandBack): void {
          if (settled) return;
          settled = true;
          for (const window of [child, opener]) if (window && !window.isDestroyed()) window.destroy();
          void partition.clearStorageData().catch(() => undefined);
          resolve(handBack);
        }

        function guard(contents: WebContents): void {
          // The target is read from the event (Electron 45: the positional `url` is deprecated).
          const onNavigation = (event: { preventDefault(): void; url?: string }, target: string): void => {
            const meaning = classifySignInNavigation(event.url ?? target);
            if (meaning.kind === 'page') return;
            event.preventDefault();
            if (meaning.kind === 'hand_back') finish(meaning.handBack);
          };
          contents.on('will-navigate', onNavigation);
          contents.on('will-redirect', onNavigation);
          contents.on('will-attach-webview', (event) => event.preventDefault());
        }

        guard(opener.webContents);
        opener.webContents.setWindowOpenHandler(({ url: target }) =>
          !child && isSignInOpen(target, url)
            ? {
                action: 'allow',
                overrideBrowserWindowOptions: {
                  width: 520,
                  height: 720,
                  title: signInTitle(target),
                  autoHideMenuBar: true,
                  ...(parent() ? { parent: parent() ?? undefined } : {}),
                  webPreferences: signInPreferences(partition),
                },
              }
            : { action: 'deny' },
        );
        opener.webContents.on('did-create-window', (created) => {
          child = created;
          guard(created.webContents);
          // Nothing opens from the identity provider's pages.
          created.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
          // The title bar shows the address, whatever the page calls itself.
          created.on('page-title-updated', (event) => event.preventDefault());
          created.webContents.on('did-navigate', (_event, address) => created.setTitle(signInTitle(address)));
          created.on('closed', () => finish({ kind: 'cancelled' }));
        });
        opener.on('closed', () => finish({ kind: 'cancelled' }));
        void opener.loadURL(openerPageUrl(url)).catch(() => finish({ kind: 'cancelled' }));
      }),
  };
}
