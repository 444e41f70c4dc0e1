import type { DebateComment } from '../debate.js';
import { share } from '../round.js';
import type { StatementStats } from '../types.js';
import type { VoteCounts } from './vote-counts.js';

export function statementStats(comment: DebateComment, counts: VoteCounts, groupIds: readonly string[]): StatementStats {
  const c = comment.index;
  const votes = counts.votes[c];
  const agree = counts.agree[c];
  const disagree = counts.disagree[c];
  return {
    commentId: comment.id,
    threadId: comment.threadId,
    text: comment.text,
    votes,
    agree,
    disagree,
    pass: votes - agree - disagree,
    agreeShare: share(agree, votes),
    disagreeShare: share(disagree, votes),
    groups: groupIds.map((groupId, g) => {
      const at = c * counts.groupCount + g;
      const groupVotes = counts.groupVotes[at];
      return {
        groupId,
        votes: groupVotes,
        agreeShare: share(counts.groupAgree[at], groupVotes),
        disagreeShare: share(counts.groupDisagree[at], groupVotes),
      };
    }),
  };
}
