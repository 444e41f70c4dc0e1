import { SeededRandom } from '../math/random.js';
import type { CommentInput, CommentVoteInput, ParticipantInput, SummaryInput, ThreadInput, VoteValue } from '../types.js';
import { PLACES, TEMPLATES, TOPICS } from './words.js';

/** How each planted group leans on a statement. */
export type Stance = 'AGREE' | 'DISAGREE' | 'NEUTRAL';

/** What the statement was planted as: the answer the engine should find. */
export type StatementKind = 'CONSENSUS' | 'DIVISIVE' | 'GROUP' | 'NEUTRAL';

export interface SyntheticOptions {
  seed: string;
  participants: number;
  /** Relative sizes of the planted opinion groups. */
  groupSizes: number[];
  statements: Record<StatementKind, number>;
  /** Share of the statements each person votes on, drawn uniformly between the two. */
  seenShare: [number, number];
  /** Share of votes cast at random regardless of the person's group. */
  noise: number;
  areas: number;
  threads: number;
  days: number;
  /** Sentences per comment, drawn uniformly between the two. */
  sentences: [number, number];
  /** ISO instant of the first comment. */
  start: string;
  /**
   * Which groups agree on divisive statements, as bit masks (bit g: group g agrees, the rest disagree), used in turn.
   * Empty: every split. Two masks over four groups plant two axes of opinion, which a two-dimensional map can show.
   */
  divisiveSplits: number[];
}

export interface SyntheticDebate {
  input: SummaryInput;
  groupOf: Map<string, number>;
  kindOf: Map<string, StatementKind>;
  stances: Map<string, Stance[]>;
}

const PROBABILITIES: Record<Stance, [agree: number, disagree: number]> = {
  AGREE: [0.85, 0.05],
  DISAGREE: [0.05, 0.85],
  NEUTRAL: [0.35, 0.35],
};

export const DEFAULT_SYNTHETIC: SyntheticOptions = {
  seed: '5eed',
  participants: 240,
  groupSizes: [0.4, 0.35, 0.25],
  statements: { CONSENSUS: 8, DIVISIVE: 10, GROUP: 24, NEUTRAL: 14 },
  seenShare: [0.5, 0.9],
  noise: 0.1,
  areas: 4,
  threads: 6,
  days: 10,
  sentences: [1, 4],
  start: '2026-11-02T01:00:00.000Z',
  divisiveSplits: [],
};

/** A debate with planted opinion groups and statements of known kind, from a seed: the same seed, the same debate. */
export function syntheticDebate(overrides: Partial<SyntheticOptions> = {}): SyntheticDebate {
  const options = { ...DEFAULT_SYNTHETIC, ...overrides };
  const random = new TestRandom(options.seed);
  const startMs = Date.parse(options.start);
  const areas = Array.from({ length: options.areas }, (_, i) => ({ id: random.uuid(), name: `Kecamatan ${PLACES[i % PLACES.length]}`, parentId: null }));
  const threads: ThreadInput[] = Array.from({ length: options.threads }, (_, i) => ({
    id: random.uuid(),
    title: `Diskusi ${TOPICS[i % TOPICS.length]}`,
    areaId: i % 5 === 4 ? null : areas[i % areas.length].id,
    categoryId: null,
    createdAt: new Date(startMs - 86_400_000).toISOString(),
    hidden: false,
    deleted: false,
  }));

  const totalSize = options.groupSizes.reduce((a, b) => a + b, 0);
  const groupOf = new Map<string, number>();
  const participants: ParticipantInput[] = Array.from({ length: options.participants }, (_, i) => {
    let draw = ((i + 0.5) / options.participants) * totalSize;
    let group = 0;
    while (group < options.groupSizes.length - 1 && draw >= options.groupSizes[group]) draw -= options.groupSizes[group++];
    const participant = { id: random.uuid(), role: i % 17 === 0 ? 'OFFICIAL' : 'CITIZEN', areaId: random.pick(areas).id };
    groupOf.set(participant.id, group);
    return participant;
  });

  const kinds = (Object.keys(options.statements) as StatementKind[]).flatMap((kind) => Array<StatementKind>(options.statements[kind]).fill(kind));
  const k = options.groupSizes.length;
  const kindOf = new Map<string, StatementKind>();
  const stances = new Map<string, Stance[]>();
  let groupTurn = 0;
  const comments: CommentInput[] = kinds.map((kind, i) => {
    const comment: CommentInput = {
      id: random.uuid(),
      threadId: threads[i % threads.length].id,
      parentId: null,
      authorId: random.pick(participants).id,
      body: commentBody(random, options.sentences),
      createdAt: new Date(startMs + Math.floor((i / kinds.length) * options.days * 86_400_000)).toISOString(),
      hidden: false,
      deleted: false,
    };
    kindOf.set(comment.id, kind);
    stances.set(comment.id, plantStances(kind, k, options.divisiveSplits, groupTurn++));
    return comment;
  });

  const commentVotes: CommentVoteInput[] = [];
  const indices = comments.map((_, i) => i);
  for (const participant of participants) {
    const [low, high] = options.seenShare;
    const seen = Math.round((low + random.next() * (high - low)) * comments.length);
    // A partial Fisher–Yates shuffle picks which statements this person saw.
    for (let s = 0; s < seen; s++) {
      const swap = s + Math.floor(random.next() * (indices.length - s));
      [indices[s], indices[swap]] = [indices[swap], indices[s]];
      const comment = comments[indices[s]];
      const stance = stances.get(comment.id)![groupOf.get(participant.id)!];
      commentVotes.push({
        participantId: participant.id,
        commentId: comment.id,
        vote: random.next() < options.noise ? random.pick([1, -1, 0] as const) : drawVote(random, stance),
        at: new Date(Date.parse(comment.createdAt) + Math.floor(random.next() * 2 * 86_400_000)).toISOString(),
      });
    }
  }

  return {
    input: {
      scope: { threadId: null, areaId: null, categoryId: null, from: null, to: null, title: 'Kabupaten Kubu Raya' },
      asOf: new Date(startMs + (options.days + 3) * 86_400_000).toISOString(),
      areas,
      threads,
      participants,
      comments,
      commentVotes,
      proposals: [],
    },
    groupOf,
    kindOf,
    stances,
  };
}

function plantStances(kind: StatementKind, k: number, splits: readonly number[], turn: number): Stance[] {
  switch (kind) {
    case 'CONSENSUS':
      return Array<Stance>(k).fill('AGREE');
    case 'NEUTRAL':
      return Array<Stance>(k).fill('NEUTRAL');
    case 'GROUP': {
      // One group stands out, in turn, so every group gets statements of its own; the others are undecided.
      const stances = Array<Stance>(k).fill('NEUTRAL');
      stances[turn % k] = turn % 2 === 0 ? 'AGREE' : 'DISAGREE';
      return stances;
    }
    case 'DIVISIVE': {
      // Without given splits, every split into a side that agrees and a side that disagrees, both non-empty.
      const mask = splits.length > 0 ? splits[turn % splits.length] : 1 + (turn % ((1 << k) - 2));
      return Array.from({ length: k }, (_, g): Stance => ((mask >> g) & 1 ? 'AGREE' : 'DISAGREE'));
    }
  }
}

function drawVote(random: TestRandom, stance: Stance): VoteValue {
  const [agree, disagree] = PROBABILITIES[stance];
  const draw = random.next();
  return draw < agree ? 1 : draw < agree + disagree ? -1 : 0;
}

/** One to four sentences; every third comment is about one of the two planted themes. */
export function commentBody(random: TestRandom, [low, high]: [number, number]): string {
  const count = low + Math.floor(random.next() * (high - low + 1));
  const sentences: string[] = [];
  const topic = random.next() < 0.6 ? TOPICS[Math.floor(random.next() * 2)] : random.pick(TOPICS);
  for (let s = 0; s < count; s++) {
    const other = random.pick(TOPICS.filter((t) => t !== topic));
    const text = random
      .pick(TEMPLATES)
      .replace('{Topik}', topic[0].toUpperCase() + topic.slice(1))
      .replace('{topik}', s === 0 || random.next() < 0.5 ? topic : other)
      .replace('{topik2}', other)
      .replace('{tempat}', random.pick(PLACES))
      .replace('{angka}', String(2 + Math.floor(random.next() * 9)));
    sentences.push(text);
  }
  return sentences.join(' ');
}

/** Seeded draws for tests and benchmarks (never for the engine's own choices). */
export class TestRandom extends SeededRandom {
  constructor(seed: string) {
    super(Buffer.from(seed).toString('hex').padEnd(32, '7'));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A version-4-shaped UUID, as the database hands out. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => this.nextUint32().toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** A copy of `items` in a new order. */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
