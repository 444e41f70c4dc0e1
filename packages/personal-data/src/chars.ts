/** Character tests on UTF-16 code units; the detectors read text one code unit at a time so they stay linear. */

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export const isAsciiAlphanumeric = (c: number): boolean => isDigit(c) || isAsciiLetter(c);

/** Whitespace as the `\s` class sees it, without a regular expression per character. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}_]$/u;

/**
 * Whether the character before `index` belongs to a word (a letter of any script, a digit or `_`).
 * A number glued to a word is part of a code (a hash, a plate, an invoice number), not a number on its own.
 */
export function isWordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low < 0x80) return isAsciiAlphanumeric(low) || low === 0x5f;
  const from = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(from) ?? low));
}

/** Whether the character at `index` belongs to a word; see isWordCharacterBefore. */
export function isWordCharacterAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const c = text.charCodeAt(index);
  if (c < 0x80) return isAsciiAlphanumeric(c) || c === 0x5f;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index) ?? c));
}
