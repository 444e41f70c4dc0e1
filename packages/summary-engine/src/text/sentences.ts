/** A sentence as `text.slice(start, end)`: always a verbatim piece of the text, trimmed of surrounding space. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Abbreviations after which a full stop does not end a sentence ("Jl. Ahmad Yani", "Pak. Camat" is a typo we
// tolerate, "dll." usually does end one but rarely matters).
const ABBREVIATIONS = new Set([
  'bpk', 'dr', 'drs', 'dra', 'dsn', 'ds', 'etc', 'h', 'hj', 'ibu', 'ir', 'jl', 'jln', 'kab', 'kec', 'kel', 'km', 'kp',
  'mr', 'mrs', 'ms', 'no', 'pak', 'prof', 'rt', 'rw', 'sdr', 'st', 'vs', 'e.g', 'i.e',
]);

const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s|$)/gu;

/** Sentence boundaries: line breaks, and . ! ? … followed by a space, except after an abbreviation or an initial. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const match of line.matchAll(TERMINATOR)) {
      const at = match.index;
      if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(line.slice(0, at))) continue;
      push(text, start, lineStart + at + match[0].length, spans);
      start = lineStart + at + match[0].length;
    }
    push(text, start, lineStart + line.length, spans);
    lineStart += line.length + 1;
  }
  return spans;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

function push(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
