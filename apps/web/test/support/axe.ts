/** Runs axe-core against a page and returns the violations people would hit (serious or critical). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * WCAG 2.0–2.2 A and AA rules, on the page exactly as it is now.
 *
 * axe needs timers, which do not run on a page with JavaScript off, so the check runs on a copy: the current
 * DOM served at the same address in a scratch context with JavaScript on, the site's own scripts blocked
 * (so nothing changes the copy) and its stylesheets loaded (contrast depends on them).
 */
export async function seriousAccessibilityProblems(page: Page): Promise<AxeProblem[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('The page has no browser to make a copy in');
  const url = page.url();
  const html = await page.content();
  const viewport = page.viewportSize() ?? undefined;

  const context = await browser.newContext({ javaScriptEnabled: true, viewport });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', (route) => {
      const request = route.request();
      if (request.url() === url && request.resourceType() === 'document') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return request.resourceType() === 'script' ? route.abort() : route.continue();
    });
    await copy.goto(url, { waitUntil: 'load' });
    // `;0`: the value of the last statement would otherwise be sent back, and axe is not serialisable.
    await copy.evaluate(`${axeSource}\n;0`);
    const violations = await copy.evaluate(async () => {
      type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  } finally {
    await context.close();
  }
}
