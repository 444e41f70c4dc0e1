import { compareStrings } from './compare.js';
import type { Masker } from './privacy.js';
import { instantMs } from './time.js';
import type { SummaryInput, ThreadInput } from './types.js';
import type { VoteTable } from './vote-table.js';

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

export function prepareDebate(input: SummaryInput, table: VoteTable, masker: Masker): Debate {
  const threads = byUniqueId(input.threads, 'thread');
  const visibleThread = (id: string): ThreadInput | undefined => {
    const thread = threads.get(id);
    return thread && !thread.hidden && !thread.deleted ? thread : undefined;
  };
  const shown = [...byUniqueId(input.comments, 'comment').values()]
    .filter((comment) => !comment.hidden && !comment.deleted && visibleThread(comment.threadId))
    .sort((a, b) => compareStrings(a.id, b.id));
  const commentIndex = new Map(shown.map((comment, index) => [comment.id, index]));
  const votes = latestVotes(table, commentIndex);

  const roles = new Map<string, string>();
  for (const participant of byUniqueId(input.participants, 'participant').values()) roles.set(participant.id, participant.role);
  const people = new Set(roles.keys());
  for (const comment of shown) people.add(comment.authorId);
  const voted = new Uint8Array(table.participantIds.length);
  for (let i = 0; i < votes.length; i++) voted[votes.person[i]] = 1;
  table.participantIds.forEach((id, rank) => voted[rank] && people.add(id));
  const personIds = [...people].sort(compareStrings);
  const personIndex = new Map(personIds.map((id, index) => [id, index]));
  const personOfRank = Int32Array.from(table.participantIds, (id) => personIndex.get(id) ?? -1);
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
 * Votes on shown comments, walked in the table's order, where one person's votes on a comment are together, oldest
 * first: the last one stands. `person` holds participant ranks until the caller maps them to people.
 */
function latestVotes(table: VoteTable, commentIndex: Map<string, number>): DebateVotes {
  const commentOfRank = Int32Array.from(table.commentIds, (id) => commentIndex.get(id) ?? -1);
  const n = table.count;
  const comment = new Int32Array(n);
  const person = new Int32Array(n);
  const value = new Int8Array(n);
  const atMs = new Float64Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const c = commentOfRank[table.comment[i]];
    if (c < 0) continue;
    const p = table.participant[i];
    if (length > 0 && comment[length - 1] === c && person[length - 1] === p) length--;
    comment[length] = c;
    person[length] = p;
    value[length] = table.value[i];
    atMs[length] = table.atMs[i];
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
    // The id is named for threads and comments only: an account id has no business in a log line.
    if (map.has(item.id)) throw new RangeError(`${what} id ${what === 'participant' ? '' : `${JSON.stringify(item.id)} `}appears twice in the input`);
    map.set(item.id, item);
  }
  return map;
}
