/** Translated text for components (`t`) and for server code that knows the locale (`translate`). */
import { page } from '$app/state';
import { catalogs, type MessageKey } from './catalogs';
import { format, type MessageParams } from './format';
import { defaultLocale, isLocale, type Locale } from './locales';

export * from './locales';
export type { MessageKey, MessageParams };

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return format(catalogs[locale][key] ?? key, params);
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
