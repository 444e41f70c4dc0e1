import { readFileSync } from 'node:fs';

// The lists are data files beside the package's code (data/, one word a line) so a linguist can edit them without
// touching TypeScript; both src/ and dist/ sit two levels below the package root.
const FILES = ['stop-words-id.txt', 'stop-words-en.txt'];

let words: ReadonlySet<string> | undefined;

/** Indonesian and English stop words, lower case. */
export function stopWords(): ReadonlySet<string> {
  words ??= new Set(
    FILES.flatMap((file) =>
      readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line !== '' && !line.startsWith('#')),
    ),
  );
  return words;
}
