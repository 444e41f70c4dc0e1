import { findEmails } from './email.js';
import { PERSONAL_DATA_KINDS } from './kinds.js';
import type { PersonalDataKind, PersonalDataMatch } from './kinds.js';
import { findNumbers } from './numbers.js';
import { SpanIndex, unionOfSpans, withoutOverlaps } from './spans.js';
import { findLinks, findPhonesInLinks } from './urls.js';

/**
 * The personal data in `text`, sorted by position and never overlapping. E-mail addresses and links are
 * found first; digits inside them are not read as loose numbers (an id in a link is not a NIK), except
 * phone numbers a link clearly carries (`wa.me/62…`).
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const emails: PersonalDataMatch[] = findEmails(text).map((span) => ({ kind: 'EMAIL', ...span }));
  const links = findLinks(text);
  const blocked = new SpanIndex(unionOfSpans([...emails, ...links]));
  return withoutOverlaps([...emails, ...findPhonesInLinks(text, links), ...findNumbers(text, blocked)]);
}

export function containsPersonalData(text: string): boolean {
  return findPersonalData(text).length > 0;
}

/** The kinds of personal data in `text`, each once, in the fixed order of PERSONAL_DATA_KINDS. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  const found = new Set(findPersonalData(text).map((match) => match.kind));
  return PERSONAL_DATA_KINDS.filter((kind) => found.has(kind));
}

const byKind = (match: PersonalDataMatch): string => `[${match.kind}]`;

/** `text` with every piece of personal data replaced (by `[NIK]`, `[PHONE]`, … unless told otherwise); the rest is unchanged. */
export function maskPersonalData(text: string, replacement: (match: PersonalDataMatch) => string = byKind): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of findPersonalData(text)) {
    parts.push(text.slice(last, match.start), replacement(match));
    last = match.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
