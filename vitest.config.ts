import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// @pexip/infinity-api ships extensionless ESM imports that only bundlers resolve: let Vite inline it.
const inlineDeps = { deps: { inline: ['@pexip/infinity-api'] } };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
          environment: 'node',
          server: inlineDeps,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          include: ['tests/unit/renderer/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/rendererI18n.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          server: inlineDeps,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
