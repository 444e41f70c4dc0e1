/**
 * The report's periods, counted in West Kalimantan's calendar (WIB): "the last 30 days" starts at local midnight
 * 29 days before today, "this year" at local midnight on 1 January.
 */
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

interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** May run below 1: Date.UTC rolls it back into the months before. */
  day: number;
}

function localDate(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Local midnight of a calendar day, as an instant. */
function startOfLocalDay({ year, month, day }: LocalDate, timeZone: string): Date {
  const midnightUtc = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment (WIB has no daylight saving, but other regencies' zones are not assumed).
  return new Date(midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000);
}

/** Minutes east of UTC, from the zone's "GMT+07:00" name. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}
