import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The language reference is part of the app's help: the build emits docs/language.md (and
 * the notes it links to) next to index.html, and the dev and preview servers serve them at
 * those paths as UTF-8 text (browsers would otherwise guess the encoding of ∂ and σ, or
 * offer a download). The files start with a byte-order mark, so a static host that
 * sends `text/markdown` without a charset still shows ∂ rather than mojibake.
 */
function languageReference(): Plugin {
  const docs = ['language.md', 'language-notes.md'];
  const pathOf = (name: string) => fileURLToPath(new URL(`./docs/${name}`, import.meta.url));
  const read = (name: string) => '\uFEFF' + readFileSync(pathOf(name), 'utf8');
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const name = docs.find((d) => req.url?.replace(/[?#].*$/, '').endsWith(`/${d}`));
    if (name === undefined) return next();
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(read(name));
  };
  return {
    name: 'chainrule-language-reference',
    buildStart() { for (const d of docs) this.addWatchFile(pathOf(d)); },
    generateBundle() { for (const d of docs) this.emitFile({ type: 'asset', fileName: d, source: read(d) }); },
    configureServer(server) { server.middlewares.use(serve); },
    configurePreviewServer(server) { server.middlewares.use(serve); },
  };
}

/**
 * The strict Content-Security-Policy of issue 12, as a meta tag in the built index.html only
 * (the dev server's React refresh needs an inline script, so it has none).
 *
 * Styles: `style-src 'self'` alone, with no 'unsafe-inline'. That is enough because every
 * inline style on the page is set through the CSSOM (`element.style.x = …`), which CSP does not
 * govern: React's style props, D3's `.style()`, and KaTeX's `katex.render`, which builds DOM
 * nodes and sets their styles property by property (measured in Chromium by the browser suite,
 * which fails on any securitypolicyviolation). What the policy would block — a `style="…"`
 * attribute in HTML markup, a <style> element, `katex.renderToString` into innerHTML — is
 * never used. `frame-ancestors` is ignored in a meta tag; a host that wants it sends a header.
 * The worker comes from 'self': worker-src falls back to script-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
  "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'chainrule-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Offline: an installable PWA whose service worker (Workbox, generateSW) precaches the whole
 * build — HTML, every JS chunk (the lazy ones too), CSS, the KaTeX woff2 fonts, icons and the
 * language reference — so after one visit the app loads and works with no network.
 *
 * Updates never mix versions: `registerType: 'prompt'` without a prompt, i.e. the service
 * worker's own lifecycle, no skipWaiting. A new build has a new precache manifest (a revision
 * per file); the new worker downloads ALL of it into a fresh cache while the old worker keeps
 * serving open tabs from the old one, and takes over only when no tab of the old version is
 * left (the next visit after they close). So a page is served by one manifest from its HTML
 * to its last lazy chunk. `autoUpdate` (skipWaiting) was rejected: an open old page that
 * lazy-loads a panel after the switch would ask for a chunk the new cache no longer holds.
 * `clientsClaim` only lets the first install control the page that installed it.
 *
 * Registration: `injectRegister: 'script'` adds <script src="registerSW.js">, a file, so a
 * strict CSP (script-src 'self') holds; no inline script.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: 'script',
  strategies: 'generateSW',
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Chainrule — see backpropagation',
    short_name: 'Chainrule',
    description: 'Type an expression and step through its computational graph, forward and backward.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d3557',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,woff2,svg,md,png,webmanifest}'],
    // No navigateFallback: it would answer a visit to language.md with index.html. The app is
    // one page; './' finds the precached index.html through Workbox's directoryIndex.
    navigateFallback: null,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [react(), languageReference(), pwa, contentSecurityPolicy()],
  base: './',
  // KaTeX fonts stay files, so the build runs under a strict CSP (font-src 'self').
  build: { assetsInlineLimit: 0, target: 'es2022' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts', 'fuzz/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
