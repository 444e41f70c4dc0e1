import { containsPersonalData, findPersonalData, maskPersonalData, PERSONAL_DATA_KINDS, personalDataKinds } from './index.js';

const POST = [
  '# Jalan rusak di Dusun Parit',
  '',
  'Saya Budi (NIK 6112010101900001). Hubungi saya di 0812-3456-7890 atau budi@gmail.com,',
  'atau lewat [WhatsApp](https://wa.me/6281234567890). Anggaran Rp 1.500.000.000 pada 12-08-2026.',
  'NPWP usaha: 01.234.567.8-901.000, rekening BRI 0123-01-012345-50-6, kartu 4111 1111 1111 1111.',
].join('\n');

const SECRETS = [
  '6112010101900001',
  '0812-3456-7890',
  'budi@gmail.com',
  '6281234567890',
  '01.234.567.8-901.000',
  '0123-01-012345-50-6',
  '4111 1111 1111 1111',
];

describe('maskPersonalData', () => {
  it('replaces each piece of personal data by its kind and keeps every other character', () => {
    expect(maskPersonalData(POST)).toBe(
      [
        '# Jalan rusak di Dusun Parit',
        '',
        'Saya Budi (NIK [NIK]). Hubungi saya di [PHONE] atau [EMAIL],',
        'atau lewat [WhatsApp](https://wa.me/[PHONE]). Anggaran Rp 1.500.000.000 pada 12-08-2026.',
        'NPWP usaha: [NPWP], rekening BRI [BANK_ACCOUNT], kartu [PAYMENT_CARD].',
      ].join('\n'),
    );
  });

  it('leaves none of the data in the output', () => {
    const masked = maskPersonalData(POST);
    for (const secret of SECRETS) expect(masked).not.toContain(secret);
  });

  it('keeps the text between matches byte for byte', () => {
    const matches = findPersonalData(POST);
    const masked = maskPersonalData(POST, () => '');
    let kept = '';
    let last = 0;
    for (const m of matches) {
      kept += POST.slice(last, m.start);
      last = m.end;
    }
    expect(masked).toBe(kept + POST.slice(last));
  });

  it('uses the replacement given, called with each match in order', () => {
    const seen: string[] = [];
    const masked = maskPersonalData('a 081234567890 b budi@desa.id c', (m) => {
      seen.push(`${m.kind}@${m.start}`);
      return '•'.repeat(m.end - m.start);
    });
    expect(masked).toBe(`a ${'•'.repeat(12)} b ${'•'.repeat(12)} c`);
    expect(seen).toEqual(['PHONE@2', 'EMAIL@17']);
  });

  it('returns text without personal data unchanged', () => {
    const text = 'Rapat RT 03 RW 05, Rp 1.500.000, 12-08-2026 pukul 08.30 😀';
    expect(maskPersonalData(text)).toBe(text);
    expect(maskPersonalData('')).toBe('');
  });

  it('gives the same output for the same input every time', () => {
    const once = maskPersonalData(POST);
    for (let i = 0; i < 5; i++) {
      maskPersonalData(`noise 0812${i}3456789 ${i}`);
      expect(maskPersonalData(POST)).toBe(once);
    }
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets, right after emoji and other characters outside the BMP', () => {
    const text = '😀👍🏽 𝔸𝔹 家 NIK 6112010101900001 👨‍👩‍👧 HP 081234567890 🇮🇩 budi@desa.id';
    const matches = findPersonalData(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['6112010101900001', '081234567890', 'budi@desa.id']);
    expect(matches[0].start).toBe(text.indexOf('6112010101900001'));
    expect(maskPersonalData(text)).toBe('😀👍🏽 𝔸𝔹 家 NIK [NIK] 👨‍👩‍👧 HP [PHONE] 🇮🇩 [EMAIL]');
  });

  it('leave surrogate pairs whole when data sits right next to them', () => {
    const text = '😀081234567890😀budi@desa.id😀';
    const masked = maskPersonalData(text);
    expect(masked).toBe('😀[PHONE]😀[EMAIL]😀');
    expect(/\p{Surrogate}/u.test(masked)).toBe(false);
  });

  it('are sorted and never overlap', () => {
    const matches = findPersonalData(`${POST}\n${POST}`);
    for (let i = 1; i < matches.length; i++) expect(matches[i].start).toBeGreaterThanOrEqual(matches[i - 1].end);
  });
});

describe('personalDataKinds and containsPersonalData', () => {
  it('list each kind once, in the fixed order, whatever the order in the text', () => {
    expect(personalDataKinds(POST)).toEqual(['NIK', 'PHONE', 'EMAIL', 'PAYMENT_CARD', 'NPWP', 'BANK_ACCOUNT']);
    expect(personalDataKinds('budi@desa.id lalu 081234567890 dan 0813-1111-2222')).toEqual(['PHONE', 'EMAIL']);
    expect(PERSONAL_DATA_KINDS).toEqual(['NIK', 'PHONE', 'EMAIL', 'PAYMENT_CARD', 'NPWP', 'BANK_ACCOUNT']);
  });

  it('say whether there is anything to hold', () => {
    expect(containsPersonalData(POST)).toBe(true);
    expect(containsPersonalData('Rapat RT 03 RW 05, Rp 1.500.000, 12-08-2026')).toBe(false);
    expect(personalDataKinds('Rapat RT 03')).toEqual([]);
  });
});
