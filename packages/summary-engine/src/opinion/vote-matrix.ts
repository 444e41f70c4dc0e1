import type { Debate } from '../debate.js';

/** A sparse matrix in compressed rows: row r's entries are `colIndex`/`value` from rowStart[r] to rowStart[r + 1]. */
export interface SparseRows {
  rows: number;
  cols: number;
  rowStart: Int32Array;
  colIndex: Int32Array;
  value: Float64Array;
}

/**
 * Participants × comments, agree +1, disagree −1, pass 0, each column centred on its comment's mean vote. A comment
 * someone did not see is imputed with that mean, which after centring is 0: those cells are simply not stored, so
 * 10,000 people × 2,000 comments cost memory for the votes cast, not for 20 million cells.
 */
export interface VoteMatrix extends SparseRows {
  /** Debate person index of each row, ascending. */
  rowPerson: Int32Array;
  /** Debate comment index of each column, ascending. */
  colComment: Int32Array;
  colMean: Float64Array;
  /** The uncentred votes, parallel to `value`. */
  vote: Int8Array;
  /** Comments with at least one vote from anyone (before people with too few votes are left out). */
  commentsWithVotes: number;
}

/** Who enters the map: people with at least min(minVotesPerParticipant, comments with votes) votes (Pol.is's rule). */
export function buildVoteMatrix(debate: Debate, minVotesPerParticipant: number): VoteMatrix {
  const { votes } = debate;
  const people = debate.personIds.length;
  let commentsWithVotes = 0;
  for (let i = 0; i < votes.length; i++) if (i === 0 || votes.comment[i] !== votes.comment[i - 1]) commentsWithVotes++;
  const threshold = Math.max(1, Math.min(minVotesPerParticipant, commentsWithVotes));

  const votesOf = new Int32Array(people);
  for (let i = 0; i < votes.length; i++) votesOf[votes.person[i]]++;
  const rowOf = new Int32Array(people).fill(-1);
  const rowPersonList: number[] = [];
  for (let p = 0; p < people; p++) {
    if (votesOf[p] >= threshold) {
      rowOf[p] = rowPersonList.length;
      rowPersonList.push(p);
    }
  }
  const rows = rowPersonList.length;

  const colOf = new Int32Array(debate.comments.length).fill(-1);
  const colCommentList: number[] = [];
  const rowStart = new Int32Array(rows + 1);
  for (let i = 0; i < votes.length; i++) {
    const r = rowOf[votes.person[i]];
    if (r < 0) continue;
    rowStart[r + 1]++;
    const c = votes.comment[i];
    if (colOf[c] < 0) {
      colOf[c] = colCommentList.length;
      colCommentList.push(c);
    }
  }
  for (let r = 0; r < rows; r++) rowStart[r + 1] += rowStart[r];
  const nnz = rowStart[rows];
  const colIndex = new Int32Array(nnz);
  const vote = new Int8Array(nnz);
  const fill = rowStart.slice(0, rows);
  const cols = colCommentList.length;
  const colSum = new Float64Array(cols);
  const colCount = new Float64Array(cols);
  // Votes come ordered by comment, so each row receives its columns in ascending order.
  for (let i = 0; i < votes.length; i++) {
    const r = rowOf[votes.person[i]];
    if (r < 0) continue;
    const j = colOf[votes.comment[i]];
    const at = fill[r]++;
    colIndex[at] = j;
    vote[at] = votes.value[i];
    colSum[j] += votes.value[i];
    colCount[j]++;
  }
  const colMean = new Float64Array(cols);
  for (let j = 0; j < cols; j++) colMean[j] = colSum[j] / colCount[j];
  const value = new Float64Array(nnz);
  for (let e = 0; e < nnz; e++) value[e] = vote[e] - colMean[colIndex[e]];

  return {
    rows,
    cols,
    rowStart,
    colIndex,
    value,
    vote,
    colMean,
    rowPerson: Int32Array.from(rowPersonList),
    colComment: Int32Array.from(colCommentList),
    commentsWithVotes,
  };
}
