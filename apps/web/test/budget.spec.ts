import type { Browser, BrowserContext } from 'playwright-core';
import { THREAD_JS_BUDGET_BYTES, formatKb, formatScriptSizes, measureScripts } from '../../../scripts/lib/js-size.mjs';
import { describeInBrowser, launchChromium } from './support/browser';
import { startStack, type Stack } from './support/stack';

/**
 * The thread page is what villagers open from a link shared in a WhatsApp group, often on a cheap phone over a
 * slow connection: every script it loads, lazy chunks included, must fit in 60 KB gzip-compressed. Sizes are
 * gzip level 6 of each decoded body, measured like `npm run lighthouse` does (scripts/lib/js-size.mjs).
 */
describeInBrowser('JavaScript budget', (executablePath) => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchChromium(executablePath);
    stack = await startStack({ apiEnv: { DEMO_DATA: '1' }, readyTimeoutMs: 180_000 });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  it(`keeps the thread page's JavaScript within ${formatKb(THREAD_JS_BUDGET_BYTES)} gzip`, async () => {
    const threadId = await firstThreadId(stack.apiUrl);
    context = await browser.newContext({ javaScriptEnabled: true, locale: 'id-ID' });
    const page = await context.newPage();

    const bodies: Promise<{ url: string; body: Buffer }>[] = [];
    page.on('response', (response) => {
      // Module preloads, entry points and chunks imported later all count.
      if (response.request().resourceType() !== 'script') return;
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
    });

    const path = `/threads/${threadId}`;
    const response = await page.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });

    const sizes = measureScripts(await Promise.all(bodies));
    // No script at all would mean the page did not hydrate, not that it is light.
    expect(sizes.scripts.length).toBeGreaterThan(0);
    if (sizes.totalGzipBytes > THREAD_JS_BUDGET_BYTES) {
      throw new Error(
        `The thread page loads ${formatKb(sizes.totalGzipBytes)} of JavaScript (gzip), over the ` +
          `${formatKb(THREAD_JS_BUDGET_BYTES)} budget:\n${formatScriptSizes(sizes, stack.webUrl)}`,
      );
    }
  });
});

async function firstThreadId(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ threads(first: 1) { edges { node { id } } } }' }),
  });
  const body = (await response.json()) as { data?: { threads: { edges: { node: { id: string } }[] } } };
  const id = body.data?.threads.edges[0]?.node.id;
  if (!id) throw new Error(`The API listed no thread (HTTP ${response.status}): ${JSON.stringify(body)}`);
  return id;
}
