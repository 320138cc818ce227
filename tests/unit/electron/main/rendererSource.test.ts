// `npm run dev` serves the renderer from electron-vite's dev server (ELECTRON_RENDERER_URL); a
// packaged app, or a URL that is not this computer, always uses the built files.
import { describe, expect, it } from 'vitest';
import { rendererSource } from '../../../../electron/main/rendererSource';

describe('renderer source', () => {
  it('uses the dev server in development', () => {
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, '/out/renderer')).toEqual({ kind: 'devServer', url: 'http://localhost:5173' });
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174/' }, false, '/out/renderer')).toEqual({ kind: 'devServer', url: 'http://127.0.0.1:5174' });
  });

  it('uses the built files when packaged, unset, not loopback or not a URL', () => {
    const files = { kind: 'files', dir: '/out/renderer' };
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true, '/out/renderer')).toEqual(files);
    expect(rendererSource({}, false, '/out/renderer')).toEqual(files);
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'http://evil.example:5173' }, false, '/out/renderer')).toEqual(files);
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'not a url' }, false, '/out/renderer')).toEqual(files);
  });
});
