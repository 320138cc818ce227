// Where the renderer's files come from: the built folder, or in `npm run dev` the dev server that
// electron-vite names in ELECTRON_RENDERER_URL. Either way the page is served as app://parley, so
// the origin checks (permissions, IPC sender, navigation, CSP) stay the same in development.
// No electron import, so it is unit-tested as is.
export type RendererSource = { kind: 'files'; dir: string } | { kind: 'devServer'; url: string };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function rendererSource(env: NodeJS.ProcessEnv, isPackaged: boolean, builtDir: string): RendererSource {
  const devUrl = env.ELECTRON_RENDERER_URL;
  // A packaged app never loads from a dev server, and a dev server is only ever on this computer.
  if (isPackaged || !devUrl) return { kind: 'files', dir: builtDir };
  try {
    const url = new URL(devUrl);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname)) {
      return { kind: 'devServer', url: url.origin };
    }
  } catch {
    // Not a URL: use the built files.
  }
  return { kind: 'files', dir: builtDir };
}
