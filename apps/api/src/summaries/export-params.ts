import type { SummaryScope } from '@rembug/summary-engine';

export type ExportLanguage = 'id' | 'en';
export const EXPORT_FORMATS = ['md', 'json', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportParamError extends Error {}

/** `?lang=`: Bahasa Indonesia unless English is asked for. */
export function exportLanguage(value: unknown): ExportLanguage {
  if (value === undefined || value === '') return 'id';
  if (value === 'id' || value === 'en') return value;
  throw new ExportParamError('lang must be id or en.');
}

/**
 * A date or instant from a query string: YYYY-MM-DD is midnight at the start of that day in the community's time
 * zone; anything else must be an ISO 8601 instant with its offset (2026-11-01T00:00:00+07:00).
 */
export function exportInstant(name: string, value: unknown, utcOffsetMinutes: number): Date | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new ExportParamError(`${name} must be given once.`);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) - utcOffsetMinutes * 60_000);
    if (new Date(date.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10) === value) return date;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new ExportParamError(`${name} must be a date such as 2026-11-01 or an instant such as 2026-11-01T08:00:00+07:00.`);
}

/** The query string that names a scope's export, e.g. "?areaId=…&from=…"; empty for the whole regency. */
export function scopeQueryString(scope: Pick<SummaryScope, 'areaId' | 'categoryId' | 'from' | 'to'>): string {
  const params = new URLSearchParams();
  if (scope.areaId) params.set('areaId', scope.areaId);
  if (scope.categoryId) params.set('categoryId', scope.categoryId);
  if (scope.from) params.set('from', scope.from);
  if (scope.to) params.set('to', scope.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An attachment name a person recognises in their downloads: rembug-ringkasan-<what>-<day>.<ext>. */
export function exportFileName(summary: { scope: SummaryScope; asOf: string }, lang: ExportLanguage, file: string): string {
  const what = summary.scope.title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  const word = lang === 'id' ? 'ringkasan' : 'summary';
  return `rembug-${word}-${what || 'rembug'}-${summary.asOf.slice(0, 10)}${file}`;
}
