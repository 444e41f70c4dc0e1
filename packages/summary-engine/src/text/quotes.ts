import { compareStrings } from '../compare.js';
import { containsMaskMarker } from '../privacy.js';
import { round6 } from '../round.js';
import type { Quote } from '../types.js';
import { sentenceSpans } from './sentences.js';
import { isFunctionWord, wordRuns } from './tokens.js';
import { countCommon } from '../math/sorted.js';

export interface QuoteSource {
  id: string;
  threadId: string;
  author: number;
  /** Masked text: a quote is a slice of it. */
  text: string;
  votes: number;
  agree: number;
}

/** Only the most voted comments are read for quotes, which bounds the work on a very large debate. */
const MAX_SOURCES = 300;
const MAX_SENTENCES = 1200;
const MIN_WORDS = 5;
const MAX_WORDS = 60;
const MIN_CONTENT_WORDS = 3;
const DAMPING = 0.85;
const MAX_ITERATIONS = 200;
const TOLERANCE = 1e-12;
/** Two quotes sharing this share of their content words say the same thing. */
const MAX_OVERLAP = 0.5;

interface Candidate {
  source: QuoteSource;
  start: number;
  end: number;
  words: Int32Array;
  wordCount: number;
}

/**
 * Extractive summary by TextRank over sentences: sentences are linked by the content words they share, normalised by
 * their lengths (Mihalcea & Tarau 2004: shared / (ln |a| + ln |b|)), and ranked by PageRank (damping 0.85, until the
 * scores move less than 1e-12 or after 200 rounds). The random jump favours sentences of comments many people agreed
 * with. Candidates are the sentences of 5–60 words, without masked data, of the 300 most voted comments. The best are
 * taken one per comment and one per author, skipping any that repeats half the words of one already taken.
 */
export function quotes(sources: readonly QuoteSource[], max: number): Quote[] {
  if (max === 0) return [];
  const candidates = collectCandidates(sources);
  if (candidates.length === 0) return [];
  const scores = textRank(candidates);
  const order = candidates
    .map((candidate, i) => ({ candidate, score: round6(scores[i] * candidates.length) }))
    .sort((a, b) => b.score - a.score || compareStrings(a.candidate.source.id, b.candidate.source.id) || a.candidate.start - b.candidate.start);
  const chosen: Array<{ candidate: Candidate; score: number }> = [];
  for (const entry of order) {
    if (chosen.length >= max) break;
    const { source } = entry.candidate;
    if (chosen.some(({ candidate }) => candidate.source.id === source.id || candidate.source.author === source.author)) continue;
    if (chosen.some(({ candidate }) => overlap(candidate.words, entry.candidate.words) >= MAX_OVERLAP)) continue;
    chosen.push(entry);
  }
  return chosen.map(({ candidate, score }) => ({
    commentId: candidate.source.id,
    threadId: candidate.source.threadId,
    text: candidate.source.text.slice(candidate.start, candidate.end),
    score,
  }));
}

function collectCandidates(sources: readonly QuoteSource[]): Candidate[] {
  const ranked = [...sources]
    .sort((a, b) => b.votes - a.votes || b.agree - a.agree || compareStrings(a.id, b.id))
    .slice(0, MAX_SOURCES);
  const vocabulary = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const source of ranked) {
    for (const span of sentenceSpans(source.text)) {
      if (candidates.length >= MAX_SENTENCES) return candidates;
      const sentence = source.text.slice(span.start, span.end);
      if (containsMaskMarker(sentence)) continue;
      const words = wordRuns(sentence).flat();
      if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
      const content = new Set<number>();
      for (const word of words) {
        if (isFunctionWord(word)) continue;
        let id = vocabulary.get(word);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(word, id);
        }
        content.add(id);
      }
      if (content.size < MIN_CONTENT_WORDS) continue;
      candidates.push({ source, ...span, words: Int32Array.from(content).sort(), wordCount: words.length });
    }
  }
  return candidates;
}

/** PageRank over the similarity graph, built through an inverted index so only sentences sharing a word are paired. */
function textRank(candidates: readonly Candidate[]): Float64Array {
  const n = candidates.length;
  const postings = new Map<number, number[]>();
  candidates.forEach((candidate, i) => {
    for (const word of candidate.words) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push(i);
    }
  });
  const neighbours: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const word of candidates[i].words) {
      for (const j of postings.get(word)!) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      const weight = shared[j] / (Math.log(candidates[i].wordCount) + Math.log(candidates[j].wordCount));
      neighbours[i].push([j, weight]);
      neighbours[j].push([i, weight]);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  const strength = neighbours.map((list) => list.reduce((sum, [, weight]) => sum + weight, 0));
  const jump = new Float64Array(n);
  let jumpTotal = 0;
  candidates.forEach(({ source }, i) => {
    jump[i] = 1 + Math.log1p(source.agree);
    jumpTotal += jump[i];
  });
  for (let i = 0; i < n; i++) jump[i] /= jumpTotal;

  let scores = Float64Array.from(jump);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (strength[i] === 0) {
        dangling += scores[i];
        continue;
      }
      const share = scores[i] / strength[i];
      for (const [j, weight] of neighbours[i]) next[j] += DAMPING * share * weight;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] += (1 - DAMPING + DAMPING * dangling) * jump[i];
      change += Math.abs(next[i] - scores[i]);
    }
    scores = next;
    if (change < TOLERANCE) break;
  }
  return scores;
}

function overlap(a: Int32Array, b: Int32Array): number {
  return countCommon(a, b) / Math.min(a.length, b.length);
}
