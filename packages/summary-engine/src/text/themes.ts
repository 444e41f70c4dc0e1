import type { Masker } from '../privacy.js';
import { round6 } from '../round.js';
import type { Theme } from '../types.js';
import { compareStrings } from '../compare.js';
import { isFunctionWord, wordRuns } from './tokens.js';
import { countCommon } from '../math/sorted.js';

export interface ThemeDocument {
  id: string;
  text: string;
  /** Breaks ties between equally relevant comments: more voted first. */
  votes: number;
}

const MAX_WORDS = 3;
/** A phrase that appears inside a longer one in at least this share of its comments is left to the longer one. */
const ABSORBED = 0.7;
/** Two phrases whose comments are mostly the same (Jaccard) are one theme told twice. */
const SAME_COMMENTS = 0.8;

interface Phrase {
  key: string;
  words: number;
  /** Comments carrying it, ascending, with its occurrences in each. */
  documents: number[];
  occurrences: number[];
  /** Largest document count among the phrases one word longer that start or end with this one. */
  longerDf: number;
  score: number;
}

/**
 * Key phrases of the debate by TF-IDF over 1–3-word phrases: a phrase scores Σ(1 + ln tf) · ln(1 + N/df) over the
 * comments carrying it (repetition within a comment counts, but less and less; a phrase in nearly every comment
 * says little), times 1 + (words − 1)/2 because a longer phrase says more. A phrase never starts or ends with a
 * stop word (Indonesian or English), a bare number or a single letter, never spans punctuation or masked data, and
 * must recur (in at least 2 comments, and 0.5 % of them). A phrase mostly seen inside a longer one ("rusak" inside
 * "jalan rusak") gives way to it. Themes are taken best first, skipping any that contains or shares two consecutive
 * words with one taken, or is carried by mostly the same comments. Scores are relative to the top theme.
 */
export function themes(documents: readonly ThemeDocument[], max: number, masker: Masker): Theme[] {
  if (max === 0 || documents.length === 0) return [];
  const n = documents.length;
  const phrases = new Map<string, Phrase>();
  const lengths = documents.map((document, d) => {
    const runs = wordRuns(document.text);
    for (const [key, tf] of phraseCounts(runs)) {
      let phrase = phrases.get(key);
      if (!phrase) phrases.set(key, (phrase = { key, words: key.split(' ').length, documents: [], occurrences: [], longerDf: 0, score: 0 }));
      phrase.documents.push(d);
      phrase.occurrences.push(tf);
    }
    return runs.reduce((sum, run) => sum + run.length, 0);
  });
  const minDf = Math.max(2, Math.ceil(n / 200));
  for (const phrase of phrases.values()) {
    if (phrase.words < 2 || phrase.documents.length < minDf) continue;
    const words = phrase.key.split(' ');
    for (const part of [words.slice(1).join(' '), words.slice(0, -1).join(' ')]) {
      const shorter = phrases.get(part);
      if (shorter) shorter.longerDf = Math.max(shorter.longerDf, phrase.documents.length);
    }
  }
  const candidates = [...phrases.values()].filter((p) => p.documents.length >= minDf && p.longerDf < ABSORBED * p.documents.length);
  for (const phrase of candidates) {
    const weight = phrase.occurrences.reduce((sum, tf) => sum + 1 + Math.log(tf), 0);
    phrase.score = weight * Math.log(1 + n / phrase.documents.length) * (1 + (phrase.words - 1) / 2);
  }
  candidates.sort((a, b) => b.score - a.score || compareStrings(a.key, b.key));

  const chosen: Phrase[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= max) break;
    if (chosen.some((theme) => overlaps(theme, candidate))) continue;
    // Built from masked text and split at every marker, so this should never bite; it is the guarantee, not the hope.
    if (masker.mask(candidate.key) !== candidate.key) continue;
    chosen.push(candidate);
  }
  const top = chosen[0]?.score ?? 1;
  return chosen.map((phrase) => ({
    phrase: phrase.key,
    score: round6(phrase.score / top),
    commentIds: phrase.documents
      .map((d, i) => ({ document: documents[d], density: phrase.occurrences[i] / lengths[d] }))
      .sort((a, b) => b.density - a.density || b.document.votes - a.document.votes || compareStrings(a.document.id, b.document.id))
      .map(({ document }) => document.id),
  }));
}

/** Occurrences of each candidate phrase in one comment. */
function phraseCounts(runs: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    for (let start = 0; start < run.length; start++) {
      if (isFunctionWord(run[start])) continue;
      let key = '';
      for (let end = start; end < Math.min(run.length, start + MAX_WORDS); end++) {
        key = end === start ? run[end] : `${key} ${run[end]}`;
        if (!isFunctionWord(run[end])) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function overlaps(a: Phrase, b: Phrase): boolean {
  if (` ${a.key} `.includes(` ${b.key} `) || ` ${b.key} `.includes(` ${a.key} `)) return true;
  const pairsOfA = pairs(a.key);
  if (pairs(b.key).some((pair) => pairsOfA.includes(pair))) return true;
  return jaccard(a.documents, b.documents) >= SAME_COMMENTS;
}

function pairs(key: string): string[] {
  const words = key.split(' ');
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/** |a ∩ b| / |a ∪ b| of two ascending lists. */
function jaccard(a: readonly number[], b: readonly number[]): number {
  const common = countCommon(a, b);
  return common / (a.length + b.length - common);
}
