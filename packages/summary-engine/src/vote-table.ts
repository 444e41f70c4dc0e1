import { compareStrings } from './compare.js';
import { instantMs, isoUtcMs } from './time.js';
import type { CommentVoteInput } from './types.js';

/**
 * The votes read once, in input order, and laid out as columns in canonical order: by commentId, then participantId
 * (strings by UTF-16 code unit), then (for repeated votes) time, `at` as written, and vote. With a million votes, visiting the vote objects (or any
 * column) again out of order costs more than everything else the engine does with them, each visit being a cache
 * miss; so the input hash and the engine both walk these columns front to back. Ids become ranks among the
 * distinct ids, looked up in arrays instead of maps, and times become numbers.
 */
export interface VoteTable {
  count: number;
  /** Distinct comment ids named by votes, sorted. */
  commentIds: string[];
  /** Distinct participant ids named by votes, sorted. */
  participantIds: string[];
  /** Per position in canonical order: the vote's index in the input. */
  order: Int32Array;
  /** Per position: rank of the commentId in `commentIds`. */
  comment: Int32Array;
  participant: Int32Array;
  value: Int8Array;
  atMs: Float64Array;
  /**
   * Input indices of votes whose `at` is not exactly toISOString(atMs) (another ISO form), with the string: the
   * input hash writes every other timestamp from its number.
   */
  otherAt: Map<number, string>;
}

export function voteTable(votes: readonly CommentVoteInput[]): VoteTable {
  const count = votes.length;
  const { ids: commentIds, ranks: commentRank } = rank(votes, (vote) => vote.commentId);
  const { ids: participantIds, ranks: participantRank } = rank(votes, (vote) => vote.participantId);
  const value = new Int8Array(count);
  const atMs = new Float64Array(count);
  const otherAt = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const vote = votes[i];
    if (vote.vote !== 1 && vote.vote !== -1 && vote.vote !== 0) throw new RangeError(`vote must be 1, -1 or 0, got ${JSON.stringify(vote.vote)}`);
    value[i] = vote.vote;
    const ms = isoUtcMs(vote.at);
    if (Number.isNaN(ms)) {
      atMs[i] = instantMs(vote.at, `vote on comment ${vote.commentId}`);
      otherAt.set(i, vote.at);
    } else atMs[i] = ms;
  }
  const order = sortOrder(commentRank, participantRank, value, participantIds.length, commentIds.length);
  // Plain loops: TypedArray.from with a mapping function is several times slower here.
  const table: VoteTable = {
    count,
    commentIds,
    participantIds,
    order,
    comment: new Int32Array(count),
    participant: new Int32Array(count),
    value: new Int8Array(count),
    atMs: new Float64Array(count),
    otherAt,
  };
  for (let i = 0; i < count; i++) {
    const v = order[i];
    table.comment[i] = commentRank[v];
    table.participant[i] = participantRank[v];
    table.value[i] = value[v];
    table.atMs[i] = atMs[v];
  }
  breakTies(votes, table);
  return table;
}

/**
 * Input indices in canonical order, sorted as packed numbers (comment, participant, vote, index) rather than
 * through a comparator: several times faster on a million votes. Votes sharing a comment and a participant (the
 * loader should send one) are put in their final order by breakTies.
 */
function sortOrder(commentRank: Int32Array, participantRank: Int32Array, value: Int8Array, people: number, comments: number): Int32Array {
  const n = commentRank.length;
  const order = new Int32Array(n);
  if (comments * people * 3 * n <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((commentRank[i] * people + participantRank[i]) * 3 + value[i] + 1) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % n;
  } else {
    const indices = Array.from({ length: n }, (_, i) => i);
    indices.sort((x, y) => commentRank[x] - commentRank[y] || participantRank[x] - participantRank[y] || x - y);
    order.set(indices);
  }
  return order;
}

/** The distinct ids, sorted, and each vote's rank among them: one map lookup per vote, then an array. */
function rank(votes: readonly CommentVoteInput[], key: (vote: CommentVoteInput) => string): { ids: string[]; ranks: Int32Array } {
  const firstSeen = new Map<string, number>();
  const ranks = new Int32Array(votes.length);
  for (let i = 0; i < votes.length; i++) {
    const id = key(votes[i]);
    let seen = firstSeen.get(id);
    if (seen === undefined) firstSeen.set(id, (seen = firstSeen.size));
    ranks[i] = seen;
  }
  const ids = [...firstSeen.keys()];
  const sorted = ids.map((id, seen) => ({ id, seen })).sort((a, b) => compareStrings(a.id, b.id));
  const rankOfSeen = new Int32Array(ids.length);
  sorted.forEach(({ seen }, r) => (rankOfSeen[seen] = r));
  for (let i = 0; i < ranks.length; i++) ranks[i] = rankOfSeen[ranks[i]];
  return { ids: sorted.map(({ id }) => id), ranks };
}

/** Several votes of one person on one comment (the loader should send one): oldest first, ties by `at` as written, then vote. */
function breakTies(votes: readonly CommentVoteInput[], table: VoteTable): void {
  const { order, comment, participant } = table;
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && comment[i] === comment[start] && participant[i] === participant[start]) continue;
    if (i - start > 1) {
      const run = Array.from({ length: i - start }, (_, k) => ({ index: order[start + k], value: table.value[start + k], atMs: table.atMs[start + k] }));
      run.sort((x, y) => x.atMs - y.atMs || compareStrings(votes[x.index].at, votes[y.index].at) || x.value - y.value);
      run.forEach((vote, k) => {
        order[start + k] = vote.index;
        table.value[start + k] = vote.value;
        table.atMs[start + k] = vote.atMs;
      });
    }
    start = i;
  }
}
