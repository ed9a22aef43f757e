/**
 * The shared browser-test fixture: every spec imports `test` and `expect` from here, not from
 * @playwright/test. A test fails on any Content-Security-Policy violation (reported by a
 * `securitypolicyviolation` listener installed before the page's own scripts, on every page
 * load) and on any console error or uncaught page error — one check for the whole suite.
 *
 * A test that provokes an error on purpose names it: `test.use({ allowedErrors: [/boom/] })`.
 */
import { test as base, expect } from '@playwright/test';

interface Guard {
  /** Console or page errors a test provokes on purpose. CSP violations are never allowed. */
  allowedErrors: RegExp[];
  guard: void;
}

declare global {
  interface Window { __reportCspViolation?: (report: string) => void }
}

export const test = base.extend<Guard>({
  allowedErrors: [[], { option: true }],
  guard: [async ({ page, allowedErrors }, use) => {
    const violations: string[] = [];
    const errors: string[] = [];
    await page.exposeFunction('__reportCspViolation', (report: string) => { violations.push(report); });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__reportCspViolation?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      });
    });
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use();
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    expect(errors.filter((e) => !allowedErrors.some((allowed) => allowed.test(e))), 'console errors').toEqual([]);
  }, { auto: true }],
});

export { expect };
export type { Download, Locator, Page } from '@playwright/test';
