// Lint config: typescript-eslint for all TS, eslint-plugin-vue for the renderer's SFCs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import vueI18n from '@intlify/eslint-plugin-vue-i18n';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'renderer/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'no-restricted-imports': 'off',
    },
  },
  {
    // Every word a person reads comes from the message files (renderer/src/i18n/locales): no raw text in
    // templates or in the attributes people hear (labels, placeholders, titles), no key missing from English.
    files: ['renderer/**/*.vue'],
    plugins: { '@intlify/vue-i18n': vueI18n },
    settings: {
      'vue-i18n': { localeDir: './renderer/src/i18n/locales/*.json', messageSyntaxVersion: '^11.0.0' },
    },
    rules: {
      '@intlify/vue-i18n/no-raw-text': [
        'error',
        {
          attributes: { '/.+/': ['aria-label', 'placeholder', 'title', 'alt', 'label', 'aria-roledescription', 'aria-valuetext'] },
          // Punctuation, symbols and numbers say nothing in a language; product and protocol names stay as they are.
          ignorePattern: '^[-–—:;·•●⋯,.()\\[\\]#%/+×✕…“”"\'!?|\\s\\d]*$',
          ignoreText: ['SIP', 'H.323', 'RTMP', 'Skype for Business', 'meet.example.com', 'sip:room@example.com', 'http://proxy.example.com:3128'],
        },
      ],
      '@intlify/vue-i18n/no-missing-keys': 'error',
    },
  },
  {
    // Playwright requires fixtures to destructure their first argument, even when they use nothing.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Only electron/main and electron/preload are Electron code; every other layer is plain Node or
    // plain browser code.
    // Layering and cycles are checked by dependency-cruiser (.dependency-cruiser.cjs) in `npm run lint`.
    files: ['**/*.ts', '**/*.vue'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['electron/*'] }] },
  },
);
