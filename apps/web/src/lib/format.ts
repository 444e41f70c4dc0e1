/**
 * Dates and numbers as readers expect them in their language: `id-ID` or `en`, always in West Kalimantan's
 * time (WIB, Asia/Pontianak), whatever the server's or phone's clock is set to.
 */
import type { Locale } from '$lib/i18n/locales';

export const TIME_ZONE = 'Asia/Pontianak';

const languageTags: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export type DateStyle = 'date' | 'datetime' | 'time';

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  datetime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
};

export function formatDate(value: string | Date, locale: Locale, style: DateStyle = 'date'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const formatter = cached(`d:${locale}:${style}`, () =>
    new Intl.DateTimeFormat(languageTags[locale], { ...dateOptions[style], timeZone: TIME_ZONE }),
  );
  const text = formatter.format(date);
  return style === 'date' ? text : `${text} WIB`;
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const key = `n:${locale}:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(languageTags[locale], options)).format(value);
}

export function formatPercent(share: number, locale: Locale): string {
  return formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 0 });
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hari lagi", "2 jam yang lalu": for deadlines and recent activity. `now` is passed in so pages render alike. */
export function formatRelative(value: string | Date, locale: Locale, now: Date = new Date()): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const diff = date.getTime() - now.getTime();
  const formatter = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(languageTags[locale], { numeric: 'auto' }));
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return formatter.format(Math.round(diff / ms), unit);
  }
  // Under a minute: "sekarang" / "now".
  return formatter.format(0, 'second');
}
