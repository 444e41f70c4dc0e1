/**
 * The area summary's filters, as they arrive in the address (`?category=&from=&to=`, dates as YYYY-MM-DD from a
 * date field) and as the API takes them: instants, the end day included up to its last moment, in WIB.
 */
import { parseIsoDay, startOfLocalDay } from '$lib/calendar';
import { TIME_ZONE } from '$lib/format';
import type { MessageKey } from '$lib/i18n';

export const FILTER_NAMES = ['category', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SummaryScopeFilter {
  categoryId: string | null;
  /** Local midnight at the start of the first day. */
  from: Date | null;
  /** Local midnight after the last day: the API counts up to, not including, this instant. */
  to: Date | null;
}

export interface ReadFilters {
  /** As given, to show again in the form. */
  values: Record<FilterName, string>;
  /** What is wrong with a value, per field; empty when all is well. */
  problems: Partial<Record<FilterName, MessageKey>>;
  /** The scope to ask for; null while a value is wrong. */
  scope: SummaryScopeFilter | null;
}

export function readFilters(params: URLSearchParams, categoryIds: ReadonlySet<string>, timeZone: string = TIME_ZONE): ReadFilters {
  const values = Object.fromEntries(FILTER_NAMES.map((name) => [name, (params.get(name) ?? '').trim()])) as Record<FilterName, string>;
  const problems: ReadFilters['problems'] = {};

  if (values.category && !categoryIds.has(values.category.toLowerCase())) problems.category = 'summary.filter.badCategory';
  const from = values.from ? parseIsoDay(values.from) : null;
  const to = values.to ? parseIsoDay(values.to) : null;
  if (from === undefined) problems.from = 'summary.filter.badDate';
  if (to === undefined) problems.to = 'summary.filter.badDate';
  const start = from ? startOfLocalDay(from, timeZone) : null;
  const end = to ? startOfLocalDay({ ...to, day: to.day + 1 }, timeZone) : null;
  if (start && end && end <= start) problems.to = 'summary.filter.badOrder';

  const scope = Object.keys(problems).length > 0 ? null : { categoryId: values.category.toLowerCase() || null, from: start, to: end };
  return { values, problems, scope };
}

/** The filters in use, for the download links and the form's "clear" test; empty ones left out. */
export function filterQuery(values: Record<FilterName, string>): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (values[name]) params.set(name, values[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
