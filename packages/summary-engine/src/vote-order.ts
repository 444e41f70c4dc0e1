import type { CommentVoteInput } from './types.js';

/**
 * The votes numbered and ordered once, for both the input hash and the engine: `order` lists vote indices by
 * commentId, then participantId, then `at`, then vote (strings by UTF-16 code unit, like canonical JSON's keys), so
 * neither depends on the order the loader read them in. Ids are replaced by their rank among the distinct ids, which
 * later steps look up in arrays instead of maps: a million votes make every per-vote cost count.
 */
export interface VoteOrder {
  order: Int32Array;
  /** Distinct comment ids named by votes, sorted. */
  commentIds: string[];
  /** Distinct participant ids named by votes, sorted. */
  participantIds: string[];
  /** Rank of each vote's commentId in `commentIds`, by vote index. */
  commentRank: Int32Array;
  participantRank: Int32Array;
}

export function voteOrder(votes: readonly CommentVoteInput[]): VoteOrder {
  const n = votes.length;
  const commentIds = distinctSorted(votes, (vote) => vote.commentId);
  const participantIds = distinctSorted(votes, (vote) => vote.participantId);
  const commentRank = rankEach(votes, commentIds, (vote) => vote.commentId);
  const participantRank = rankEach(votes, participantIds, (vote) => vote.participantId);
  const people = participantIds.length;
  const order = new Int32Array(n);
  if (commentIds.length * people * n <= Number.MAX_SAFE_INTEGER) {
    // Sorted as packed numbers rather than through a comparator: several times faster on a million votes.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (commentRank[i] * people + participantRank[i]) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % n;
  } else {
    const indices = Array.from({ length: n }, (_, i) => i);
    indices.sort((x, y) => commentRank[x] - commentRank[y] || participantRank[x] - participantRank[y] || x - y);
    order.set(indices);
  }
  const result = { order, commentIds, participantIds, commentRank, participantRank };
  breakTies(votes, result);
  return result;
}

function distinctSorted(votes: readonly CommentVoteInput[], key: (vote: CommentVoteInput) => string): string[] {
  const distinct = new Set<string>();
  for (const vote of votes) distinct.add(key(vote));
  return [...distinct].sort(compareStrings);
}

function rankEach(votes: readonly CommentVoteInput[], sorted: string[], key: (vote: CommentVoteInput) => string): Int32Array {
  const rankOf = new Map(sorted.map((id, rank) => [id, rank]));
  const ranks = new Int32Array(votes.length);
  for (let i = 0; i < votes.length; i++) ranks[i] = rankOf.get(key(votes[i]))!;
  return ranks;
}

/** The same person's several votes on one comment (the loader should send one): order them by time, then value. */
function breakTies(votes: readonly CommentVoteInput[], { order, commentRank, participantRank }: VoteOrder): void {
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && commentRank[order[i]] === commentRank[order[start]] && participantRank[order[i]] === participantRank[order[start]]) continue;
    if (i - start > 1) {
      const run = Array.from(order.subarray(start, i));
      run.sort((x, y) => compareStrings(votes[x].at, votes[y].at) || votes[x].vote - votes[y].vote);
      order.set(run, start);
    }
    start = i;
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
