/**
 * Calendar days in the community's time zone (WIB unless told otherwise), turned into instants for the API: a
 * report "since 1 November" starts at midnight in Pontianak, not at midnight wherever the server runs.
 */
import { TIME_ZONE } from '$lib/format';

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** May run outside the month: Date.UTC rolls it into the months around. */
  day: number;
}

/** The calendar day an instant falls on in a zone. */
export function localDate(instant: Date, timeZone: string = TIME_ZONE): LocalDate {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Local midnight at the start of a calendar day, as an instant. */
export function startOfLocalDay({ year, month, day }: LocalDate, timeZone: string = TIME_ZONE): Date {
  const midnightUtc = Date.UTC(year, month - 1, day);
  // The zone's offset at that moment (WIB has no daylight saving, but other regencies' zones are not assumed).
  return new Date(midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-01" as a calendar day; undefined for anything else, including days no calendar has (2026-02-30). */
export function parseIsoDay(text: string): LocalDate | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real && year >= 1000 ? { year, month, day } : undefined;
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
