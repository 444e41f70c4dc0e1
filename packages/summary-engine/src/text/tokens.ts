import { MASK_MARKER_PATTERN } from '../privacy.js';
import { stopWords } from './stop-words.js';

// A word is letters and digits, joined by an apostrophe or hyphen inside it ("anak-anak", "don't"). A mask marker
// ([NIK], [PHONE], …) and any punctuation end a run of words, so no phrase reaches across a comma or masked data.
const PIECES = new RegExp(`${MASK_MARKER_PATTERN}|[\\p{L}\\p{N}\\p{M}]+(?:['’-][\\p{L}\\p{N}\\p{M}]+)*|[^\\s\\p{L}\\p{N}\\p{M}]`, 'gu');
const WORD = /^[\p{L}\p{N}\p{M}]/u;

/** The text's words, lower case, in runs that punctuation and mask markers separate. */
export function wordRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const match of text.normalize('NFKC').matchAll(PIECES)) {
    const piece = match[0];
    if (WORD.test(piece)) {
      run.push(piece.toLowerCase().replace(/’/g, "'"));
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const DIGITS = /^\p{N}+$/u;

/** Words that carry no topic on their own: stop words, bare numbers, single letters. */
export function isFunctionWord(word: string): boolean {
  return stopWords().has(word) || DIGITS.test(word) || [...word].length < 2;
}
