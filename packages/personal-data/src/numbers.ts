import { forEachDigitChain } from './digit-chains.js';
import type { DigitChain, Separator } from './digit-chains.js';
import type { PersonalDataMatch } from './kinds.js';
import { isNikShape } from './nik.js';
import { followsCurrency, labelledAsBankAccount, labelledAsNpwp, standsAloneAfter, standsAloneBefore } from './number-context.js';
import { hasCardIssuerPrefix, hasCardLayout, passesLuhn } from './payment-card.js';
import { isIndonesianMobile, nationalAfterCountryCode } from './phone.js';
import type { SpanIndex } from './spans.js';

/** The longest number any rule accepts (a 19-digit card); longer runs of units are never tried. */
const MAX_DIGITS = 19;
/** The shortest (a bank account number); shorter runs are never judged. */
const MIN_DIGITS = 8;
/** The most groups any accepted layout has (a NIK typed in pairs: 2-2-2-2-2-2-4). */
const MAX_GROUPS = 8;

/** A run of consecutive units of one chain, judged as one number. */
interface Candidate {
  start: number;
  end: number;
  digits: string;
  groupLengths: number[];
  /** separators between the groups; units are separated by ' ' */
  separators: Separator[];
  plus: boolean;
  parenthesised: boolean;
  /** the candidate is every unit of its chain */
  wholeChain: boolean;
  unitCount: number;
}

/** A chain's digits and their offsets per unit, so that any run of its units is a few slices. */
class ChainDigits {
  readonly digits: string;
  private readonly groupLengths: number[];
  /** where each unit's digits begin, and one more entry for the end */
  private readonly digitStarts: number[] = [0];

  constructor(
    text: string,
    private readonly chain: DigitChain,
  ) {
    const parts: string[] = [];
    this.groupLengths = chain.groupStarts.map((start, g) => {
      parts.push(text.slice(start, chain.groupEnds[g]));
      return chain.groupEnds[g] - start;
    });
    this.digits = parts.join('');
    let count = 0;
    for (let u = 0; u < chain.unitCount; u++) {
      for (let g = chain.unitGroups[u]; g < chain.unitGroups[u + 1]; g++) count += this.groupLengths[g];
      this.digitStarts.push(count);
    }
  }

  digitCount(first: number, last: number): number {
    return this.digitStarts[last + 1] - this.digitStarts[first];
  }

  groupCount(first: number, last: number): number {
    return this.chain.unitGroups[last + 1] - this.chain.unitGroups[first];
  }

  candidate(first: number, last: number): Candidate {
    const { chain } = this;
    const fromGroup = chain.unitGroups[first];
    const toGroup = chain.unitGroups[last + 1];
    return {
      start: chain.unitStarts[first],
      end: chain.unitEnds[last],
      digits: this.digits.slice(this.digitStarts[first], this.digitStarts[last + 1]),
      groupLengths: this.groupLengths.slice(fromGroup, toGroup),
      separators: chain.separators.slice(fromGroup + 1, toGroup),
      plus: first === 0 && chain.plus,
      parenthesised: first === 0 && chain.parenthesised,
      wholeChain: first === 0 && last === chain.unitCount - 1,
      unitCount: last - first + 1,
    };
  }
}

/**
 * Thousands grouping (`1.500.000`, `2 000 000`): an amount, a count or a length, never an identifier.
 * Written with a `+` it is a phone number (`+62 812 345 678`).
 */
function groupedInThousands(c: Candidate): boolean {
  if (c.plus || c.groupLengths.length < 2 || c.groupLengths[0] > 3) return false;
  const separator = c.separators[0];
  return separator !== '-' && c.separators.every((s) => s === separator) && c.groupLengths.slice(1).every((n) => n === 3);
}

/** `01.234.567.8-901.000`, and with the leading 0 of the 16-digit form, `001.234.567.8-901.000`. */
function formattedAsNpwp(c: Candidate): boolean {
  if (c.groupLengths.length !== 6) return false;
  const layout = c.groupLengths.join('-');
  const shaped = layout === '2-3-3-1-3-3' || (layout === '3-3-3-1-3-3' && c.digits.startsWith('0'));
  return shaped && !c.separators.includes(' ');
}

/**
 * Layouts in which people type a NIK, for a NIK read out of a longer space-separated chain; a NIK that is
 * the whole chain, or one unbroken or dotted unit, may be grouped any way.
 */
const NIK_LAYOUTS: ReadonlySet<string> = new Set(['4-4-4-4', '6-6-4', '2-2-2-6-4', '4-6-6', '6-10', '2-2-2-2-2-2-4']);

function isNik(c: Candidate): boolean {
  if (c.digits.length !== 16 || c.plus || c.parenthesised || !isNikShape(c.digits)) return false;
  return c.wholeChain || c.unitCount === 1 || NIK_LAYOUTS.has(c.groupLengths.join('-'));
}

/**
 * Indonesian mobile numbers: `08…` with the first group at least `08xx`, or `62`/`+62` followed by `8xx…`
 * (an area code like `(0561)` or `+62 561` is a landline and is left alone). Other countries' numbers count
 * when written in international form with a `+`: 9–15 digits, E.164's limit.
 */
function isPhone(c: Candidate): boolean {
  const [first] = c.groupLengths;
  const national = nationalAfterCountryCode(c.digits);
  if (national !== undefined) {
    const countryCodeDigits = c.digits.length - national.length;
    // The digits of the first group after "62" (or "620") must reach "8xx", or "62" stands alone.
    const firstNational = first === 2 ? c.groupLengths[1] - (countryCodeDigits - 2) : first - countryCodeDigits;
    return isIndonesianMobile(national) && firstNational >= 3;
  }
  if (c.plus) {
    // `+150000000` is an increase; a subscriber number ending in 000 is one in a thousand.
    const { length } = c.digits;
    return length >= 9 && length <= 15 && c.digits[0] !== '0' && !c.digits.endsWith('000') && (first <= 3 || c.groupLengths.length === 1);
  }
  return c.digits.startsWith('08') && first >= 4 && isIndonesianMobile(c.digits.slice(1));
}

function isPaymentCard(c: Candidate): boolean {
  if (c.plus || c.parenthesised || c.separators.includes('.') || !hasCardIssuerPrefix(c.digits)) return false;
  if (!hasCardLayout(c.groupLengths)) return false;
  // A card number ending in 000 is about one in a thousand; an unbroken amount ending in 000 is the rule.
  if (c.groupLengths.length === 1 && c.digits.endsWith('000')) return false;
  return passesLuhn(c.digits);
}

/**
 * What a candidate is, from its form alone: the most specific shape first. `BANK_ACCOUNT` means only
 * "long enough to be one if labelled so".
 */
function shapeOf(c: Candidate): PersonalDataMatch['kind'] | undefined {
  if (formattedAsNpwp(c)) return 'NPWP';
  if (groupedInThousands(c)) return undefined;
  if (isNik(c)) return 'NIK';
  if (isPhone(c)) return 'PHONE';
  if (isPaymentCard(c)) return 'PAYMENT_CARD';
  const plain = !c.plus && !c.parenthesised;
  return plain && c.digits.length <= 18 ? 'BANK_ACCOUNT' : undefined;
}

/**
 * What the text right before a run of units says about it. Only the run starting at the chain's first
 * unit can follow a label or a currency sign (inside a chain, a space and digits come before), so the
 * words are read at most once per chain, and only when some run there has a shape worth labelling.
 */
class TextBefore {
  private read?: { alone: boolean; currency: boolean; npwp: boolean; bankAccount: boolean };

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly opensChain: boolean,
  ) {}

  get(): { alone: boolean; currency: boolean; npwp: boolean; bankAccount: boolean } {
    if (!this.read) {
      const { text, start } = this;
      this.read = this.opensChain
        ? {
            alone: standsAloneBefore(text, start),
            currency: followsCurrency(text, start),
            npwp: labelledAsNpwp(text, start),
            bankAccount: labelledAsBankAccount(text, start),
          }
        : { alone: true, currency: false, npwp: false, bankAccount: false };
    }
    return this.read;
  }
}

/** What a candidate is, once the words around it are read: labels win over shapes, prices are no one's data. */
function classify(text: string, c: Candidate, before: TextBefore): PersonalDataMatch['kind'] | undefined {
  const length = c.digits.length;
  const labelledNpwp = !c.plus && !c.parenthesised && (length === 15 || length === 16);
  const shape = shapeOf(c);
  if (!shape && !labelledNpwp) return undefined;
  if (!standsAloneAfter(text, c.end)) return undefined;
  const context = before.get();
  if (!context.alone) return undefined;
  if (labelledNpwp && context.npwp) return 'NPWP';
  if (!shape || (context.currency && !c.digits.startsWith('0'))) return undefined;
  if (shape === 'PAYMENT_CARD' && context.bankAccount) return 'BANK_ACCOUNT';
  if (shape === 'BANK_ACCOUNT' && !context.bankAccount) return undefined;
  return shape;
}

/**
 * The personal data in one chain. From the leftmost unit, a unit that is personal data on its own is taken
 * alone (`0812-3456-7890 0813-1111-2222` is two numbers); otherwise the longest run of units that is
 * (`0812 3456 7890`, `6112 0101 0190 0001`). Runs never exceed 19 digits, so each unit is tried a bounded
 * number of times.
 */
function matchesInChain(text: string, chain: DigitChain, out: PersonalDataMatch[]): void {
  const flat = new ChainDigits(text, chain);
  let first = 0;
  while (first < chain.unitCount) {
    let best: { last: number; kind: PersonalDataMatch['kind']; start: number; end: number } | undefined;
    const before = new TextBefore(text, chain.unitStarts[first], first === 0);
    for (let last = first; last < chain.unitCount; last++) {
      const digitCount = flat.digitCount(first, last);
      if (digitCount > MAX_DIGITS || flat.groupCount(first, last) > MAX_GROUPS) break;
      if (digitCount < MIN_DIGITS) continue;
      const candidate = flat.candidate(first, last);
      const kind = classify(text, candidate, before);
      if (kind) best = { last, kind, start: candidate.start, end: candidate.end };
      if (kind && last === first) break;
    }
    if (best) {
      out.push({ kind: best.kind, start: best.start, end: best.end });
      first = best.last + 1;
    } else {
      first++;
    }
  }
}

/** NIK, phone, NPWP, bank account and card numbers written in `text` outside the `blocked` spans. */
export function findNumbers(text: string, blocked: SpanIndex): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  forEachDigitChain(text, blocked, (chain) => matchesInChain(text, chain, found));
  return found;
}
