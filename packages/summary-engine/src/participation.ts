import { compareStrings } from './compare.js';
import type { Debate } from './debate.js';
import type { Masker } from './privacy.js';
import { dayLabel, dayNumber } from './time.js';
import type { AreaInput, Participation, ParticipationSlice } from './types.js';

/**
 * Counts per slice (an area, a day, a role) with each person counted once per slice. Slices are numbered, and people
 * are counted by walking each person's activity with a stamp per slice, so a million votes cost no hashing.
 */
class SliceCounter {
  readonly comments: number[] = [];
  readonly votes: number[] = [];
  readonly people: number[] = [];
  private readonly stamp: number[] = [];

  constructor(readonly count: number) {
    for (let s = 0; s < count; s++) {
      this.comments.push(0);
      this.votes.push(0);
      this.people.push(0);
      this.stamp.push(-1);
    }
  }

  comment(s: number, person: number): void {
    this.comments[s]++;
    this.person(s, person);
  }

  vote(s: number, person: number): void {
    this.votes[s]++;
    this.person(s, person);
  }

  /** Counts `person` in slice `s` unless already counted there (calls come grouped by person). */
  private person(s: number, person: number): void {
    if (this.stamp[s] !== person) {
      this.stamp[s] = person;
      this.people[s]++;
    }
  }

  slice(s: number): ParticipationSlice {
    return { participants: this.people[s], comments: this.comments[s], votes: this.votes[s] };
  }

  /** Slices with any activity, busiest first, ties by `compare`. */
  busiest(compare: (a: number, b: number) => number): number[] {
    return this.used().sort(
      (a, b) => this.people[b] - this.people[a] || this.comments[b] - this.comments[a] || this.votes[b] - this.votes[a] || compare(a, b),
    );
  }

  used(): number[] {
    return Array.from({ length: this.count }, (_, s) => s).filter((s) => this.people[s] > 0);
  }
}

/** Numbers the distinct values of `keys` in order of first appearance. */
function numbered<K>(keys: readonly K[]): { index: Int32Array; values: K[] } {
  const seen = new Map<K, number>();
  const index = Int32Array.from(keys, (key) => {
    let s = seen.get(key);
    if (s === undefined) seen.set(key, (s = seen.size));
    return s;
  });
  return { index, values: [...seen.keys()] };
}

const nullLast = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : compareStrings(a, b));

export function participation(debate: Debate, areas: readonly AreaInput[], proposalCount: number, utcOffsetMinutes: number, masker: Masker): Participation {
  const { comments, votes } = debate;
  const people = debate.personIds.length;
  const areaOf = numbered(comments.map((comment) => comment.areaId));
  const roleOf = numbered(debate.personRoles);
  const commentDay = comments.map((comment) => dayNumber(comment.createdMs, utcOffsetMinutes));
  const voteDay = new Float64Array(votes.length);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const day of commentDay) [firstDay, lastDay] = [Math.min(firstDay, day), Math.max(lastDay, day)];
  for (let i = 0; i < votes.length; i++) {
    const day = dayNumber(votes.atMs[i], utcOffsetMinutes);
    voteDay[i] = day;
    [firstDay, lastDay] = [Math.min(firstDay, day), Math.max(lastDay, day)];
  }
  const byArea = new SliceCounter(areaOf.values.length);
  const byRole = new SliceCounter(roleOf.values.length);
  const byDay = new SliceCounter(Number.isFinite(firstDay) ? lastDay - firstDay + 1 : 0);
  const everyone = new SliceCounter(1);

  // Each person's comments and votes, grouped by person (a counting sort), so the stamps above see people in turn.
  const commentsOf = groupBy(people, comments.length, (i) => comments[i].author);
  const votesOf = groupBy(people, votes.length, (i) => votes.person[i]);
  for (let p = 0; p < people; p++) {
    const role = roleOf.index[p];
    for (let e = commentsOf.start[p]; e < commentsOf.start[p + 1]; e++) {
      const c = commentsOf.items[e];
      byArea.comment(areaOf.index[c], p);
      byDay.comment(commentDay[c] - firstDay, p);
      byRole.comment(role, p);
      everyone.comment(0, p);
    }
    for (let e = votesOf.start[p]; e < votesOf.start[p + 1]; e++) {
      const v = votesOf.items[e];
      byArea.vote(areaOf.index[votes.comment[v]], p);
      byDay.vote(voteDay[v] - firstDay, p);
      byRole.vote(role, p);
      everyone.vote(0, p);
    }
  }

  const areaNames = new Map(areas.map((area) => [area.id, area.name]));
  return {
    participantCount: everyone.people[0],
    commentCount: comments.length,
    voteCount: votes.length,
    proposalCount,
    byArea: byArea.busiest((a, b) => nullLast(areaOf.values[a], areaOf.values[b])).map((s) => {
      const areaId = areaOf.values[s];
      const name = areaId === null ? undefined : areaNames.get(areaId);
      return { areaId, areaName: name === undefined ? null : masker.mask(name), ...byArea.slice(s) };
    }),
    byDay: byDay.used().map((s) => ({ date: dayLabel(firstDay + s), ...byDay.slice(s) })),
    byRole: byRole.busiest((a, b) => compareStrings(roleOf.values[a], roleOf.values[b])).map((s) => ({ role: roleOf.values[s], ...byRole.slice(s) })),
  };
}

/** Items 0…n−1 grouped by owner: owner o's items are items[start[o]] … items[start[o + 1] − 1], in order. */
function groupBy(owners: number, n: number, ownerOf: (item: number) => number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(owners + 1);
  for (let i = 0; i < n; i++) start[ownerOf(i) + 1]++;
  for (let o = 0; o < owners; o++) start[o + 1] += start[o];
  const fill = start.slice(0, owners);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[fill[ownerOf(i)]++] = i;
  return { start, items };
}
