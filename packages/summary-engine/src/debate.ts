import type { Masker } from './privacy.js';
import { instantMs } from './time.js';
import type { SummaryInput, ThreadInput } from './types.js';
import { compareStrings } from './vote-order.js';
import type { VoteOrder } from './vote-order.js';

/** A comment that may be shown: visible, in a visible thread. Its text is already masked. */
export interface DebateComment {
  /** Position in `Debate.comments` (ordered by id). */
  index: number;
  id: string;
  threadId: string;
  /** Null also when the parent is left out, so no row points at hidden content. */
  parentId: string | null;
  author: number;
  text: string;
  createdAt: string;
  createdMs: number;
  areaId: string | null;
}

/** Votes on shown comments, one per person and comment (the latest), ordered by comment then person. */
export interface DebateVotes {
  length: number;
  comment: Int32Array;
  person: Int32Array;
  value: Int8Array;
  atMs: Float64Array;
}

/**
 * The input reduced to what a summary may show, with people and comments numbered in id order so every later step
 * walks them in an order that does not depend on how the input was read.
 */
export interface Debate {
  /** Everyone named as participant, author or voter, ordered by id. */
  personIds: string[];
  personRoles: string[];
  comments: DebateComment[];
  votes: DebateVotes;
  excludedComments: number;
}

export function prepareDebate(input: SummaryInput, votesInOrder: VoteOrder, masker: Masker): Debate {
  const threads = byUniqueId(input.threads, 'thread');
  const visibleThread = (id: string): ThreadInput | undefined => {
    const thread = threads.get(id);
    return thread && !thread.hidden && !thread.deleted ? thread : undefined;
  };
  const shown = [...byUniqueId(input.comments, 'comment').values()]
    .filter((comment) => !comment.hidden && !comment.deleted && visibleThread(comment.threadId))
    .sort((a, b) => compareStrings(a.id, b.id));
  const commentIndex = new Map(shown.map((comment, index) => [comment.id, index]));
  const votes = latestVotes(input, votesInOrder, commentIndex);

  const roles = new Map<string, string>();
  for (const participant of byUniqueId(input.participants, 'participant').values()) roles.set(participant.id, participant.role);
  const people = new Set(roles.keys());
  for (const comment of shown) people.add(comment.authorId);
  const voted = new Uint8Array(votesInOrder.participantIds.length);
  for (let i = 0; i < votes.length; i++) voted[votes.person[i]] = 1;
  votesInOrder.participantIds.forEach((id, rank) => voted[rank] && people.add(id));
  const personIds = [...people].sort(compareStrings);
  const personIndex = new Map(personIds.map((id, index) => [id, index]));
  const personOfRank = Int32Array.from(votesInOrder.participantIds, (id) => personIndex.get(id) ?? -1);
  for (let i = 0; i < votes.length; i++) votes.person[i] = personOfRank[votes.person[i]];

  return {
    personIds,
    personRoles: personIds.map((id) => roles.get(id) ?? 'UNKNOWN'),
    comments: shown.map((comment, index): DebateComment => ({
      index,
      id: comment.id,
      threadId: comment.threadId,
      parentId: comment.parentId !== null && commentIndex.has(comment.parentId) ? comment.parentId : null,
      author: personIndex.get(comment.authorId)!,
      text: masker.mask(comment.body),
      createdAt: comment.createdAt,
      createdMs: instantMs(comment.createdAt, `comment ${comment.id} createdAt`),
      areaId: visibleThread(comment.threadId)!.areaId,
    })),
    votes,
    excludedComments: input.comments.length - shown.length,
  };
}

/**
 * Votes on shown comments, walked in vote order so that one person's votes on a comment are together, oldest first:
 * the last one stands. `person` holds participant ranks until the caller maps them to people.
 */
function latestVotes(input: SummaryInput, { order, commentIds, commentRank, participantRank }: VoteOrder, commentIndex: Map<string, number>): DebateVotes {
  const commentOfRank = Int32Array.from(commentIds, (id) => commentIndex.get(id) ?? -1);
  const n = order.length;
  const comment = new Int32Array(n);
  const person = new Int32Array(n);
  const value = new Int8Array(n);
  const atMs = new Float64Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i];
    const vote = input.commentVotes[v];
    if (vote.vote !== 1 && vote.vote !== -1 && vote.vote !== 0) throw new RangeError(`vote must be 1, -1 or 0, got ${JSON.stringify(vote.vote)}`);
    const c = commentOfRank[commentRank[v]];
    if (c < 0) continue;
    const p = participantRank[v];
    if (length > 0 && comment[length - 1] === c && person[length - 1] === p) length--;
    comment[length] = c;
    person[length] = p;
    value[length] = vote.vote;
    atMs[length] = instantMs(vote.at, `vote on comment ${vote.commentId}`);
    length++;
  }
  return {
    length,
    comment: comment.subarray(0, length),
    person: person.subarray(0, length),
    value: value.subarray(0, length),
    atMs: atMs.subarray(0, length),
  };
}

/** Ids must be unique: two records under one id would make every count built on them ambiguous. */
function byUniqueId<T extends { id: string }>(items: readonly T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) throw new RangeError(`${what} id ${JSON.stringify(item.id)} appears twice in the input`);
    map.set(item.id, item);
  }
  return map;
}
