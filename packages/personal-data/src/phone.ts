/**
 * Whether a national number (what follows the trunk `0` or the country code 62) is an Indonesian mobile
 * number: `8`, an operator digit, and 9–12 digits in all, i.e. 10–13 digits when written with the leading 0.
 * 080x (toll-free and premium services) and 084x (unassigned) are not mobile prefixes.
 */
export function isIndonesianMobile(national: string): boolean {
  if (national.length < 9 || national.length > 12 || national.charCodeAt(0) !== 0x38) return false;
  const operator = national.charCodeAt(1);
  return operator !== 0x30 && operator !== 0x34 && /^\d+$/.test(national);
}

/**
 * The national part of digits written with the country code 62, also when the trunk 0 was kept after it
 * (`+62 0812…`, a common slip), or undefined when they do not start with 62.
 */
export function nationalAfterCountryCode(digits: string): string | undefined {
  if (!digits.startsWith('62')) return undefined;
  return digits.startsWith('620') ? digits.slice(3) : digits.slice(2);
}

/** Whether digits are an Indonesian mobile number in either national (`08…`) or international (`628…`) form. */
export function isIndonesianMobileDigits(digits: string): boolean {
  if (digits.startsWith('0')) return isIndonesianMobile(digits.slice(1));
  const national = nationalAfterCountryCode(digits);
  return national !== undefined && isIndonesianMobile(national);
}
