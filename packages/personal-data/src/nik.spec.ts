import { isNikShape } from './index.js';

/** A NIK from parts, so each test changes one thing. */
const nik = ({ province = '61', regency = '12', district = '01', day = '01', month = '01', year = '90', serial = '0001' } = {}) =>
  `${province}${regency}${district}${day}${month}${year}${serial}`;

describe('isNikShape', () => {
  it('accepts a NIK from Kubu Raya', () => {
    expect(isNikShape(nik())).toBe(true);
  });

  it.each(['11', '19', '21', '31', '36', '51', '53', '61', '65', '71', '76', '81', '82', '91', '97'])('accepts province %s', (province) => {
    expect(isNikShape(nik({ province }))).toBe(true);
  });

  it.each(['00', '10', '20', '22', '30', '37', '50', '54', '60', '66', '70', '77', '80', '83', '90', '98', '99'])(
    'refuses province %s, which does not exist',
    (province) => {
      expect(isNikShape(nik({ province }))).toBe(false);
    },
  );

  it('refuses regency or district 00', () => {
    expect(isNikShape(nik({ regency: '00' }))).toBe(false);
    expect(isNikShape(nik({ district: '00' }))).toBe(false);
    expect(isNikShape(nik({ regency: '99', district: '99' }))).toBe(true);
  });

  it('accepts days 01–31 for men and 41–71 for women', () => {
    for (const day of ['01', '15', '31', '41', '55', '71']) expect(isNikShape(nik({ day }))).toBe(true);
    for (const day of ['00', '32', '35', '40', '72', '99']) expect(isNikShape(nik({ day }))).toBe(false);
  });

  it('checks the day against the month', () => {
    expect(isNikShape(nik({ day: '30', month: '04' }))).toBe(true);
    expect(isNikShape(nik({ day: '31', month: '04' }))).toBe(false);
    expect(isNikShape(nik({ day: '71', month: '04' }))).toBe(false);
    expect(isNikShape(nik({ day: '29', month: '02' }))).toBe(true);
    expect(isNikShape(nik({ day: '69', month: '02' }))).toBe(true);
    expect(isNikShape(nik({ day: '30', month: '02' }))).toBe(false);
  });

  it('accepts months 01–12 only', () => {
    expect(isNikShape(nik({ month: '12' }))).toBe(true);
    expect(isNikShape(nik({ month: '00' }))).toBe(false);
    expect(isNikShape(nik({ month: '13' }))).toBe(false);
  });

  it('accepts any year and serials 0001–9999', () => {
    expect(isNikShape(nik({ year: '00' }))).toBe(true);
    expect(isNikShape(nik({ year: '99', serial: '9999' }))).toBe(true);
    expect(isNikShape(nik({ serial: '0000' }))).toBe(false);
  });

  it('takes exactly 16 digits', () => {
    expect(isNikShape(nik().slice(1))).toBe(false);
    expect(isNikShape(`${nik()}1`)).toBe(false);
    expect(isNikShape(nik().replace('0', 'O'))).toBe(false);
    expect(isNikShape('6112 0101 0190 0001')).toBe(false);
  });
});
