import { isAsciiAlphanumeric } from './chars.js';
import type { Span } from './spans.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;
/** Spaces tolerated around `@`, `[at]` or `[dot]` in a disguised address. */
const MAX_GAP = 2;

/**
 * How the `@` was written. People disguise addresses against spam bots (`budi [at] gmail [dot] com`,
 * `budi(at)gmail.com`, `budi at gmail dot com`); such forms are accepted only when the address ends in a
 * well-known top-level domain, and a spelled-out `at` or an `@` between spaces only before a well-known
 * mail provider, because "at" and "dot" are ordinary words and `@` also means "at a place".
 */
type AtStyle = 'plain' | 'spaced' | 'bracketed' | 'word';

interface AtSign extends Span {
  style: AtStyle;
}

const KNOWN_TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'id', 'info', 'biz', 'me', 'io', 'co', 'edu', 'gov', 'mil', 'int', 'my', 'sg', 'uk', 'us', 'au',
  'jp', 'xyz', 'online', 'site', 'app', 'dev', 'email',
]);

const MAIL_PROVIDERS: ReadonlySet<string> = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'aol', 'proton',
  'protonmail', 'pm', 'zoho', 'yandex', 'gmx', 'mail',
]);

/** `icon@2x.png` names a picture, not a mailbox. */
const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'avif']);

const isLocalCharacter = (c: number): boolean =>
  isAsciiAlphanumeric(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;

const isLabelCharacter = (c: number): boolean => isAsciiAlphanumeric(c) || c === 0x2d;

const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

function skipGapForward(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < MAX_GAP && isGap(text.charCodeAt(i))) i++;
  return i;
}

function skipGapBackward(text: string, from: number): number {
  let i = from;
  while (i > 0 && from - i < MAX_GAP && isGap(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `word` (case-insensitive, ASCII) at `at`, not followed by a letter or digit. */
function wordAt(text: string, at: number, word: string): boolean {
  if (text.length < at + word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return !isAsciiAlphanumeric(text.charCodeAt(at + word.length));
}

const CLOSERS: Record<number, number> = { 0x5b: 0x5d, 0x28: 0x29, 0x7b: 0x7d };

/** `[at]`, `(at)`, `{@}`, `[ at ]` … at `start`: the end of the token, or -1. */
function bracketedTokenEnd(text: string, start: number, words: readonly string[]): number {
  const closer = CLOSERS[text.charCodeAt(start)];
  if (closer === undefined) return -1;
  let i = start + 1;
  if (text.charCodeAt(i) === 0x20) i++;
  const word = words.find((w) => (w.length === 1 ? text[i] === w : wordAt(text, i, w)));
  if (word === undefined) return -1;
  i += word.length;
  if (text.charCodeAt(i) === 0x20) i++;
  return text.charCodeAt(i) === closer ? i + 1 : -1;
}

/** An `@` in any of its written forms starting at `i`. */
function atSignAt(text: string, i: number): AtSign | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x40) {
    const spaced = isGap(text.charCodeAt(i - 1)) || isGap(text.charCodeAt(i + 1));
    return { start: i, end: i + 1, style: spaced ? 'spaced' : 'plain' };
  }
  if (c === 0x5b || c === 0x28 || c === 0x7b) {
    const end = bracketedTokenEnd(text, i, ['at', '@']);
    return end < 0 ? undefined : { start: i, end, style: 'bracketed' };
  }
  if (isGap(c) && (text.charCodeAt(i + 1) | 0x20) === 0x61 && wordAt(text, i + 1, 'at') && isGap(text.charCodeAt(i + 3))) {
    return { start: i + 1, end: i + 3, style: 'word' };
  }
  return undefined;
}

/** A dot between domain labels at `i`, plain or disguised: its end and whether it was disguised, or undefined. */
function dotAt(text: string, i: number): { end: number; disguised: boolean } | undefined {
  if (text.charCodeAt(i) === 0x2e) return { end: i + 1, disguised: false };
  const from = skipGapForward(text, i);
  const bracketed = bracketedTokenEnd(text, from, ['dot', '.']);
  if (bracketed >= 0) return { end: skipGapForward(text, bracketed), disguised: true };
  if (from > i && wordAt(text, from, 'dot')) {
    const after = skipGapForward(text, from + 3);
    if (after > from + 3) return { end: after, disguised: true };
  }
  return undefined;
}

function labelEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from <= MAX_LABEL && isLabelCharacter(text.charCodeAt(i))) i++;
  return i;
}

/** The address around an `@`, or undefined. `floor` is the end of the previous address found. */
function addressAround(text: string, at: AtSign, floor: number): Span | undefined {
  const localEnd = at.style === 'plain' ? at.start : skipGapBackward(text, at.start);
  let localStart = localEnd;
  while (localStart > floor && isLocalCharacter(text.charCodeAt(localStart - 1))) {
    localStart--;
    if (localEnd - localStart > MAX_LOCAL) return undefined;
  }
  while (localStart < localEnd && text.charCodeAt(localStart) === 0x2e) localStart++;
  const local = text.slice(localStart, localEnd);
  if (!local || local.endsWith('.') || local.includes('..') || !/[A-Za-z0-9]/.test(local)) return undefined;

  const labels: string[] = [];
  let disguised = at.style !== 'plain';
  let i = at.style === 'plain' ? at.end : skipGapForward(text, at.end);
  const domainStart = i;
  for (;;) {
    const end = labelEnd(text, i);
    const label = text.slice(i, end);
    if (!label || label.length > MAX_LABEL || label.startsWith('-') || label.endsWith('-')) break;
    labels.push(label);
    i = end;
    if (i - domainStart > MAX_DOMAIN) return undefined;
    const dot = dotAt(text, i);
    if (!dot || !isLabelCharacter(text.charCodeAt(dot.end))) break;
    disguised ||= dot.disguised;
    i = dot.end;
  }
  if (labels.length < 2) return undefined;
  const topLevel = labels[labels.length - 1].toLowerCase();
  if (!/^(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/.test(topLevel)) return undefined;
  if (disguised && !KNOWN_TOP_LEVEL_DOMAINS.has(topLevel)) return undefined;
  // A spaced `@` is also shorthand for "at a place" (`rapat @ balai.desa.id`).
  if ((at.style === 'word' || at.style === 'spaced') && !MAIL_PROVIDERS.has(labels[0].toLowerCase())) return undefined;
  if (!disguised && (IMAGE_EXTENSIONS.has(topLevel) || /^\d+x$/i.test(labels[0]))) return undefined;
  return { start: localStart, end: i };
}

/**
 * E-mail addresses in `text`, including disguised ones (see AtStyle). Every `@` looks at most 64
 * characters back and 253 forward, and never back past the previous address, so the scan is linear.
 */
export function findEmails(text: string): Span[] {
  const found: Span[] = [];
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x40 && c !== 0x5b && c !== 0x28 && c !== 0x7b && !isGap(c)) continue;
    const at = atSignAt(text, i);
    if (!at) continue;
    const address = addressAround(text, at, floor);
    if (address) {
      found.push(address);
      floor = address.end;
      i = address.end - 1;
    }
  }
  return found;
}
