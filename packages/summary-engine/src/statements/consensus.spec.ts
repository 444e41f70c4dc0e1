import type { DebateComment } from '../debate.js';
import { consensusStatements } from './consensus.js';
import type { VoteCounts } from './vote-counts.js';

/** One comment's counts per group: [agree, disagree, votes]. */
type GroupVotes = [number, number, number];

function selection(perComment: GroupVotes[][]) {
  const k = perComment[0]!.length;
  const n = perComment.length;
  const counts: VoteCounts = {
    groupCount: k,
    agree: new Int32Array(n),
    disagree: new Int32Array(n),
    votes: new Int32Array(n),
    groupAgree: new Int32Array(n * k),
    groupDisagree: new Int32Array(n * k),
    groupVotes: new Int32Array(n * k),
  };
  const comments: DebateComment[] = perComment.map((groups, c) => {
    groups.forEach(([agree, disagree, votes], g) => {
      counts.groupAgree[c * k + g] = agree;
      counts.groupDisagree[c * k + g] = disagree;
      counts.groupVotes[c * k + g] = votes;
      counts.agree[c] += agree;
      counts.disagree[c] += disagree;
      counts.votes[c] += votes;
    });
    return { index: c, id: `c${c}`, threadId: 't', parentId: null, author: 0, text: `Komentar ${c}`, createdAt: '2026-11-01T00:00:00.000Z', createdMs: 0, areaId: null };
  });
  return { comments, counts, groupIds: ['A', 'B', 'C'].slice(0, k), minVotes: 5, max: 10 };
}

describe('consensus across groups', () => {
  it('is not blocked by a group too small to test, when that group agrees too', () => {
    // Groups of 8, 8 and 2 people who all agree: the two-person group can never pass a significance test.
    const found = consensusStatements(selection([[[8, 0, 8], [8, 0, 8], [2, 0, 2]]]));
    expect(found.map((s) => s.commentId)).toEqual(['c0']);
  });

  it('is refused when a small group leans the other way or did not vote, or a large group is unconvinced', () => {
    const found = consensusStatements(
      selection([
        [[8, 0, 8], [8, 0, 8], [0, 2, 2]],
        [[8, 0, 8], [8, 0, 8], [1, 0, 2]],
        [[8, 0, 8], [8, 0, 8], [0, 0, 0]],
        [[8, 0, 8], [5, 3, 8], [2, 0, 2]],
      ]),
    );
    expect(found).toEqual([]);
  });

  it('needs at least two groups large enough to test', () => {
    expect(consensusStatements(selection([[[12, 0, 12], [3, 0, 3], [2, 0, 2]]]))).toEqual([]);
  });

  it('ranks statements a reluctant group holds back below those every group embraces', () => {
    const found = consensusStatements(selection([[[20, 0, 20], [14, 6, 20]], [[20, 0, 20], [20, 0, 20]]]));
    expect(found.map((s) => s.commentId)).toEqual(['c1', 'c0']);
    expect(found[0]!.groups.map((g) => g.groupId)).toEqual(['A', 'B']);
  });
});
