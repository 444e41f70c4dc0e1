/** Which languages Rembug speaks, and how a request picks one. */

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Bahasa Indonesia comes first: it is what most residents read most easily. */
export const defaultLocale: Locale = 'id';

export const LOCALE_COOKIE = 'lang';

/** Each language is named in itself, so a reader finds theirs whichever language is showing. */
export const localeNames: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Older Android phones still report Indonesian with its retired ISO code `in`. */
const aliases: Record<string, Locale> = { in: 'id' };

/**
 * A remembered choice wins over the browser's list; the list is read by quality,
 * so `en;q=0.3, id` still yields Indonesian.
 */
export function negotiateLocale(cookie: string | undefined | null, acceptLanguage: string | undefined | null): Locale {
  if (isLocale(cookie)) return cookie;
  if (!acceptLanguage) return defaultLocale;

  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    const locale = aliases[primary] ?? primary;
    if (isLocale(locale)) return locale;
  }
  return defaultLocale;
}
