import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';

const UI_MODULES = ['vue', 'pinia', 'element-plus', 'vue-router', 'vue-echarts'];
const NODE_MODULES = ['fs', 'path', 'url', 'util', 'zlib', 'buffer'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain stays pure: no Vue, DOM-bound libraries or Node APIs.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'pinia', 'echarts', 'element-plus', 'vue-router', 'node:*', 'fs', 'path'] }],
    },
  },
  {
    // src/io runs in the browser too (file contents in, data out); Node file access lives in src/cli.
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...UI_MODULES, 'echarts', ...NODE_MODULES], patterns: ['node:*'] }],
    },
  },
  {
    // Chart options and the deck are plain data: ECharts types only (the CLI renders them with SSR).
    files: ['src/charts/**/*.ts', 'src/present/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [...UI_MODULES, ...NODE_MODULES, { name: 'echarts', allowTypeImports: true, message: 'Types only: options are data, rendered by the app or the CLI.' }],
        patterns: ['node:*'],
      }],
    },
  },
);
