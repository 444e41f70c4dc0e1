/**
 * Translated text for components (`t`) and for server code that knows the locale (`translate`).
 *
 * The server renders from the full catalogs. Browsers never download them as JavaScript: the root layout's
 * load fetches the reader's language only, as a cacheable JSON file (see routes/i18n), and `t` reads it from the
 * page data. That keeps every page's script small however many messages the site has.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { catalogs, type MessageKey } from './catalogs';
import { format, type MessageParams } from './format';
import { defaultLocale, isLocale, type Locale } from './locales';

export * from './locales';
export type { MessageKey, MessageParams };

/**
 * For code that is given the locale. In the browser only the page's own language is at hand (and `locale`
 * is always that one there), so the full catalogs never reach the browser's bundle.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  if (browser) return format(browserMessages()?.[key] ?? key, params);
  return format(catalogs[locale][key] ?? key, params);
}

function browserMessages(): Readonly<Record<string, string>> | undefined {
  return page.data.messages as Readonly<Record<string, string>> | undefined;
}

/** The locale of the page being rendered; on the server it belongs to this request only. */
export function currentLocale(): Locale {
  const locale = page.data.locale;
  return isLocale(locale) ? locale : defaultLocale;
}

/**
 * Reads the locale from the current page's data, which on the server belongs to this request
 * only, so two visitors rendering at once never see each other's language.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(currentLocale(), key, params);
}
