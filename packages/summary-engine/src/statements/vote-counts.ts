import type { Debate } from '../debate.js';

/** Agree/disagree/all-vote counts per comment, overall and per opinion group (comment-major, group-minor). */
export interface VoteCounts {
  groupCount: number;
  agree: Int32Array;
  disagree: Int32Array;
  votes: Int32Array;
  groupAgree: Int32Array;
  groupDisagree: Int32Array;
  groupVotes: Int32Array;
}

export function countVotes(debate: Debate, groupOfPerson: Int32Array, groupCount: number): VoteCounts {
  const n = debate.comments.length;
  const counts: VoteCounts = {
    groupCount,
    agree: new Int32Array(n),
    disagree: new Int32Array(n),
    votes: new Int32Array(n),
    groupAgree: new Int32Array(n * groupCount),
    groupDisagree: new Int32Array(n * groupCount),
    groupVotes: new Int32Array(n * groupCount),
  };
  const { votes } = debate;
  for (let i = 0; i < votes.length; i++) {
    const c = votes.comment[i];
    const value = votes.value[i];
    counts.votes[c]++;
    if (value === 1) counts.agree[c]++;
    else if (value === -1) counts.disagree[c]++;
    const g = groupOfPerson[votes.person[i]];
    if (g < 0) continue;
    const at = c * groupCount + g;
    counts.groupVotes[at]++;
    if (value === 1) counts.groupAgree[at]++;
    else if (value === -1) counts.groupDisagree[at]++;
  }
  return counts;
}
