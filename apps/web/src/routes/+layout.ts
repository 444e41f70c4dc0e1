import { browser, version } from '$app/environment';
import type { LayoutLoad } from './$types';

/** The language's messages, fetched once per page load and kept while the reader moves around the site. */
let loaded: { locale: string; messages: Record<string, string> } | undefined;

const ATTEMPTS = 3;

export const load: LayoutLoad = async ({ data, fetch }) => {
  // The server renders with the full catalogs (see $lib/i18n); only the browser needs them as data.
  if (!browser) return { ...data, messages: undefined };
  if (loaded?.locale !== data.locale) {
    loaded = { locale: data.locale, messages: await fetchMessages(fetch, data.locale) };
  }
  return { ...data, messages: loaded.messages };
};

async function fetchMessages(fetch: typeof globalThis.fetch, locale: string): Promise<Record<string, string>> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(`/i18n/${locale}?v=${encodeURIComponent(version)}`);
      if (response.ok) return (await response.json()) as Record<string, string>;
    } catch {
      // A dropped link: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
  }
  // Without its words the page cannot come alive; it stays as the server sent it, which works without
  // JavaScript: plain links and forms. Better than replacing a readable page with an error.
  return new Promise(() => {});
}
