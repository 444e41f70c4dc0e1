import { readdirSync, readFileSync } from 'node:fs';
import { format, placeholders } from '../src/lib/i18n/format';
import { locales, negotiateLocale } from '../src/lib/i18n/locales';

const messages = new URL('../src/lib/i18n/messages/', import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
/** Each language's files, by name; every language must have the same files. */
const files = Object.fromEntries(locales.map((locale) => [locale, readdirSync(new URL(`${locale}/`, messages)).sort()]));
const catalogs = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.assign({}, ...files[locale].map((file) => readJson(new URL(`${locale}/${file}`, messages)))) as Record<string, unknown>,
  ]),
);
const allKeys = [...new Set(Object.values(catalogs).flatMap((catalog) => Object.keys(catalog)))].sort();

describe('message catalogs', () => {
  it('has the same message files in every language', () => {
    for (const locale of locales) expect(files[locale]).toEqual(files.id);
  });

  it('never defines a key in two files', () => {
    for (const locale of locales) {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const file of files[locale]) {
        for (const key of Object.keys(readJson(new URL(`${locale}/${file}`, messages)))) {
          if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${file})`);
          seen.set(key, file);
        }
      }
      expect(twice).toEqual([]);
    }
  });

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
