/**
 * Milliseconds since the epoch of an ISO 8601 instant; refuses anything Date cannot read, so no NaN reaches a sum.
 * The form the database and toISOString write ("2026-11-02T03:04:05.678Z") is read directly, several times faster
 * than Date.parse, which matters for a million votes; every other form, and any doubt, goes through Date.parse.
 */
export function instantMs(value: string, what: string): number {
  const fast = value.length === 24 && value.charCodeAt(23) === 90 /* Z */ ? isoUtcMs(value) : NaN;
  if (!Number.isNaN(fast)) return fast;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO 8601 instant: ${JSON.stringify(value)}`);
  return ms;
}

// Positions of the separators in "YYYY-MM-DDTHH:MM:SS.sssZ".
const SEPARATORS: Array<[number, number]> = [
  [4, 45 /* - */],
  [7, 45],
  [10, 84 /* T */],
  [13, 58 /* : */],
  [16, 58],
  [19, 46 /* . */],
];

function isoUtcMs(value: string): number {
  for (const [at, code] of SEPARATORS) if (value.charCodeAt(at) !== code) return NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  const milli = digits(value, 20, 3);
  // Days past the 28th are left to Date.parse, so its rules for them (it rolls 30 February over) stay the only ones.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour <= 23 && minute <= 59 && second <= 59 && milli >= 0)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

/** The decimal number in value[start, start + count), NaN when any of it is not a digit. */
function digits(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 in the given offset from UTC. */
export function dayNumber(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** "YYYY-MM-DD" of a day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
