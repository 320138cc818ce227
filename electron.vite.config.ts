import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
import { allowInlineStyleElements } from './electron/main/security/contentSecurityPolicy';

// `npm run dev` only: Vite's dev server injects each style sheet as a <style> element (for hot
// reload), which the renderer's policy (style-src-elem 'self') refuses, so the page would lose its
// styles. The dev page's <meta> (and the app:// header in dev) allow them; builds stay strict.
const devInlineStyles: Plugin = {
  name: 'parley-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => allowInlineStyleElements(html),
};

export default defineConfig({
  main: {
    build: {
      // Every dependency is bundled into out/main: bare imports from an ESM main inside app.asar
      // have a history of Electron bugs, and @pexip/infinity-api ships bundler-style ESM
      // (extensionless imports) that Node cannot load at all. The packaged app then needs no
      // node_modules (electron-builder.yml leaves them out). electron and node: stay external.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') },
        // The one exception: uiohook-napi picks its prebuilt .node for the OS and CPU at run time
        // (node-gyp-build reads its own prebuilds/ folder), which no bundle can carry. It and
        // node-gyp-build ship as packages (electron-builder.yml `files`, the .node unpacked).
        external: ['uiohook-napi'],
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads must be a single CommonJS file.
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [vue(), devInlineStyles],
    // vue-i18n's build flags: composition API only, no devtools; its JIT compiler needs no eval (CSP).
    define: {
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    // Module workers: the RNNoise AudioWorklet is loaded with addModule (a module script), and its
    // wasm loader reads import.meta.url, which a classic bundle would turn into self.location (an
    // AudioWorklet has no self).
    worker: { format: 'es' },
    build: {
      // Output goes to <outDir>/renderer (default out/renderer; `--outDir` moves it).
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
