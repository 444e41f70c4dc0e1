import type { PersonalDataMatch } from './index.js';
import { findPersonalData, maskPersonalData } from './index.js';

/** One mebibyte of text made by repeating `unit`. */
const megabyte = (unit: string): string => unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20);

/**
 * Inputs that would make a backtracking regular expression or a nested scan take quadratic or exponential
 * time: long runs of what each detector looks for, almost-matches, and unclosed structures. They must
 * finish (the jest timeout stops a hang; no test measures time) and give sane results.
 */
const ADVERSARIAL: Array<[string, string]> = [
  ['digits', megabyte('0')],
  ['digits and spaces', megabyte('1 ')],
  ['digits and dots', megabyte('1.')],
  ['digits and dashes', megabyte('1-')],
  ['digits and no-break spaces', megabyte('1\u00a0')],
  ['phone prefixes', megabyte('0812 ')],
  ['NIKs', megabyte('6112010101900001 ')],
  ['almost-NIKs', megabyte('6112013501900002 ')],
  ['card groups', megabyte('4111 ')],
  ['NPWP fragments', megabyte('01.234.567.8-')],
  ['plus signs', megabyte('+')],
  ['plus and digits', megabyte('+6')],
  ['open parentheses', megabyte('(')],
  ['unclosed area codes', megabyte('(0')],
  ['country codes in parentheses', megabyte('(+62)')],
  ['at signs', megabyte('@')],
  ['local parts and at signs', megabyte('a@')],
  ['a long local part', `${megabyte('a.')}@gmail.com`],
  ['a long domain', `budi@${megabyte('a.')}`],
  ['dotted labels after at signs', megabyte('@a.')],
  ['bracketed ats', megabyte('[at]')],
  ['disguised addresses without an end', megabyte('a [at] b [dot] ')],
  ['spelled-out ats', megabyte(' at ')],
  ['spelled-out dots', `budi at gmail${megabyte(' dot gmail')}`],
  ['spaced ats', megabyte('a  @  ')],
  ['schemes', megabyte('https://')],
  ['scheme marks', megabyte('://')],
  ['short links', megabyte('http://a/')],
  ['hosts with slashes', megabyte('a.b/')],
  ['a host without an end', megabyte('a.b')],
  ['a link of trailing punctuation', `https://a${megabyte('.')}`],
  ['a link with unbalanced parentheses', `https://a/${megabyte('(')}`],
  ['WhatsApp links', megabyte('wa.me/62812345678901/')],
  ['one long link full of numbers', `https://wa.me/${megabyte('1/')}`],
  ['query keys', `https://a.id/?${megabyte('a=1&')}`],
  ['query values', `https://a.id/?${megabyte('a=1=')}`],
  ['labels', megabyte('no rek ')],
  ['labels and numbers', megabyte('NPWP 1.')],
  ['currency signs', megabyte('Rp 1 ')],
  ['emoji', megabyte('😀')],
  ['lone surrogates', megabyte('\ud83d')],
  ['a real post, repeated', megabyte('Rp 1.500.000 0812-3456-7890 budi@desa.id https://wa.me/6281234567890 NIK 6112010101900001. ')],
];

describe('adversarial input of one mebibyte', () => {
  it.each(ADVERSARIAL)('%s: finishes with sorted, non-overlapping matches', (_name, text) => {
    // One pass: the replacement sees every match findPersonalData returns.
    const matches: PersonalDataMatch[] = [];
    const masked = maskPersonalData(text, (m) => {
      matches.push(m);
      return '';
    });
    for (let i = 0; i < matches.length; i++) {
      if (matches[i].start >= matches[i].end) throw new Error(`empty match at ${matches[i].start}`);
      if (i > 0 && matches[i].start < matches[i - 1].end) throw new Error(`overlap at ${matches[i].start}`);
    }
    expect(masked.length).toBe(text.length - matches.reduce((sum, m) => sum + m.end - m.start, 0));
  });

  it('finds and masks every copy of a repeated post', () => {
    const post = 'HP 0812-3456-7890, NIK 6112010101900001, budi@desa.id. ';
    const text = post.repeat(5000);
    expect(findPersonalData(text)).toHaveLength(15000);
    expect(maskPersonalData(text)).toBe('HP [PHONE], NIK [NIK], [EMAIL]. '.repeat(5000));
  });
});
