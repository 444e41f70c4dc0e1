import type { DebateComment } from '../debate.js';
import { round6, share } from '../round.js';
import type { RepresentativeStatement } from '../types.js';
import { compareStrings } from '../compare.js';
import { Z_95, differenceZ, majorityZ, smoothed } from './proportion-tests.js';
import type { VoteCounts } from './vote-counts.js';

/**
 * For each group, the statements that set it apart (Pol.is's "repness"): most of the group agrees (or disagrees),
 * beyond chance (z ≥ 1.645 against one half), and significantly more than the other groups do (two-proportion
 * z ≥ 1.645). Ranked like Pol.is by ratio × z × proportion × z (inside over outside, then against one half), which
 * favours statements that are both distinctive and widely held within the group. Pass votes count as seen.
 */
export function representativeStatements(
  comments: readonly DebateComment[],
  counts: VoteCounts,
  minVotes: number,
  maxPerGroup: number,
): RepresentativeStatement[][] {
  const k = counts.groupCount;
  return Array.from({ length: k }, (_, g) => {
    const found: Array<{ statement: RepresentativeStatement; metric: number }> = [];
    for (const comment of comments) {
      const c = comment.index;
      if (counts.votes[c] < minVotes) continue;
      let votesIn = 0;
      let agreeIn = 0;
      let disagreeIn = 0;
      let votesOut = 0;
      let agreeOut = 0;
      let disagreeOut = 0;
      for (let h = 0; h < k; h++) {
        const at = c * k + h;
        if (h === g) {
          votesIn = counts.groupVotes[at];
          agreeIn = counts.groupAgree[at];
          disagreeIn = counts.groupDisagree[at];
        } else {
          votesOut += counts.groupVotes[at];
          agreeOut += counts.groupAgree[at];
          disagreeOut += counts.groupDisagree[at];
        }
      }
      if (votesIn === 0) continue;
      let best: { statement: RepresentativeStatement; metric: number; z: number } | undefined;
      for (const direction of ['AGREE', 'DISAGREE'] as const) {
        const inside = direction === 'AGREE' ? agreeIn : disagreeIn;
        const outside = direction === 'AGREE' ? agreeOut : disagreeOut;
        const zMajority = majorityZ(inside, votesIn);
        const zDifference = differenceZ(inside, votesIn, outside, votesOut);
        if (zMajority < Z_95 || zDifference < Z_95) continue;
        if (best && best.z >= zDifference) continue;
        const proportion = smoothed(inside, votesIn);
        const ratio = proportion / smoothed(outside, votesOut);
        best = {
          z: zDifference,
          metric: round6(ratio * zDifference * proportion * zMajority),
          statement: {
            commentId: comment.id,
            threadId: comment.threadId,
            text: comment.text,
            direction,
            votes: votesIn,
            agreeShare: share(agreeIn, votesIn),
            disagreeShare: share(disagreeIn, votesIn),
            outsideShare: share(outside, votesOut),
            z: round6(zDifference),
          },
        };
      }
      if (best) found.push(best);
    }
    return found
      .sort((a, b) => b.metric - a.metric || compareStrings(a.statement.commentId, b.statement.commentId))
      .slice(0, maxPerGroup)
      .map((entry) => entry.statement);
  });
}
