import { isDigit } from './chars.js';
import type { SpanIndex } from './spans.js';

/**
 * How people write long numbers: digit groups joined by one separator. A space (or no-break space)
 * separates *units*, each of which may be a number on its own; a dot or a hyphen joins groups into one
 * unit that is never split (`0812-3456-7890`, `1.500.000`, `12-08-2026`).
 */
export type Separator = ' ' | '.' | '-';

/**
 * Units separated by single spaces: a number that may have been typed in space-separated blocks. Only the
 * first unit may start with `+` or be a code in parentheses (`(0561)`, `(+62)`). Kept in flat arrays and
 * reused from one chain to the next, so a long chain costs a few numbers per group, not objects.
 */
export class DigitChain {
  /** where each unit starts (at its `+` or `(`) and ends (after its `)`) */
  readonly unitStarts: number[] = [];
  readonly unitEnds: number[] = [];
  /** the index of each unit's first group, and one more entry: the number of groups */
  readonly unitGroups: number[] = [0];
  /** [start, end) of each run of digits */
  readonly groupStarts: number[] = [];
  readonly groupEnds: number[] = [];
  /** the separator before each group; ' ' before the first group of a unit */
  readonly separators: Separator[] = [];
  plus = false;
  parenthesised = false;

  get unitCount(): number {
    return this.unitStarts.length;
  }

  get end(): number {
    return this.unitEnds[this.unitEnds.length - 1];
  }

  clear(): void {
    this.unitStarts.length = 0;
    this.unitEnds.length = 0;
    this.unitGroups.length = 1;
    this.groupStarts.length = 0;
    this.groupEnds.length = 0;
    this.separators.length = 0;
    this.plus = false;
    this.parenthesised = false;
  }

  addGroup(start: number, end: number, separator: Separator): void {
    this.groupStarts.push(start);
    this.groupEnds.push(end);
    this.separators.push(separator);
  }

  closeUnit(start: number, end: number): void {
    this.unitStarts.push(start);
    this.unitEnds.push(end);
    this.unitGroups.push(this.groupStarts.length);
  }
}

const SPACE_SEPARATORS = new Set([0x20, 0xa0, 0x202f]);
// Hyphen-minus and the Unicode hyphens phones and word processors substitute for it, including the en dash.
const HYPHEN_SEPARATORS = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013]);

function joinerAt(text: string, index: number): Separator | undefined {
  const c = text.charCodeAt(index);
  if (c === 0x2e) return '.';
  if (HYPHEN_SEPARATORS.has(c)) return '-';
  return undefined;
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** `(` `+`? 1–4 digits `)` at `start`, e.g. an area code `(0561)` or a country code `(+62)`: its end, or -1. */
function readParenthesised(text: string, start: number, chain: DigitChain): number {
  let i = start + 1;
  const plus = text.charCodeAt(i) === 0x2b;
  if (plus) i++;
  const end = digitsEnd(text, i);
  if (end === i || end - i > 4 || text.charCodeAt(end) !== 0x29) return -1;
  chain.plus = plus;
  chain.parenthesised = true;
  chain.addGroup(i, end, ' ');
  chain.closeUnit(start, end + 1);
  return end + 1;
}

/** Reads the unit at `start` into the chain: its end, or -1 when there is none. */
function readUnit(text: string, start: number, first: boolean, blocked: SpanIndex, chain: DigitChain): number {
  const c = text.charCodeAt(start);
  if (first && c === 0x28) return readParenthesised(text, start, chain);
  const plus = first && c === 0x2b;
  const digitsStart = plus ? start + 1 : start;
  if (!isDigit(text.charCodeAt(digitsStart))) return -1;
  chain.plus = chain.plus || plus;
  let end = digitsEnd(text, digitsStart);
  chain.addGroup(digitsStart, end, ' ');
  for (;;) {
    const joiner = joinerAt(text, end);
    if (!joiner || !isDigit(text.charCodeAt(end + 1)) || blocked.containing(end + 1)) break;
    const groupEnd = digitsEnd(text, end + 1);
    chain.addGroup(end + 1, groupEnd, joiner);
    end = groupEnd;
  }
  chain.closeUnit(start, end);
  return end;
}

/** The start of the next unit after one ending at `end`, if the text goes on with one. */
function nextUnitStart(text: string, end: number, afterParentheses: boolean, blocked: SpanIndex): number {
  const c = text.charCodeAt(end);
  // `(0561)734567`, `(0561)-734567` and `(0561) 734567` all continue after an area code.
  if (afterParentheses && isDigit(c)) return blocked.containing(end) ? -1 : end;
  if (!SPACE_SEPARATORS.has(c) && !(afterParentheses && HYPHEN_SEPARATORS.has(c))) return -1;
  return isDigit(text.charCodeAt(end + 1)) && !blocked.containing(end + 1) ? end + 1 : -1;
}

/**
 * Calls `visit` with every chain of numbers in `text`, left to right, skipping the `blocked` spans
 * (e-mail addresses and links, whose digits are judged on their own terms). The chain passed is reused
 * for the next one, so `visit` must not keep it. Each character is read a bounded number of times.
 */
export function forEachDigitChain(text: string, blocked: SpanIndex, visit: (chain: DigitChain) => void): void {
  const chain = new DigitChain();
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && c !== 0x2b && c !== 0x28) {
      i++;
      continue;
    }
    const inside = blocked.containing(i);
    if (inside) {
      i = inside.end;
      continue;
    }
    chain.clear();
    let end = readUnit(text, i, true, blocked, chain);
    if (end < 0) {
      i++;
      continue;
    }
    for (let next = nextUnitStart(text, end, chain.parenthesised, blocked); next >= 0; ) {
      end = readUnit(text, next, false, blocked, chain);
      if (end < 0) break;
      next = nextUnitStart(text, end, false, blocked);
    }
    visit(chain);
    i = chain.end;
  }
}
