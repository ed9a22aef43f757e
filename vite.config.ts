import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), languageReference(), contentSecurityPolicy()],
  base: './',
  // KaTeX fonts stay files, so the build runs under a strict CSP (font-src 'self').
  build: { assetsInlineLimit: 0, target: 'es2022' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
