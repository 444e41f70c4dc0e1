/**
 * Milliseconds since the epoch of an ISO 8601 instant; refuses anything Date cannot read, so no NaN reaches a sum.
 * The form the database and toISOString write ("2026-11-02T03:04:05.678Z") is read directly, several times faster
 * than Date.parse, which matters for a million votes; every other form, and any doubt, goes through Date.parse.
 */
export function instantMs(value: string, what: string): number {
  const fast = isoUtcMs(value);
  if (!Number.isNaN(fast)) return fast;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO 8601 instant: ${JSON.stringify(value)}`);
  return ms;
}

const DAY_MS = 86_400_000;

// Positions of the separators in "YYYY-MM-DDTHH:MM:SS.sssZ".
const SEPARATORS: Array<[number, number]> = [
  [4, 45 /* - */],
  [7, 45],
  [10, 84 /* T */],
  [13, 58 /* : */],
  [16, 58],
  [19, 46 /* . */],
];

/**
 * The instant of a string in exactly the form toISOString writes, for a date that exists; NaN for anything else
 * (which instantMs then leaves to Date.parse). So a string read here is the toISOString of what it returns.
 */
export function isoUtcMs(value: string): number {
  if (value.length !== 24 || value.charCodeAt(23) !== 90 /* Z */) return NaN;
  for (const [at, code] of SEPARATORS) if (value.charCodeAt(at) !== code) return NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  const milli = digits(value, 20, 3);
  // A day the month does not have is left to Date.parse (which rolls 30 February over), so its rules stay the only ones.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && milli >= 0)) {
    return NaN;
  }
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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Writes toISOString(ms) ("YYYY-MM-DDTHH:MM:SS.sssZ", years 0000–9999) as ASCII into `out` at `at`, without making
 * a string: the input hash writes a million of them. Civil date from day count after Howard Hinnant's algorithm.
 */
export function writeIsoInstant(ms: number, out: Uint8Array, at: number): void {
  const days = Math.floor(ms / DAY_MS);
  if (days !== lastDay) {
    writeDate(days, lastDate, 0);
    lastDay = days;
  }
  out.set(lastDate, at);
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  put(out, at + 11, hour, 2);
  out[at + 13] = 58;
  put(out, at + 14, minute, 2);
  out[at + 16] = 58;
  put(out, at + 17, second, 2);
  out[at + 19] = 46;
  put(out, at + 20, rest - second * 1000, 3);
  out[at + 23] = 90;
}

// Votes on one comment fall on few days: the date part ("YYYY-MM-DDT") of the last day written is kept.
let lastDay = NaN;
const lastDate = new Uint8Array(11);

function writeDate(days: number, out: Uint8Array, at: number): void {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  put(out, at, yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4);
  out[at + 4] = 45;
  put(out, at + 5, month, 2);
  out[at + 7] = 45;
  put(out, at + 8, day, 2);
  out[at + 10] = 84;
}

function put(out: Uint8Array, at: number, value: number, width: number): void {
  let rest = value;
  for (let i = width - 1; i >= 0; i--) {
    out[at + i] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}

/** Whole days since 1970-01-01 in the given offset from UTC. */
export function dayNumber(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** "YYYY-MM-DD" of a day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
