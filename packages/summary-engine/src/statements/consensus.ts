import type { DebateComment } from '../debate.js';
import { round6 } from '../round.js';
import type { RankedStatement } from '../types.js';
import { compareStrings } from '../compare.js';
import { Z_90, Z_95, differenceZ, majorityZ, smoothed } from './proportion-tests.js';
import { statementStats } from './statement-stats.js';
import type { VoteCounts } from './vote-counts.js';

interface Selection {
  comments: readonly DebateComment[];
  counts: VoteCounts;
  groupIds: readonly string[];
  minVotes: number;
  max: number;
}

/**
 * Statements agreed across every group (Pol.is's group-aware consensus): in every group a majority of those who voted
 * on it agrees, and every group with at least `minVotes` votes on it agrees beyond chance (z ≥ 1.28, one-sided 90 %,
 * required of each such group at once; at least two groups must be large enough to be tested). A group too small to
 * test cannot pass the test, so it is held only to its plain majority instead of blocking all common ground. Ranked by
 * the product over groups of the smoothed agree proportions, which a single reluctant group pulls down. Without
 * groups, statements a majority of everyone agrees with (z ≥ 1.645), ranked by the smoothed agree proportion.
 */
export function consensusStatements(selection: Selection): RankedStatement[] {
  const { counts, minVotes } = selection;
  const k = counts.groupCount;
  return rank(selection, (c) => {
    if (k === 0) {
      return majorityZ(counts.agree[c], counts.votes[c]) >= Z_95 ? smoothed(counts.agree[c], counts.votes[c]) : undefined;
    }
    let score = 1;
    let tested = 0;
    for (let g = 0; g < k; g++) {
      const at = c * k + g;
      const votes = counts.groupVotes[at];
      const agree = counts.groupAgree[at];
      if (2 * agree <= votes) return undefined;
      if (votes >= minVotes) {
        if (majorityZ(agree, votes) < Z_90) return undefined;
        tested++;
      }
      score *= smoothed(agree, votes);
    }
    return tested >= Math.min(2, k) ? score : undefined;
  });
}

/**
 * Statements that split the groups: one group's majority agrees and another's disagrees, each beyond chance
 * (z ≥ 1.28), and the two groups' agree proportions differ significantly (z ≥ 1.645). Ranked by the vote-weighted
 * mean difference of the groups' smoothed agree proportions (doubled, so a clean split between two equal groups
 * approaches 1): a split between two large groups ranks above one between a large group and a handful of people.
 * Empty when no groups were formed.
 */
export function divisiveStatements(selection: Selection): RankedStatement[] {
  const { counts } = selection;
  const k = counts.groupCount;
  if (k < 2) return [];
  return rank(selection, (c) => {
    let agreeing = -1;
    let disagreeing = -1;
    let agreeingZ = Z_90;
    let disagreeingZ = Z_90;
    for (let g = 0; g < k; g++) {
      const at = c * k + g;
      const za = majorityZ(counts.groupAgree[at], counts.groupVotes[at]);
      const zd = majorityZ(counts.groupDisagree[at], counts.groupVotes[at]);
      if (za >= agreeingZ) [agreeing, agreeingZ] = [g, za];
      if (zd >= disagreeingZ) [disagreeing, disagreeingZ] = [g, zd];
    }
    if (agreeing < 0 || disagreeing < 0) return undefined;
    const a = c * k + agreeing;
    const d = c * k + disagreeing;
    if (differenceZ(counts.groupAgree[a], counts.groupVotes[a], counts.groupAgree[d], counts.groupVotes[d]) < Z_95) return undefined;
    let weight = 0;
    let spread = 0;
    for (let g = 0; g < k; g++) {
      const wg = counts.groupVotes[c * k + g];
      const pg = smoothed(counts.groupAgree[c * k + g], wg);
      weight += wg;
      for (let h = 0; h < k; h++) {
        const wh = counts.groupVotes[c * k + h];
        spread += wg * wh * Math.abs(pg - smoothed(counts.groupAgree[c * k + h], wh));
      }
    }
    return weight > 0 ? (2 * spread) / (weight * weight) : undefined;
  });
}

function rank(selection: Selection, score: (comment: number) => number | undefined): RankedStatement[] {
  const { comments, counts, groupIds, minVotes, max } = selection;
  const ranked: Array<{ comment: DebateComment; score: number }> = [];
  for (const comment of comments) {
    if (counts.votes[comment.index] < minVotes) continue;
    const value = score(comment.index);
    if (value !== undefined) ranked.push({ comment, score: round6(value) });
  }
  return ranked
    .sort((a, b) => b.score - a.score || counts.votes[b.comment.index] - counts.votes[a.comment.index] || compareStrings(a.comment.id, b.comment.id))
    .slice(0, max)
    .map(({ comment, score: value }) => ({ ...statementStats(comment, counts, groupIds), score: value }));
}
