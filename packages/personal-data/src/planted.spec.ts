import type { PersonalDataMatch } from './index.js';
import { findPersonalData, maskPersonalData } from './index.js';
import { HARMLESS_PHRASES, PLANTERS } from './testing/planted.js';
import type { Planted } from './testing/planted.js';
import { Random } from './testing/random.js';

/** What may stand between a phrase and a planted value: spaces, punctuation, Markdown, emoji. */
const SEPARATORS = [' ', ', ', '. ', '\n', ' (', ') ', ': ', ' 😀 ', '\n\n- ', ' **', '** ', '; ', ' — ', '\t', ' 𝔸 '];

interface Post {
  text: string;
  planted: Array<Planted & { start: number; end: number }>;
}

/** A post of harmless phrases with personal data planted between them, and where each value sits. */
function post(random: Random): Post {
  let text = '';
  const planted: Post['planted'] = [];
  const count = random.int(1, 6);
  for (let i = 0; i < count; i++) {
    text += `${random.pick(HARMLESS_PHRASES)}${random.pick(SEPARATORS)}`;
    const value = random.pick(PLANTERS)(random);
    const start = text.length + value.written.lastIndexOf(value.value);
    text += value.written;
    planted.push({ ...value, start, end: start + value.value.length });
    text += random.pick(SEPARATORS);
  }
  text += random.pick(HARMLESS_PHRASES);
  return { text, planted };
}

const POSTS = 2000;

describe('personal data planted in random posts', () => {
  const random = new Random(20261127);
  const posts = Array.from({ length: POSTS }, () => post(random));

  it('finds every planted value, with its kind and exact place, and nothing else', () => {
    const wrong: Array<{ text: string; expected: PersonalDataMatch[]; found: PersonalDataMatch[] }> = [];
    for (const { text, planted } of posts) {
      const expected = planted.map(({ kind, start, end }) => ({ kind, start, end }));
      const found = findPersonalData(text);
      if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push({ text, expected, found });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('never leaves a planted value in the masked text', () => {
    for (const { text, planted } of posts) {
      const masked = maskPersonalData(text);
      for (const { value } of planted) {
        if (masked.includes(value)) throw new Error(`${JSON.stringify(value)} survived masking in ${JSON.stringify(text)}`);
      }
    }
  });

  it('changes nothing but the planted values', () => {
    for (const { text, planted } of posts) {
      let expected = '';
      let last = 0;
      for (const { kind, start, end } of planted) {
        expected += `${text.slice(last, start)}[${kind}]`;
        last = end;
      }
      expect(maskPersonalData(text)).toBe(expected + text.slice(last));
    }
  });

  it('finds nothing in the harmless phrases alone, however they are joined', () => {
    const joined = [HARMLESS_PHRASES.join(' '), HARMLESS_PHRASES.join('\n'), HARMLESS_PHRASES.join(', ')];
    for (let i = 0; i < 200; i++) {
      joined.push(Array.from({ length: 8 }, () => `${random.pick(HARMLESS_PHRASES)}${random.pick(SEPARATORS)}`).join(''));
    }
    for (const text of joined) expect(findPersonalData(text)).toEqual([]);
  });
});
