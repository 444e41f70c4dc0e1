/**
 * The report's periods, counted in West Kalimantan's calendar (WIB): "the last 30 days" starts at local midnight
 * 29 days before today, "this year" at local midnight on 1 January.
 */
import { localDate, startOfLocalDay } from '$lib/calendar';
import { TIME_ZONE } from '$lib/format';

export const periods = ['30d', '90d', 'year', 'all'] as const;
export type Period = (typeof periods)[number];
export const defaultPeriod: Period = '90d';

export function isPeriod(value: unknown): value is Period {
  return periods.includes(value as Period);
}

export interface PeriodRange {
  period: Period;
  /** Inclusive start, or null for "from the beginning". */
  from: Date | null;
  /** The report always runs up to now, so no end is sent. */
  to: null;
}

const DAYS: Partial<Record<Period, number>> = { '30d': 30, '90d': 90 };

export function periodRange(period: Period, now: Date = new Date(), timeZone: string = TIME_ZONE): PeriodRange {
  if (period === 'all') return { period, from: null, to: null };
  const today = localDate(now, timeZone);
  const days = DAYS[period];
  const start = days ? { ...today, day: today.day - (days - 1) } : { year: today.year, month: 1, day: 1 };
  return { period, from: startOfLocalDay(start, timeZone), to: null };
}
