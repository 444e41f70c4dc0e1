/** Translated text for components (`t`) and for server code that knows the locale (`translate`). */
import { page } from '$app/state';
import en from './en.json';
import id from './id.json';
import { format, type MessageParams } from './format';
import { defaultLocale, isLocale, type Locale } from './locales';

export * from './locales';
export type { MessageParams };

export type MessageKey = keyof typeof id;

// Typing both catalogs against the Indonesian keys makes a missing English key a type error too.
const catalogs: Record<Locale, Record<MessageKey, string>> = { id, en };

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return format(catalogs[locale][key], params);
}

/**
 * Reads the locale from the current page's data, which on the server belongs to this request
 * only, so two visitors rendering at once never see each other's language.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const locale = page.data.locale;
  return translate(isLocale(locale) ? locale : defaultLocale, key, params);
}
