import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  main: {
    build: {
      // @pexip/infinity-api ships bundler-style ESM (extensionless imports) that Node cannot load
      // directly, so it is bundled into main instead of being required at run time.
      externalizeDeps: { exclude: ['@pexip/infinity-api'] },
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
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
    plugins: [vue()],
    build: {
      // Output goes to <outDir>/renderer (default out/renderer; `--outDir` moves it).
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
