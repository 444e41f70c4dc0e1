import { isAsciiAlphanumeric, isAsciiLetter, isDigit, isSpace } from './chars.js';
import type { PersonalDataMatch } from './kinds.js';
import { isIndonesianMobileDigits } from './phone.js';
import type { Span } from './spans.js';

const isSchemeCharacter = (c: number): boolean => isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2e || c === 0x2d;
const isHostCharacter = (c: number): boolean => isAsciiAlphanumeric(c) || c === 0x2e || c === 0x2d;

/** Characters that end a link in running text or Markdown: `<https://…>`, `[…](https://…)`, quotes. */
const ENDS_LINK = new Set([0x3c, 0x3e, 0x22, 0x60, 0x5b, 0x5d]);
/** Punctuation that ends a sentence rather than the link when it comes last. */
const TRAILING_PUNCTUATION = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0x22, 0x2a, 0x5f, 0x7e]);

/** Where a link starting before `from` ends: at a space, a closing bracket it did not open, or a quote. */
function linkEnd(text: string, from: number): number {
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || ENDS_LINK.has(c)) break;
    if (c === 0x28) depth++;
    if (c === 0x29 && depth-- === 0) break;
  }
  while (i > from && TRAILING_PUNCTUATION.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `scheme://…` links. */
function schemeLinks(text: string, found: Span[]): void {
  let from = 0;
  for (let mark = text.indexOf('://'); mark >= 0; mark = text.indexOf('://', from)) {
    let start = mark;
    while (start > 0 && mark - start < 32 && isSchemeCharacter(text.charCodeAt(start - 1))) start--;
    while (start < mark && !isAsciiLetter(text.charCodeAt(start))) start++;
    const end = linkEnd(text, mark + 3);
    if (start < mark && end > mark + 3) found.push({ start, end });
    from = Math.max(end, mark + 3);
  }
}

/** Whether text[start, end) looks like a host name: labels separated by dots, ending in a 2–24 letter domain. */
function looksLikeHost(text: string, start: number, end: number): boolean {
  const host = text.slice(start, end);
  return /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/.test(host);
}

/** Links written without a scheme: `wa.me/62…`, `www.facebook.com/profile.php?id=…`. */
function bareLinks(text: string, found: Span[]): void {
  let i = 0;
  while (i < text.length) {
    if (!isHostCharacter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && isHostCharacter(text.charCodeAt(end))) end++;
    const next = text.charCodeAt(end);
    const previous = text.charCodeAt(i - 1);
    const standsAlone = i === 0 || !(previous === 0x40 || previous === 0x5f || previous === 0x2f || previous === 0x3a);
    if ((next === 0x2f || next === 0x3f) && standsAlone && end - i <= 253 && looksLikeHost(text, i, end)) {
      const linkStop = linkEnd(text, end);
      found.push({ start: i, end: linkStop });
      i = Math.max(linkStop, end);
    } else {
      i = end;
    }
  }
}

/** Links in `text`, in order, possibly overlapping. Their digits are ids, judged only by findPhonesInLinks. */
export function findLinks(text: string): Span[] {
  const found: Span[] = [];
  schemeLinks(text, found);
  bareLinks(text, found);
  return found;
}

/** Query keys under which a link carries a phone number. */
const PHONE_KEYS: ReadonlySet<string> = new Set([
  'phone', 'hp', 'nohp', 'no_hp', 'telp', 'tel', 'telepon', 'wa', 'whatsapp', 'mobile', 'msisdn', 'nomor',
]);

/** The host of a link (lower case, without `www.`, user or port). */
function hostOf(text: string, link: Span): string {
  const scheme = text.slice(link.start, Math.min(link.end, link.start + 40)).indexOf('://');
  let i = scheme >= 0 ? link.start + scheme + 3 : link.start;
  const start = i;
  while (i < link.end && isHostCharacter(text.charCodeAt(i))) i++;
  return text.slice(start, i).toLowerCase().replace(/^www\./, '');
}

/** The query key right before the `=` at `equals`, if it is short enough to be one. */
function queryKeyBefore(text: string, link: Span, equals: number): string {
  let i = equals;
  while (i > link.start && equals - i <= 32) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x3f || c === 0x26 || c === 0x3b) return text.slice(i, equals).toLowerCase();
    i--;
  }
  return '';
}

/**
 * Phone numbers inside links. A number that fills a whole path segment or query value counts when it is
 * an Indonesian mobile number in `08…` form, or in any form in a WhatsApp link (`wa.me/62…`,
 * `api.whatsapp.com/send?phone=…`) or under a key such as `phone=`. Other digits in links are ids.
 */
export function findPhonesInLinks(text: string, links: readonly Span[]): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const link of links) {
    const host = hostOf(text, link);
    const whatsApp = host === 'wa.me' || host === 'whatsapp.com' || host.endsWith('.whatsapp.com');
    let i = link.start;
    while (i < link.end) {
      if (!isDigit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const digitsStart = i;
      while (i < link.end && isDigit(text.charCodeAt(i))) i++;
      let start = digitsStart;
      if (text.charCodeAt(start - 1) === 0x2b) start--;
      else if (start - 3 >= link.start && text.slice(start - 3, start).toLowerCase() === '%2b') start -= 3;
      const before = text.charCodeAt(start - 1);
      const after = i < link.end ? text.charCodeAt(i) : -1;
      if (start - 1 < link.start || (before !== 0x2f && before !== 0x3d)) continue;
      if (after !== -1 && after !== 0x2f && after !== 0x3f && after !== 0x26 && after !== 0x23) continue;
      const digits = text.slice(digitsStart, i);
      const underPhoneKey = before === 0x3d && PHONE_KEYS.has(queryKeyBefore(text, link, start - 1));
      const international = start < digitsStart || (whatsApp && digits[0] !== '0');
      const isPhone =
        (digits.startsWith('08') && isIndonesianMobileDigits(digits)) ||
        ((whatsApp || underPhoneKey) &&
          (isIndonesianMobileDigits(digits) || (international && digits.length >= 8 && digits.length <= 15)));
      if (isPhone) found.push({ kind: 'PHONE', start, end: i });
    }
  }
  return found;
}
