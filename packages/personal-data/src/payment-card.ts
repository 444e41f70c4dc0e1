/** The Luhn (mod 10) check digit test that every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Whether the leading digits belong to a card network that issues numbers of this length: Visa (4; 13, 16
 * or 19 digits), Mastercard (51–55, 2221–2720; 16), American Express (34, 37; 15), Diners (30, 36, 38, 39;
 * 14–16), JCB (35; 16–19), and Discover, UnionPay, Maestro and GPN debit cards (50, 56–69; 13–19).
 * Roughly one long number in ten passes the Luhn check by chance; the issuer ranges rule out most of them
 * (budget figures starting with 1, ISBNs starting with 978, …).
 */
export function hasCardIssuerPrefix(digits: string): boolean {
  const length = digits.length;
  if (length < 13 || length > 19) return false;
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits[0] === '4') return length === 13 || length === 16 || length === 19;
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return length === 16;
  if (two === 34 || two === 37) return length === 15;
  if (two === 30 || two === 36 || two === 38 || two === 39) return length >= 14 && length <= 16;
  if (two === 35) return length >= 16;
  return two === 50 || (two >= 56 && two <= 69);
}

/**
 * Whether digit groups are laid out as card numbers are printed and typed: all at once, in fours (the last
 * group may be shorter), or American Express / Diners style 4-6-5 and 4-6-4.
 */
export function hasCardLayout(groupLengths: readonly number[]): boolean {
  const count = groupLengths.length;
  if (count === 1) return true;
  const layout = groupLengths.join('-');
  if (layout === '4-6-5' || layout === '4-6-4') return true;
  return count >= 3 && groupLengths.every((length, i) => (i < count - 1 ? length === 4 : length >= 1 && length <= 4));
}
