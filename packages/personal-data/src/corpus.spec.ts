import type { PersonalDataKind } from './index.js';
import { findPersonalData } from './index.js';

/** What was found, as [kind, the text it covers], so failures read as text. */
const found = (text: string): Array<[PersonalDataKind, string]> =>
  findPersonalData(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

/** A valid NIK: Kubu Raya (61 12), district 01, born 1 January 1990, serial 0001. */
const NIK = '6112010101900001';

const TRUE_POSITIVES: Array<[string, string, Array<[PersonalDataKind, string]>]> = [
  // NIK and Kartu Keluarga numbers
  ['NIK alone', NIK, [['NIK', NIK]]],
  ['NIK in a sentence', `NIK saya ${NIK}, tolong dibantu.`, [['NIK', NIK]]],
  ['NIK at the end after a colon', `Nomor induk kependudukan: ${NIK}`, [['NIK', NIK]]],
  ['NIK in fours with spaces', 'KTP 6112 0101 0190 0001 hilang', [['NIK', '6112 0101 0190 0001']]],
  ['NIK in fours with dashes', 'NIK 6112-0101-0190-0001.', [['NIK', '6112-0101-0190-0001']]],
  ['NIK as 6-6-4 with dots', '611201.010190.0001', [['NIK', '611201.010190.0001']]],
  ['NIK as region code and date', 'NIK 61.12.01.010190.0001', [['NIK', '61.12.01.010190.0001']]],
  ['NIK as 4-6-6 with dots', '6112.010101.900001', [['NIK', '6112.010101.900001']]],
  ['NIK of a woman (day + 40)', 'istri saya 6112014101900002', [['NIK', '6112014101900002']]],
  ['NIK born on 29 February', '6112012902880003', [['NIK', '6112012902880003']]],
  ['NIK from the newest Papua province code', '9701011505000001', [['NIK', '9701011505000001']]],
  ['NIK glued to its label', `NIK:${NIK}`, [['NIK', NIK]]],
  ['NIK glued to its label without a colon', `NIK${NIK}`, [['NIK', NIK]]],
  ['Kartu Keluarga number', 'No. KK 6112012003150007 (kepala keluarga)', [['NIK', '6112012003150007']]],
  ['NIK in bold Markdown', `**${NIK}**`, [['NIK', NIK]]],
  ['NIK as a Markdown link text', `[${NIK}](https://desa.example/warga)`, [['NIK', NIK]]],
  ['NIK in a Markdown list', `- Nama: Budi\n- NIK: ${NIK}\n- Alamat: RT 03`, [['NIK', NIK]]],
  ['NIK in parentheses', `Budi (${NIK}) hadir`, [['NIK', NIK]]],
  ['NIK followed by a space and a number', `NIK ${NIK} 2026`, [['NIK', NIK]]],
  ['two NIKs separated by a slash', `${NIK}/6112010101900002`, [['NIK', NIK], ['NIK', '6112010101900002']]],

  // Mobile phone numbers
  ['phone, unbroken', 'Hubungi 081234567890 ya', [['PHONE', '081234567890']]],
  ['phone with dashes', 'HP: 0812-3456-7890', [['PHONE', '0812-3456-7890']]],
  ['phone with spaces', 'WA 0812 3456 7890', [['PHONE', '0812 3456 7890']]],
  ['phone with dots', 'Budi, 0812.3456.7890!', [['PHONE', '0812.3456.7890']]],
  ['phone 4-3-4', '0852 123 4567', [['PHONE', '0852 123 4567']]],
  ['phone of 10 digits', '0812-345-678', [['PHONE', '0812-345-678']]],
  ['phone of 13 digits', '0896-1234-56789', [['PHONE', '0896-1234-56789']]],
  ['phone with +62', 'Telp +6281234567890.', [['PHONE', '+6281234567890']]],
  ['phone with +62 and groups', '+62 812-3456-7890', [['PHONE', '+62 812-3456-7890']]],
  ['phone with (+62)', '(+62) 812 3456 7890', [['PHONE', '(+62) 812 3456 7890']]],
  ['phone with 62 and no plus', '62 812 3456 7890', [['PHONE', '62 812 3456 7890']]],
  ['phone with (62)', '(62) 812 3456 7890', [['PHONE', '(62) 812 3456 7890']]],
  ['phone with 62 glued', 'nomor 6281234567890', [['PHONE', '6281234567890']]],
  ['phone with +62 and the trunk 0 kept', '+62 0812-3456-7890', [['PHONE', '+62 0812-3456-7890']]],
  ['phone with a mobile prefix in parentheses', '(0812) 3456 7890', [['PHONE', '(0812) 3456 7890']]],
  ['phone at the very start', '081234567890 adalah nomor saya', [['PHONE', '081234567890']]],
  ['phone at the very end', 'nomor saya 081234567890', [['PHONE', '081234567890']]],
  ['phone in parentheses', 'Pak RT (081234567890)', [['PHONE', '081234567890']]],
  ['phone glued to HP', 'HP081234567890', [['PHONE', '081234567890']]],
  ['two phones with a slash', 'Kontak: 0812-3456-7890/0813-1111-2222', [['PHONE', '0812-3456-7890'], ['PHONE', '0813-1111-2222']]],
  ['two phones with only a space', '0812-3456-7890 0813-1111-2222', [['PHONE', '0812-3456-7890'], ['PHONE', '0813-1111-2222']]],
  ['phone followed by a year', 'Hubungi 0812 3456 7890 2026', [['PHONE', '0812 3456 7890']]],
  ['phone after an emoji', '📞0812 3456 7890', [['PHONE', '0812 3456 7890']]],
  ['phone in a tel: link', '[telepon](tel:+6281234567890)', [['PHONE', '+6281234567890']]],
  ['phone in Markdown link text', '[0812-3456-7890](https://desa.example/kontak)', [['PHONE', '0812-3456-7890']]],
  ['phone with no-break spaces', '0812\u00a03456\u00a07890', [['PHONE', '0812\u00a03456\u00a07890']]],
  ['phone with non-breaking hyphens', '0812\u20113456\u20117890', [['PHONE', '0812\u20113456\u20117890']]],
  ['phone copied from WhatsApp with direction marks', '\u202a+62 812-3456-7890\u202c', [['PHONE', '+62 812-3456-7890']]],
  ['Malaysian mobile in international form', 'anak saya di Kuching +60 12-345 6789', [['PHONE', '+60 12-345 6789']]],

  // WhatsApp and other links carrying a phone number
  ['wa.me link', 'chat wa.me/6281234567890', [['PHONE', '6281234567890']]],
  ['wa.me link with scheme and text', 'https://wa.me/6281234567890?text=Halo', [['PHONE', '6281234567890']]],
  ['WhatsApp link in Markdown', '[WA Pak RT](https://wa.me/6281234567890)', [['PHONE', '6281234567890']]],
  ['api.whatsapp.com link', 'https://api.whatsapp.com/send?phone=6281234567890&text=Halo', [['PHONE', '6281234567890']]],
  ['wa.me link to a Malaysian number', 'https://wa.me/60123456789', [['PHONE', '60123456789']]],
  ['phone as a query value', 'https://desa.example/daftar?hp=081234567890', [['PHONE', '081234567890']]],
  ['encoded + in a query value', 'https://desa.example/?phone=%2B6281234567890', [['PHONE', '%2B6281234567890']]],
  ['phone as a path segment', 'https://desa.example/kontak/081234567890', [['PHONE', '081234567890']]],

  // E-mail addresses
  ['e-mail', 'kirim ke budi@gmail.com ya', [['EMAIL', 'budi@gmail.com']]],
  ['e-mail at the end of a sentence', 'Surel: siti.aminah@kuburayakab.go.id.', [['EMAIL', 'siti.aminah@kuburayakab.go.id']]],
  ['e-mail in angle brackets', '<budi@desa.id>', [['EMAIL', 'budi@desa.id']]],
  ['e-mail with plus and digits', 'budi+forum2026@gmail.com', [['EMAIL', 'budi+forum2026@gmail.com']]],
  ['e-mail in upper case', 'BUDI@GMAIL.COM', [['EMAIL', 'BUDI@GMAIL.COM']]],
  ['e-mail made of a phone number', '081234567890@gmail.com', [['EMAIL', '081234567890@gmail.com']]],
  ['e-mail as Markdown link and mailto', '[budi@desa.id](mailto:budi@desa.id)', [['EMAIL', 'budi@desa.id'], ['EMAIL', 'budi@desa.id']]],
  ['e-mail in a link query', 'https://desa.example/?ke=budi@desa.id', [['EMAIL', 'budi@desa.id']]],
  ['e-mail after an emoji', '✉️budi@desa.id', [['EMAIL', 'budi@desa.id']]],
  ['disguised with [at] and [dot]', 'budi [at] gmail [dot] com', [['EMAIL', 'budi [at] gmail [dot] com']]],
  ['disguised with (at)', 'email: budi(at)gmail.com', [['EMAIL', 'budi(at)gmail.com']]],
  ['disguised with {at} and (dot)', 'budi{at}desa(dot)id', [['EMAIL', 'budi{at}desa(dot)id']]],
  ['disguised with [@] and [.]', 'budi[@]gmail[.]com', [['EMAIL', 'budi[@]gmail[.]com']]],
  ['spelled out at a mail provider', 'budi at gmail dot com', [['EMAIL', 'budi at gmail dot com']]],
  ['spaced @ at a mail provider', 'budi @ yahoo.co.id', [['EMAIL', 'budi @ yahoo.co.id']]],

  // Payment cards
  ['Visa in fours', 'kartu 4111 1111 1111 1111 hilang', [['PAYMENT_CARD', '4111 1111 1111 1111']]],
  ['Mastercard with dashes', '5555-5555-5555-4444', [['PAYMENT_CARD', '5555-5555-5555-4444']]],
  ['Mastercard unbroken', '5425233430109903', [['PAYMENT_CARD', '5425233430109903']]],
  ['Mastercard in the 2-series', '2223 0031 2200 3222', [['PAYMENT_CARD', '2223 0031 2200 3222']]],
  ['American Express 4-6-5', '3782 822463 10005', [['PAYMENT_CARD', '3782 822463 10005']]],
  ['American Express unbroken', '378282246310005', [['PAYMENT_CARD', '378282246310005']]],
  ['Visa of 13 digits', '4222222222222', [['PAYMENT_CARD', '4222222222222']]],
  ['UnionPay of 19 digits', '6212 3456 7890 1234 569', [['PAYMENT_CARD', '6212 3456 7890 1234 569']]],

  // NPWP
  ['NPWP formatted', 'NPWP 01.234.567.8-901.000', [['NPWP', '01.234.567.8-901.000']]],
  ['NPWP formatted without a label', 'usaha kami 09.254.294.3-407.000', [['NPWP', '09.254.294.3-407.000']]],
  ['NPWP with dots only', '01.234.567.8.901.000', [['NPWP', '01.234.567.8.901.000']]],
  ['NPWP of 16 digits formatted', '001.234.567.8-901.000', [['NPWP', '001.234.567.8-901.000']]],
  ['NPWP bare after its label', 'NPWP: 012345678901000', [['NPWP', '012345678901000']]],
  ['NPWP of 16 digits after its label', 'npwp saya 0012345678901000', [['NPWP', '0012345678901000']]],

  // Bank accounts
  ['bank account after no. rek and a bank', 'No. Rek BRI 0123-01-012345-50-6', [['BANK_ACCOUNT', '0123-01-012345-50-6']]],
  ['bank account after rekening', 'transfer ke rekening BCA 1234567890', [['BANK_ACCOUNT', '1234567890']]],
  ['bank account after norek', 'norek: 1234 5678 90', [['BANK_ACCOUNT', '1234 5678 90']]],
  ['bank account at Bank Kalbar', 'Rekening Bank Kalbar: 1001234567', [['BANK_ACCOUNT', '1001234567']]],
  ['Luhn-valid bank account after its label', 'rekening 4111111111111111', [['BANK_ACCOUNT', '4111111111111111']]],

  // Several kinds together
  [
    'several kinds in one post',
    `Saya Budi, NIK ${NIK}, HP 0812-3456-7890, email budi@gmail.com.`,
    [['NIK', NIK], ['PHONE', '0812-3456-7890'], ['EMAIL', 'budi@gmail.com']],
  ],
];

const FALSE_POSITIVES: Array<[string, string]> = [
  // money
  ['a price', 'Harga beras Rp 1.500.000 per karung'],
  ['a price without a space', 'Rp1.500.000,-'],
  ['a price with Rp. and decimals', 'Rp. 2.500.000,00'],
  ['a price in words and digits', 'dana 1,5 juta untuk tiap RT'],
  ['a big budget with thousands separators', 'APBDes Rp 1.250.000.000.000 tahun ini'],
  ['a long budget in thousands without Rp', 'total 4.111.111.111.111.111 rupiah'],
  ['a 16-digit amount after Rp', 'Rp 6112010101900001'],
  ['a round 16-digit amount', 'anggaran 2500000000000000 rupiah'],
  ['a round 13-digit amount starting with 4', 'dana 4000000000000'],
  ['an amount with IDR', 'IDR 5000000000000000'],
  ['thousands with spaces', '2 000 000 000 000 000'],
  ['an increase with a plus', 'naik +150000000 dari tahun lalu'],
  ['an increase with a plus and dots', 'naik +10.000.000'],
  // dates, times and years
  ['a date with dashes', 'Rapat 12-08-2026 di balai desa'],
  ['a date with dots and a time', 'pada 08.12.2026 10.30 WIB'],
  ['a date with slashes', 'tanggal 08/12/2026'],
  ['a time range', 'jam 08.00-10.00'],
  ['years', 'Tahun 2024, 2025 dan 2026'],
  ['a range of years with an en dash', 'periode 2020–2025'],
  // counts, lengths, places
  ['RT and RW', 'RT 03 RW 05 Desa Kuala Dua'],
  ['RT and RW with slashes', 'RT 003/RW 005'],
  ['road length', 'jalan sepanjang 12,5 km dan 1.200 meter'],
  ['counts', 'ada 1.234 jiwa dalam 356 KK'],
  ['a postal code', 'kode pos 78391'],
  ['a percentage', 'naik 6112010101900001%'],
  ['a decimal with a long fraction', 'nilai 3,6112010101900001'],
  ['Indonesian number words', 'dua belas juta lima ratus ribu rupiah, nol delapan satu dua'],
  ['a letter number', 'Surat No. 140/25/Pem/2026'],
  ['a score', 'skor 3-2'],
  // landlines and service numbers
  ['office landline with area code in parentheses', 'Kantor desa (0561) 734567'],
  ['office landline with a dash', 'telp 0561-734567'],
  ['landline in international form', '+62 561 734567'],
  ['landline with (+62)', '(+62) 561 734567'],
  ['toll-free number', 'Call center 0800-1-234567'],
  ['short code', 'hubungi 112 atau 110'],
  // identifiers that are not personal data
  ['16 digits with an impossible day', 'kode 6112013501900002'],
  ['16 digits with an impossible month', 'kode 6112011513900002'],
  ['16 digits with 30 February', 'kode 6112013002900002'],
  ['16 digits with an unknown province', 'kode 2012010101900001'],
  ['16 digits with serial 0000', 'kode 6112010101900000'],
  ['17 digits containing a NIK', '61120101019000011'],
  ['a NIK glued to letters', 'ID6112010101900001X'],
  ['a NIK inside a hash', 'sha256 3f2a6112010101900001abcdef'],
  ['a 4-4-4-4 number that is neither a NIK nor a card', 'voucher 1234 5678 9012 3456'],
  ['a civil servant NIP', 'NIP 19800101 200501 1 001'],
  ['an ISBN', 'ISBN 978-602-8519-93-9'],
  ['a BPJS number without label', 'kartu 0001234567890'],
  ['a business id starting with 1', 'NIB 1234567890123'],
  ['a card-like number failing Luhn', '4111 1111 1111 1112'],
  ['a card-like number with dots', '4111.1111.1111.1111'],
  ['the 16-digit NPWP layout without its leading 0', '123.456.789.0-123.456'],
  ['a bank word without a number label', 'rekening desa sudah dibuka di BRI'],
  ['a transfer amount after rekening', 'masuk ke rekening Rp 50.000.000'],
  ['Javanese rek before a number', 'ayo rek 1234567890'],
  // links and addresses
  ['a link with a 16-digit id', 'https://desa.example/thread/6112010101900001'],
  ['a Facebook link with numeric ids', 'https://facebook.com/permalink.php?story_fbid=4111111111111111&id=100012345678901'],
  ['a link without a scheme with an id', 'www.facebook.com/profile.php?id=100012345678901'],
  ['a link with a 62 id', 'https://desa.example/p/628123456789'],
  ['a link in Markdown with an id', '[berita](https://kuburayakab.go.id/berita/6112010101900001)'],
  ['a retina image name', 'icon@2x.png'],
  ['a user mention', 'terima kasih @budi dan @siti'],
  ['@ for a place', 'Rapat @ balai.desa.id jam 10'],
  ['spaced @ before a number', 'Rapat jam 10 @ kantor.desa.id'],
  ['at as an English word', 'meet at the office dot com'],
  ['an address without a domain', 'budi@localhost'],
  ['a version number', 'v1.2.3 dan 10.0.19045.2965'],
  ['a phone number with a letter after', '081234567890a'],
  ['Javanese rek before a phone word', 'ayo rek, nanti sore'],
  ['empty text', ''],
];

describe('true positives', () => {
  it.each(TRUE_POSITIVES)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('false positives', () => {
  it.each(FALSE_POSITIVES)('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('what a card number that is also a NIK counts as', () => {
  it('is reported as a NIK: NIKs are far more common in posts, and either way it is masked', () => {
    // 5105 1051 0510 5100 passes Luhn and reads as Bali (51), born 11 May 2010.
    expect(found('5105 1051 0510 5100')).toEqual([['NIK', '5105 1051 0510 5100']]);
  });

  it('is a card when 16 digits fail the NIK shape but pass Luhn', () => {
    // day 35 is no date; 6112013501900018 happens to pass the Luhn check
    expect(found('6112 0135 0190 0018')).toEqual([['PAYMENT_CARD', '6112 0135 0190 0018']]);
  });
});
