import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describeInBrowser, launchChromium } from './support/browser';
import { startStack, type Stack } from './support/stack';

describeInBrowser('home page in a real browser', (executablePath) => {
  let stack: Stack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // One after the other, so afterAll can close whichever started if the other fails.
    browser = await launchChromium(executablePath);
    stack = await startStack();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A fresh visitor: no cookies, JavaScript off (as on many cheap phones), an Indonesian phone. */
  async function visitor(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID', ...options });
    contexts.push(context);
    return context.newPage();
  }

  const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

  it('renders the districts with their villages on the server, in Indonesian', async () => {
    const page = await visitor();
    const response = await page.goto(stack.webUrl);

    expect(response?.status()).toBe(200);
    expect(await htmlLang(page)).toBe('id');
    await page.getByRole('heading', { level: 1, name: 'Rembug warga, kini daring' }).waitFor();

    const areas = page.getByRole('region', { name: 'Kecamatan dan desa di Kabupaten Kubu Raya' });
    const districts = areas.locator(':scope > ul > li');
    const districtNames = await districts.locator(':scope > details > summary, :scope > .district-name').allTextContents();
    expect(districtNames).toHaveLength(9);
    expect(districtNames).toEqual(expect.arrayContaining(['Sungai Raya', 'Sungai Kakap', 'Rasau Jaya']));
    expect(await districts.locator('ul > li').count()).toBeGreaterThan(0);
  });

  it('switches to English without JavaScript and remembers the choice', async () => {
    const page = await visitor();
    await page.goto(`${stack.webUrl}/halaman-yang-tidak-ada?dari=tes`);
    expect(await htmlLang(page)).toBe('id');

    await page.getByRole('button', { name: 'English' }).click();

    // Back on the same page, now in English.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/halaman-yang-tidak-ada?dari=tes');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    // Still English on the next page.
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Village deliberation, now online' }).waitFor();
    await page.getByRole('region', { name: 'Districts and villages in Kabupaten Kubu Raya' }).waitFor();

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    expect(await htmlLang(page)).toBe('id');
  });

  it("follows the phone's language until the visitor chooses", async () => {
    expect(await htmlLang(await openHome(await visitor({ locale: 'en-US' })))).toBe('en');
    expect(await htmlLang(await openHome(await visitor({ locale: 'de-DE' })))).toBe('id');
  });

  it('works the same with JavaScript on, without errors in the console', async () => {
    const page = await visitor({ javaScriptEnabled: true });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(stack.webUrl, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Village deliberation, now online' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(problems).toEqual([]);
  });

  async function openHome(page: Page): Promise<Page> {
    await page.goto(stack.webUrl);
    return page;
  }
});
