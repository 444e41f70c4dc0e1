import type { ReportLanguage } from './context.js';
import en from './messages/en.json' with { type: 'json' };
import id from './messages/id.json' with { type: 'json' };

export type MessageKey = keyof typeof id;
export type MessageParams = Record<string, string | number>;

// Typed against the Indonesian file so a key missing in English fails to compile; the message test checks the
// placeholders, which types cannot see.
const catalogs: Record<ReportLanguage, Record<MessageKey, string>> = { id, en };

export function messageCatalog(lang: ReportLanguage): Readonly<Record<MessageKey, string>> {
  return catalogs[lang];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholders(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort();
}

// West Kalimantan keeps WIB (UTC+7, no daylight saving), the same clock as Jakarta.
const TIME_ZONE = 'Asia/Jakarta';
const DATE_TAGS: Record<ReportLanguage, string> = { id: 'id-ID', en: 'en-GB' };
const NUMBER_TAGS: Record<ReportLanguage, string> = { id: 'id-ID', en: 'en' };

/** Everything a renderer needs to put words, dates and numbers in the reader's language. */
export interface Translator {
  lang: ReportLanguage;
  t(key: MessageKey, params?: MessageParams): string;
  /** "12 Desember 2026 pukul 14.30 WIB": an instant, in WIB. */
  dateTime(iso: string): string;
  /** "12 Desember 2026": a calendar day ("YYYY-MM-DD"), already cut in the community's time. */
  day(date: string): string;
  /** "12 Des": a calendar day on a chart's axis. */
  shortDay(date: string): string;
  number(value: number): string;
  /** A share from 0 to 1 as a whole percentage. */
  percent(share: number): string;
  /** A decimal such as a silhouette, to two places. */
  decimal(value: number): string;
  /** A proposal status in words; an unknown code is shown as it is. */
  proposalStatus(status: string): string;
  role(role: string): string;
}

export function translator(lang: ReportLanguage): Translator {
  const catalog = catalogs[lang];
  const dateTimeFormat = new Intl.DateTimeFormat(DATE_TAGS[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  });
  // Calendar days were cut by the engine already; reading them in UTC keeps them from moving.
  const dayFormat = new Intl.DateTimeFormat(DATE_TAGS[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDayFormat = new Intl.DateTimeFormat(DATE_TAGS[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(NUMBER_TAGS[lang]);
  const percentFormat = new Intl.NumberFormat(NUMBER_TAGS[lang], { style: 'percent', maximumFractionDigits: 0 });
  const decimalFormat = new Intl.NumberFormat(NUMBER_TAGS[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const t = (key: MessageKey, params: MessageParams = {}): string =>
    catalog[key].replace(PLACEHOLDER, (_whole, name: string) => {
      if (!(name in params)) throw new Error(`Message ${key} needs {${name}}`);
      return String(params[name]);
    });
  const known = (prefix: string, code: string): string => {
    const key = `${prefix}.${code}` as MessageKey;
    return key in catalog ? catalog[key] : code;
  };
  const asDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

  return {
    lang,
    t,
    dateTime: (iso) => `${dateTimeFormat.format(new Date(iso))} WIB`,
    day: (date) => dayFormat.format(asDay(date)),
    shortDay: (date) => shortDayFormat.format(asDay(date)),
    number: (value) => numberFormat.format(value),
    percent: (share) => percentFormat.format(share),
    decimal: (value) => decimalFormat.format(value),
    proposalStatus: (status) => known('status', status),
    role: (role) => known('role', role),
  };
}
