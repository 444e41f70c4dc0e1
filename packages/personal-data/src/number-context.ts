import { isDigit, isWordCharacterAt, isWordCharacterBefore } from './chars.js';

/**
 * Labels people glue straight onto a number (`HP081234567890`, `NIK6112…`). Any other word glued to
 * digits makes them part of a code — a hash, an invoice or plate number — rather than a number on its own.
 */
const GLUED_LABELS: ReadonlySet<string> = new Set([
  'nik', 'kk', 'ktp', 'hp', 'nohp', 'wa', 'nowa', 'telp', 'tlp', 'tel', 'no', 'nomor', 'npwp', 'rek', 'norek', 'cp', 'sms',
]);

/** Whether a number starting at `start` stands on its own on the left (not glued to a word or a decimal). */
export function standsAloneBefore(text: string, start: number): boolean {
  if (start === 0) return true;
  if (isWordCharacterBefore(text, start)) {
    let from = start;
    while (from > 0 && start - from <= 6 && /[A-Za-z]/.test(text[from - 1])) from--;
    return !isWordCharacterBefore(text, from) && GLUED_LABELS.has(text.slice(from, start).toLowerCase());
  }
  const previous = text.charCodeAt(start - 1);
  // `1,081234567890` and `3.6112…` continue a decimal; `@0812…` is a user name.
  if ((previous === 0x2c || previous === 0x2e) && start >= 2 && isDigit(text.charCodeAt(start - 2))) return false;
  return previous !== 0x40;
}

/** Whether a number ending at `end` stands on its own on the right (not glued to a word, a decimal, `%` or `@`). */
export function standsAloneAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (isWordCharacterAt(text, end)) return false;
  const c = text.charCodeAt(end);
  const following = text.charCodeAt(end + 1);
  if ((c === 0x2c || c === 0x2e) && isDigit(following)) return false;
  // `Rp 1.500.000,-` is how prices are written.
  if (c === 0x2c && following === 0x2d) return false;
  return c !== 0x25 && c !== 0x40;
}

const CURRENCY_BEFORE = /(?:(?:^|[^\p{L}\p{N}])(?:rp|idr|usd|sgd|myr|rm)\.?|[$€£¥])\s?$/iu;

/** Whether a currency sign comes right before `start` (`Rp 1.500.000`, `Rp.2500000`, `IDR 5000000000000000`). */
export function followsCurrency(text: string, start: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

const NUMBER_WORD = String.raw`(?:\s*(?:no|nomor|nomer|nmr)\b\.?)?(?:\s*(?:saya|kami|anda|beliau|ybs)\b)?\s*[:=#-]?\s*$`;

const NPWP_BEFORE = new RegExp(String.raw`(?:^|[^a-z0-9])npwp(?:nya)?${NUMBER_WORD}`, 'i');

const BANKS = [
  'bri', 'bni', 'bca', 'mandiri', 'bsi', 'btn', 'bjb', 'cimb(?:\\s*niaga)?', 'danamon', 'permata', 'mega', 'ocbc(?:\\s*nisp)?',
  'panin', 'muamalat', 'jago', 'seabank', 'jenius', 'btpn', 'maybank', 'uob', 'sinarmas', 'bukopin', 'blu', 'allo',
  '(?:bpd\\s*)?kalbar', 'kalbar\\s*syariah',
].join('|');

// "rek" alone is also Javanese for "mate", so it counts only as "no rek", "no. rek" or "rek.".
const BANK_ACCOUNT_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z0-9])(?:no(?:mor|mer)?\.?\s*rek(?:ening)?\.?|norek|rekening|rek\.)(?:nya)?` +
    String.raw`(?:\s*(?:saya|kami|anda|beliau|ybs)\b)?(?:\s*(?:bank\s*)?(?:${BANKS})\b)?\s*[:=#-]?\s*$`,
  'i',
);

/** Text just before a number, where a label such as "NPWP:" or "no. rek BRI" would be. */
const labelWindow = (text: string, start: number): string => text.slice(Math.max(0, start - 40), start);

/** Whether the number at `start` is labelled as an NPWP (tax number). */
export function labelledAsNpwp(text: string, start: number): boolean {
  return NPWP_BEFORE.test(labelWindow(text, start));
}

/** Whether the number at `start` is labelled as a bank account number. */
export function labelledAsBankAccount(text: string, start: number): boolean {
  return BANK_ACCOUNT_BEFORE.test(labelWindow(text, start));
}
