/**
 * Province codes (the first two digits of a NIK or Kartu Keluarga number) as the Ministry of Home Affairs
 * (Kemendagri) assigns them: Sumatra 11–19, Riau Islands 21, Java 31–36, Bali and Nusa Tenggara 51–53,
 * Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–97. Papua's six provinces are numbered
 * differently by Kemendagri (91–96) and by Statistics Indonesia (91, 92, 94–97), and cards issued before
 * the 2022 split keep the old code, so the whole 91–97 range is accepted.
 */
const PROVINCE_CODES: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76,
  81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

/** February may have 29 days: the year on the card has only two digits, so leap years cannot be told apart. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const twoDigits = (digits: string, at: number): number => (digits.charCodeAt(at) - 48) * 10 + digits.charCodeAt(at + 1) - 48;

/**
 * Whether 16 digits have the shape of a NIK (Nomor Induk Kependudukan) or a Kartu Keluarga number:
 * province (listed above), regency or city 01–99, district 01–99, a real day and month of birth (women's
 * day has 40 added, so 41–71), two digits of year, and a serial 0001–9999.
 * A Kartu Keluarga number has the same layout with the issue date, so it passes too.
 */
export function isNikShape(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  if (!PROVINCE_CODES.has(twoDigits(digits, 0))) return false;
  if (twoDigits(digits, 2) === 0 || twoDigits(digits, 4) === 0) return false;
  const month = twoDigits(digits, 8);
  if (month < 1 || month > 12) return false;
  const coded = twoDigits(digits, 6);
  const day = coded > 40 ? coded - 40 : coded;
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return digits.slice(12) !== '0000';
}
