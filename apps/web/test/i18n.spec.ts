import { readFileSync } from 'node:fs';
import { format, placeholders } from '../src/lib/i18n/format';
import { locales, negotiateLocale } from '../src/lib/i18n/locales';

const catalogs = Object.fromEntries(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../src/lib/i18n/${locale}.json`, import.meta.url), 'utf8')) as Record<string, unknown>,
  ]),
);
const allKeys = [...new Set(Object.values(catalogs).flatMap((catalog) => Object.keys(catalog)))].sort();

describe('message catalogs', () => {
  it.each(locales)('%s has every key, each a non-empty string', (locale) => {
    const catalog = catalogs[locale];
    const missing = allKeys.filter((key) => !(key in catalog));
    const blank = Object.entries(catalog).filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect({ missing, blank: blank.map(([key]) => key) }).toEqual({ missing: [], blank: [] });
  });

  it('uses the same placeholders for a key in every language', () => {
    const mismatched = allKeys.filter((key) => {
      const [first, ...rest] = locales.map((locale) => placeholders(String(catalogs[locale][key] ?? '')).join(','));
      return rest.some((other) => other !== first);
    });
    expect(mismatched).toEqual([]);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Desa di {regency} ({count})', { regency: 'Kubu Raya', count: 9 })).toBe('Desa di Kubu Raya (9)');
    expect(format('Halo {name}')).toBe('Halo {name}');
  });
});

describe('negotiateLocale', () => {
  it.each([
    ['a remembered choice wins', 'en', 'id-ID,id;q=0.9', 'en'],
    ['an unknown cookie is ignored', 'fr', 'en-US', 'en'],
    ['Indonesian from the browser', undefined, 'id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['English from the browser', undefined, 'en-GB,en;q=0.9', 'en'],
    ['quality decides, not order', undefined, 'en;q=0.3, id;q=0.8', 'id'],
    ["older Android's `in` code", undefined, 'in-ID', 'id'],
    ['a language Rembug does not speak', undefined, 'de-DE,fr;q=0.5', 'id'],
    ['no header at all', undefined, null, 'id'],
    ['a refused language is skipped', undefined, 'id;q=0, en', 'en'],
  ])('%s', (_case, cookie, header, expected) => {
    expect(negotiateLocale(cookie, header)).toBe(expected);
  });
});
