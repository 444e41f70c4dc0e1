/**
 * A summary's files (PDF, Markdown, CSV, JSON) come from the API, which browsers cannot reach: this server fetches
 * the file on the visitor's behalf, in their language, and streams it through as it arrives.
 */
import { error } from '@sveltejs/kit';
import { translate, type Locale } from '$lib/i18n';
import { fetchApi, unavailable } from './api';

export const summaryFiles = ['summary.pdf', 'summary.md', 'summary.csv', 'summary-proposals.csv', 'summary.json'] as const;
export type SummaryFile = (typeof summaryFiles)[number];

export function isSummaryFile(name: string): name is SummaryFile {
  return (summaryFiles as readonly string[]).includes(name);
}

/** What the browser needs to save the file under the API's name and show it right. */
const PASSED_ON = ['content-type', 'content-disposition', 'content-language', 'x-content-type-options'];

/**
 * A big area's summary takes seconds of the API's time, and the first request after a change waits for it: longer
 * than other pages wait, before the page (or the file's first byte) gives up. A file then streams without a limit.
 */
export const SUMMARY_TIMEOUT_MS = 30_000;

/**
 * `apiPath` is the file's path on the API (`/exports/…`); `params` its scope, if any. The API's 404 and 400 stay
 * 404 and 400, with a message in the visitor's language instead of the API's English.
 */
export async function summaryFile(apiPath: string, params: URLSearchParams, locale: Locale): Promise<Response> {
  const query = new URLSearchParams(params);
  query.set('lang', locale);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The API took too long', 'TimeoutError')), SUMMARY_TIMEOUT_MS);
  let upstream: Response;
  try {
    upstream = await fetchApi(`${apiPath}?${query}`, { signal: controller.signal });
  } catch (cause) {
    // The reason names hosts and ports: it is for the operator's log, never for the visitor.
    // eslint-disable-next-line no-console
    console.warn(`[rembug-web] ${unavailable(cause).message}`);
    error(503, { message: translate(locale, 'summary.download.unavailable'), code: 'UNAVAILABLE' });
  } finally {
    clearTimeout(timer);
  }

  if (upstream.status !== 200 || !upstream.body) {
    await upstream.body?.cancel();
    if (upstream.status === 404) error(404, { message: translate(locale, 'summary.download.notFound'), code: 'NOT_FOUND' });
    if (upstream.status === 400) error(400, { message: translate(locale, 'summary.download.badInput'), code: 'BAD_USER_INPUT' });
    if (upstream.status === 429) error(429, { message: translate(locale, 'summary.download.unavailable'), code: 'RATE_LIMITED' });
    error(503, { message: translate(locale, 'summary.download.unavailable'), code: 'UNAVAILABLE' });
  }

  const headers = new Headers();
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The address is the same in every language: a shared cache must not hand one reader's language to another.
  headers.set('cache-control', 'private, max-age=30');
  headers.set('vary', 'Cookie, Accept-Language');
  return new Response(upstream.body, { status: 200, headers });
}
