import type { PersonalDataKind } from '../kinds.js';
import { isNikShape } from '../nik.js';
import { passesLuhn } from '../payment-card.js';
import type { Random } from './random.js';

/** A piece of personal data to hide in generated text, as a person would type it. */
export interface Planted {
  kind: PersonalDataKind;
  /** what is written, including any label that must come right before it */
  written: string;
  /** the part of `written` that is the personal data */
  value: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Splits digits into groups of the given lengths joined by `separator`. */
function group(digits: string, lengths: readonly number[], separator: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths) {
    parts.push(digits.slice(at, at + length));
    at += length;
  }
  return parts.join(separator);
}

// The NIK rules are written out again here rather than imported, so a slip in nik.ts is not copied into its test.
const PROVINCES = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function randomNikDigits(random: Random): string {
  const month = random.int(1, 12);
  const day = random.int(1, DAYS_IN_MONTH[month - 1]) + (random.next() < 0.5 ? 40 : 0);
  return `${random.pick(PROVINCES)}${pad2(random.int(1, 99))}${pad2(random.int(1, 99))}${pad2(day)}${pad2(month)}${random.digits(2)}${String(random.int(1, 9999)).padStart(4, '0')}`;
}

function nik(random: Random): Planted {
  const digits = randomNikDigits(random);
  const value = random.pick([
    () => digits,
    () => group(digits, [4, 4, 4, 4], random.pick([' ', '-', '.'])),
    () => group(digits, [6, 6, 4], random.pick([' ', '.', '-'])),
    () => group(digits, [2, 2, 2, 6, 4], '.'),
    () => group(digits, [4, 6, 6], '.'),
  ])();
  return { kind: 'NIK', written: value, value };
}

function phone(random: Random): Planted {
  const national = `8${random.pick(['1', '2', '3', '5', '7', '8', '9'])}${random.digits(random.int(7, 10))}`;
  const local = `0${national}`;
  const value = random.pick([
    () => local,
    () => group(local, [4, 4, local.length - 8], random.pick(['-', ' ', '.'])),
    () => group(local, [4, local.length - 4], '-'),
    () => `+62${national}`,
    () => `+62 ${group(national, [3, 4, national.length - 7], random.pick(['-', ' ']))}`,
    () => `(+62) ${group(national, [3, national.length - 3], ' ')}`,
    () => `62${national}`,
  ])();
  return { kind: 'PHONE', written: value, value };
}

const LOCAL_PARTS = ['budi', 'siti.aminah', 'warga_kuala2', 'pak.rt03', 'ibu-yanti', 'desa.sungai.raya', 'a.b+forum', 'x9'];
const DOMAINS = ['gmail.com', 'yahoo.co.id', 'kuburayakab.go.id', 'desa-example.id', 'mail.example.org', 'outlook.com'];

function email(random: Random): Planted {
  const local = `${random.pick(LOCAL_PARTS)}${random.next() < 0.5 ? random.digits(random.int(1, 4)) : ''}`;
  const domain = random.pick(DOMAINS);
  const [first, ...rest] = domain.split('.');
  const value = random.pick([
    () => `${local}@${domain}`,
    () => `${local.toUpperCase()}@${domain}`,
    () => `${local} [at] ${first} [dot] ${rest.join(' [dot] ')}`,
    () => `${local}(at)${domain}`,
    () => `${local}[at]${first}[.]${rest.join('[.]')}`,
  ])();
  return { kind: 'EMAIL', written: value, value };
}

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

function card(random: Random): Planted {
  for (;;) {
    const [prefix, length, layout] = random.pick([
      ['4', 16, [4, 4, 4, 4]],
      ['5' + random.pick(['1', '2', '3', '4', '5']), 16, [4, 4, 4, 4]],
      ['3' + random.pick(['4', '7']), 15, [4, 6, 5]],
      ['4', 13, [4, 4, 4, 1]],
      ['62', 19, [4, 4, 4, 4, 3]],
    ] as const);
    const digits = withCheckDigit(`${prefix}${random.digits(length - prefix.length - 1)}`);
    // A card number that also has the shape of a NIK is reported as a NIK (see the README).
    if (isNikShape(digits) || digits.endsWith('000')) continue;
    const value = random.next() < 0.3 ? digits : group(digits, layout, random.pick([' ', '-']));
    return { kind: 'PAYMENT_CARD', written: value, value };
  }
}

function npwp(random: Random): Planted {
  const value = group(random.digits(15), [2, 3, 3, 1, 3, 3], '.').replace(/\.(\d{3}\.\d{3})$/, '-$1');
  return { kind: 'NPWP', written: value, value };
}

function bankAccount(random: Random): Planted {
  // Not starting with 6 or 0, which could make it a phone number (`62 8…`, `08…`) — reported as PHONE first.
  const value = `${random.pick(['1', '2', '3', '4', '5', '7', '9'])}${random.digits(random.int(9, 14))}`;
  const label = random.pick(['No. Rek BRI: ', 'no rek ', 'rekening BNI ', 'Norek Bank Kalbar ', 'Nomor rekening: ']);
  return { kind: 'BANK_ACCOUNT', written: `${label}${value}`, value };
}

function whatsAppLink(random: Random): Planted {
  const value = `62${8}${random.pick(['1', '2', '5', '7'])}${random.digits(random.int(7, 10))}`;
  const written = random.pick([`https://wa.me/${value}`, `wa.me/${value}`, `https://api.whatsapp.com/send?phone=${value}&text=Halo`]);
  return { kind: 'PHONE', written, value };
}

export const PLANTERS: ReadonlyArray<(random: Random) => Planted> = [nik, phone, email, card, npwp, bankAccount, whatsAppLink];

/**
 * Text that must never be reported, with numbers of every everyday kind: prices, dates, times, years,
 * counts, RT/RW, landlines, distances, links with numeric ids. Each phrase begins and ends with a word or
 * punctuation, so it never runs into a planted number.
 */
export const HARMLESS_PHRASES: readonly string[] = [
  'Rapat warga di balai desa',
  'anggaran Rp 1.500.000.000 untuk jalan',
  'harga pupuk naik jadi Rp 250.000 per karung',
  'dana desa 1,5 juta tiap dusun',
  'pada tanggal 12-08-2026 pukul 08.30 WIB di aula',
  'tahun 2026 dan 2027 nanti',
  'RT 03 RW 05 Desa Kuala Dua',
  'jalan sepanjang 12,5 km dan lebar 6 m',
  'ada 1.234 jiwa dalam 356 KK di dusun ini',
  'kantor camat (0561) 734567 buka Senin',
  'lihat https://kuburayakab.go.id/berita/123456789012 ya',
  'foto di https://desa.example/foto/6112010101900001/besar.jpg terlampir',
  'dua belas juta lima ratus ribu rupiah',
  'pukul 19.00-21.00 malam',
  'kode pos 78391 di Kecamatan Sungai Raya',
  'skor 3-2 untuk tim desa',
  'bantuan 50 kg beras untuk 120 keluarga',
  'Surat No. 140/25/2026 dari kecamatan',
  'Halo semua 🙏🏽 terima kasih',
  'rapat @ balai desa',
  'anggaran total Rp 2.750.000.000.000 dari provinsi',
  'suhu 38,5 derajat',
  'nomor antrian 12 di puskesmas',
  'NIB usaha desa kami 1234567890123 sudah terbit',
];
