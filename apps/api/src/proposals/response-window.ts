/**
 * When an official answer falls due. In calendar mode, exactly `days` × 24 hours
 * after the clock starts. In working-day mode, at the end of the `days`-th working
 * day after the day the clock started (Monday to Friday, skipping listed public
 * holidays), in the community's time zone — the way Indonesian public-service
 * deadlines are counted.
 */
export interface ResponseWindow {
  days: number;
  workingDays: boolean;
  /** minutes east of UTC; Kubu Raya keeps WIB, UTC+7, with no daylight saving */
  utcOffsetMinutes: number;
  /** public holidays, `YYYY-MM-DD` in local time */
  holidays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

export function responseDueAt(start: Date, window: ResponseWindow): Date {
  if (!window.workingDays) return new Date(start.getTime() + window.days * DAY_MS);
  const offset = window.utcOffsetMinutes * 60_000;
  // Work on the local calendar: a UTC date whose fields read as local wall time.
  const local = new Date(start.getTime() + offset);
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  let counted = 0;
  while (counted < window.days) {
    day += DAY_MS;
    if (isWorkingDay(new Date(day), window.holidays)) counted++;
  }
  // The end of that local day: one millisecond before the next local midnight.
  return new Date(day + DAY_MS - 1 - offset);
}

function isWorkingDay(day: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10));
}
