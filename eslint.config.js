import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point one way: components → store → core, components → layout → core.
// core and layout import nothing of ours outside themselves and no UI library.
const uiLibraries = ['react', 'react-dom', 'react/*', 'd3', 'd3-*', 'katex', 'katex/*', 'zustand', 'zustand/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}', 'src/view/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: uiLibraries, message: 'src/core is the engine: no React, D3, KaTeX or Zustand.' },
        // The one exception: the English catalog's modules, which are pure data. The engine builds
        // its English messages from them, so each message's words live in one place (i18n/en/engine.ts).
        { group: ['**/store/*', '**/components/*', '**/view/*', '**/app/*', '**/cli/*', '**/layout/*', '**/presets/*', '**/worker/*', '**/i18n/ko/*', '**/i18n/index.ts', '**/i18n/en/index.ts', 'node:*'], message: 'src/core imports nothing outside itself (but the English catalog i18n/en/*).' },
      ] }],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    ignores: ['src/i18n/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: uiLibraries, message: 'src/i18n holds plain catalogs: the CLI reads them too.' },
        { group: ['../../*', '../*/**/*.ts', '!../index.ts', 'node:*'], message: 'src/i18n imports nothing outside itself.' },
      ] }],
    },
  },
  {
    files: ['src/layout/**/*.ts'],
    ignores: ['src/layout/**/*.test.ts', 'src/layout/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: uiLibraries, message: 'src/layout is pure: no React, D3, KaTeX or Zustand.' },
        { group: ['../store/*', '../components/*', '../app/*', '../cli/*', 'node:*'], message: 'layout depends on core only.' },
      ] }],
    },
  },
  {
    // Pure view logic beside the lesson view: no React, no store, no components.
    files: ['src/view/**/*.ts'],
    ignores: ['src/view/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '**/components/*', '**/app/*', '**/store/*'], message: 'src/view is framework-free: React components and the store read it, not the other way.' },
      ] }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../components/*', '../app/*', 'react-dom', 'd3', 'd3-*', 'katex'], message: 'store depends on core (and layout) only.' },
      ] }],
    },
  },
);
