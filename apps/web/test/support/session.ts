/**
 * The setup every browser spec shares: Chromium and a running stack for the whole describe block, and fresh
 * browser contexts (an Indonesian phone, signed in as someone if asked) that are closed after each test.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { signInBrowser, type Person } from './people';
import { startStack, type Stack, type StackOptions } from './stack';

export interface SessionOptions extends BrowserContextOptions {
  /** Signed in as this person (through their session cookie, as the login form would); a visitor if not given. */
  person?: Pick<Person, 'token'> | null;
}

export interface BrowserStackOptions extends StackOptions {
  /** What every context gets unless a test says otherwise, e.g. `{ javaScriptEnabled: false }`. */
  contextDefaults?: BrowserContextOptions;
  /** Fail a test when a page it opened throws an uncaught error (checked after its contexts are closed). */
  failOnPageErrors?: boolean;
}

export interface BrowserStack {
  /** The stack's addresses; this object may be kept from the start, but read it only in tests and hooks. */
  readonly stack: Pick<Stack, 'apiUrl' | 'webUrl' | 'databaseUrl'>;
  /** The browser, once launched: read it in tests and hooks only. */
  readonly browser: Browser;
  /** A new context, closed after the test: locale id-ID unless overridden. */
  context(options?: SessionOptions): Promise<BrowserContext>;
  /** A new page in a context of its own, closed after the test. */
  page(options?: SessionOptions): Promise<Page>;
}

/**
 * Call inside a `describeInBrowser` body, before the block's own hooks: its beforeAll launches Chromium and
 * starts the stack, so later beforeAll hooks can already use `stack`.
 */
export function useBrowserStack(executablePath: string, options: BrowserStackOptions = {}): BrowserStack {
  const { contextDefaults = {}, failOnPageErrors = false, ...stackOptions } = options;
  let browser: Browser | undefined;
  let running: Stack | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const notYet = (what: string) => new Error(`${what} is not running yet: use it in tests and hooks, after useBrowserStack's beforeAll.`);
  const started = (): Stack => {
    if (!running) throw notYet('The stack');
    return running;
  };
  const launched = (): Browser => {
    if (!browser) throw notYet('Chromium');
    return browser;
  };
  const stack = {
    get apiUrl() {
      return started().apiUrl;
    },
    get webUrl() {
      return started().webUrl;
    },
    get databaseUrl() {
      return started().databaseUrl;
    },
  };

  beforeAll(async () => {
    // One after the other, so afterAll can close whichever started if the other fails.
    browser = await launchChromium(executablePath);
    running = await startStack(stackOptions);
  }, (stackOptions.readyTimeoutMs ?? 60_000) + 60_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    if (failOnPageErrors) expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function context({ person, ...contextOptions }: SessionOptions = {}): Promise<BrowserContext> {
    const context = await launched().newContext({ locale: 'id-ID', ...contextDefaults, ...contextOptions });
    contexts.push(context);
    if (person) await signInBrowser(context, stack.webUrl, person);
    return context;
  }

  async function page(sessionOptions: SessionOptions = {}): Promise<Page> {
    const page = await (await context(sessionOptions)).newPage();
    if (failOnPageErrors) page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  return {
    stack,
    get browser() {
      return launched();
    },
    context,
    page,
  };
}

/** The page's script has taken over (the root layout marks `<html data-hydrated>`). */
export function hydrated(page: Page): Promise<void> {
  return page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The page's live connection is up (`<html data-live="connected">`); its subscriptions are sent right after. */
export function liveConnected(page: Page): Promise<void> {
  return page.locator('html[data-live="connected"]').waitFor({ state: 'attached' });
}

/**
 * A weak village link: the page's words (/i18n/) are held back until `release()` is called, so the page is shown
 * but its scripts come alive only after that.
 */
export async function holdTranslations(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/i18n/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
