import { findPersonalData } from '@rembug/personal-data';
import { serialiseSummary, summarise } from './index.js';
import type { Summary, SummaryInput } from './index.js';
import { pseudonym } from './pseudonym.js';
import { adjustedRandIndex, precisionRecall } from './testing/agreement.js';
import { PLANTED_PERSONAL_DATA } from './testing/small-debate.js';
import { syntheticDebate } from './testing/synthetic.js';
import type { StatementKind, SyntheticDebate } from './testing/synthetic.js';

// Room for every planted statement, so precision and recall measure the method, not the cut-off.
const parameters = { maxConsensus: 100, maxDivisive: 100 };

function plantedOfKind(debate: SyntheticDebate, kind: StatementKind): string[] {
  return [...debate.kindOf].filter(([, k]) => k === kind).map(([id]) => id);
}

/** Planted group and found group of every participant on the map, matched through their pseudonyms. */
function groupPairs(debate: SyntheticDebate, summary: Summary, key = ''): { planted: number[]; found: string[] } {
  const foundBy = new Map(summary.opinionGroups.points.map((point) => [point.participant, point.groupId ?? '-']));
  const planted: number[] = [];
  const found: string[] = [];
  for (const [id, group] of debate.groupOf) {
    const groupId = foundBy.get(pseudonym(key, id));
    if (groupId === undefined) continue;
    planted.push(group);
    found.push(groupId);
  }
  return { planted, found };
}

/** The planted group most of a found group's members come from. */
function plantedGroupOf(pairs: { planted: number[]; found: string[] }, groupId: string): number {
  const counts = new Map<number, number>();
  pairs.found.forEach((g, i) => g === groupId && counts.set(pairs.planted[i], (counts.get(pairs.planted[i]) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

// Each scenario is one a likelihood classifier that knows the planted profiles sorts with an adjusted Rand index of
// at least 0.95: the test asks the engine to come close to what the votes allow, not to read minds.
const scenarios: Array<[string, Parameters<typeof syntheticDebate>[0]]> = [
  ['three groups of unequal size', { seed: 'three', groupSizes: [0.45, 0.33, 0.22], statements: { CONSENSUS: 8, DIVISIVE: 12, GROUP: 36, NEUTRAL: 12 } }],
  [
    'four groups on two axes of opinion',
    {
      seed: 'four',
      participants: 320,
      groupSizes: [0.3, 0.3, 0.22, 0.18],
      divisiveSplits: [0b0011, 0b0101],
      statements: { CONSENSUS: 8, DIVISIVE: 24, GROUP: 12, NEUTRAL: 12 },
    },
  ],
  [
    'three groups, each person seeing a quarter to a half of the statements, more noise',
    { seed: 'sparse', participants: 300, seenShare: [0.25, 0.5], noise: 0.15, statements: { CONSENSUS: 10, DIVISIVE: 20, GROUP: 60, NEUTRAL: 20 } },
  ],
];

describe.each(scenarios)('planted opinion groups: %s', (_name, options) => {
  const debate = syntheticDebate(options);
  const summary = summarise(debate.input, { parameters });
  const pairs = groupPairs(debate, summary);

  it('recovers the groups (adjusted Rand index ≥ 0.9)', () => {
    expect(summary.opinionGroups.status).toBe('FORMED');
    expect(summary.opinionGroups.k).toBe(new Set(debate.groupOf.values()).size);
    expect(pairs.planted.length).toBe(debate.input.participants.length);
    expect(adjustedRandIndex(pairs.planted, pairs.found)).toBeGreaterThanOrEqual(0.9);
  });

  it('names groups A, B, … by size and places every member on the map', () => {
    const { groups, points } = summary.opinionGroups;
    expect(groups.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D'].slice(0, groups.length));
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1].size).toBeGreaterThanOrEqual(groups[i].size);
    for (const group of groups) expect(points.filter((p) => p.groupId === group.id)).toHaveLength(group.size);
  });

  it('finds the planted consensus statements (precision and recall ≥ 0.9)', () => {
    const { precision, recall } = precisionRecall(plantedOfKind(debate, 'CONSENSUS'), summary.consensus.map((s) => s.commentId));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the planted divisive statements (precision and recall ≥ 0.9)', () => {
    const { precision, recall } = precisionRecall(plantedOfKind(debate, 'DIVISIVE'), summary.divisive.map((s) => s.commentId));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives each group representative statements on which it really leans that way', () => {
    for (const group of summary.opinionGroups.groups) {
      expect(group.representativeComments.length).toBeGreaterThan(0);
      const planted = plantedGroupOf(pairs, group.id);
      for (const statement of group.representativeComments) {
        expect(debate.stances.get(statement.commentId)![planted]).toBe(statement.direction);
        expect(statement.z).toBeGreaterThanOrEqual(1.6449);
        const share = statement.direction === 'AGREE' ? statement.agreeShare : statement.disagreeShare;
        expect(share).toBeGreaterThan(statement.outsideShare);
      }
    }
  });

  it('reports every group’s shares on consensus, divisive and comment rows', () => {
    const ids = summary.opinionGroups.groups.map((g) => g.id);
    for (const statement of [...summary.consensus, ...summary.divisive, ...summary.comments]) {
      expect(statement.groups.map((g) => g.groupId)).toEqual(ids);
    }
    for (const statement of summary.consensus) for (const group of statement.groups) expect(group.agreeShare).toBeGreaterThan(0.5);
  });
});

describe('too little to group', () => {
  it('too few people: no groups, consensus over everyone, the map still drawn', () => {
    const debate = syntheticDebate({ seed: 'few', participants: 12 });
    const summary = summarise(debate.input);
    expect(summary.opinionGroups.status).toBe('TOO_FEW_PARTICIPANTS');
    expect(summary.opinionGroups.groups).toEqual([]);
    expect(summary.opinionGroups.k).toBeNull();
    expect(summary.opinionGroups.points).toHaveLength(12);
    expect(summary.opinionGroups.points.every((p) => p.groupId === null)).toBe(true);
    expect(summary.divisive).toEqual([]);
    expect(summary.consensus.length).toBeGreaterThan(0);
    for (const statement of summary.consensus) expect(statement.groups).toEqual([]);
  });

  it('too few comments with votes: no groups, and people with a vote on each are on the map', () => {
    const debate = syntheticDebate({ seed: 'short', statements: { CONSENSUS: 1, DIVISIVE: 2, GROUP: 0, NEUTRAL: 0 }, seenShare: [1, 1] });
    const summary = summarise(debate.input);
    expect(summary.opinionGroups.status).toBe('TOO_FEW_COMMENTS');
    expect(summary.opinionGroups.commentsInMap).toBe(3);
    expect(summary.opinionGroups.participantsInMap).toBe(240);
    expect(summary.opinionGroups.groups).toEqual([]);
    expect(summary.opinionGroups.points).toHaveLength(240);
  });

  it('a single comment with votes: no map at all', () => {
    const debate = syntheticDebate({ seed: 'one', statements: { CONSENSUS: 1, DIVISIVE: 0, GROUP: 0, NEUTRAL: 0 }, seenShare: [1, 1] });
    const summary = summarise(debate.input);
    expect(summary.opinionGroups.status).toBe('TOO_FEW_COMMENTS');
    expect(summary.opinionGroups.points).toEqual([]);
    expect(summary.opinionGroups.explainedVariance).toBeNull();
  });

  it('no votes at all', () => {
    const { input } = syntheticDebate({ seed: 'silent' });
    const summary = summarise({ ...input, commentVotes: [] });
    expect(summary.opinionGroups).toMatchObject({ status: 'TOO_FEW_PARTICIPANTS', participantsInMap: 0, commentsInMap: 0, groups: [], points: [] });
    expect(summary.consensus).toEqual([]);
  });

  it('people who all think alike on average: no clear groups, and the silhouette that said so', () => {
    const debate = syntheticDebate({ seed: 'alike', groupSizes: [1], statements: { CONSENSUS: 6, DIVISIVE: 0, GROUP: 0, NEUTRAL: 50 } });
    const summary = summarise(debate.input);
    expect(summary.opinionGroups.status).toBe('NO_CLEAR_GROUPS');
    expect(summary.opinionGroups.groups).toEqual([]);
    expect(summary.opinionGroups.silhouette).toBeLessThan(summary.provenance.parameters.minSilhouette);
    expect(summary.opinionGroups.points).toHaveLength(240);
    expect(summary.divisive).toEqual([]);
  });
});

describe('themes and quotes of a synthetic debate', () => {
  const debate = syntheticDebate({ seed: 'words' });
  const summary = summarise(debate.input);
  const textOf = new Map(summary.comments.map((row) => [row.commentId, row.text]));

  it('recovers the planted phrases', () => {
    const phrases = summary.themes.map((theme) => theme.phrase);
    expect(phrases.slice(0, 3)).toEqual(expect.arrayContaining(['jalan rusak', 'air bersih']));
  });

  it('lists for each theme only comments that carry it', () => {
    for (const theme of summary.themes) {
      expect(theme.commentIds.length).toBeGreaterThanOrEqual(2);
      for (const id of theme.commentIds) expect(textOf.get(id)!.toLowerCase()).toContain(theme.phrase.split(' ')[0]);
    }
  });

  it('quotes verbatim pieces of the quoted comments', () => {
    expect(summary.quotes).toHaveLength(5);
    for (const quote of summary.quotes) expect(textOf.get(quote.commentId)).toContain(quote.text);
  });
});

describe('hidden content in a large debate', () => {
  const debate = syntheticDebate({ seed: 'hide' });
  const input: SummaryInput = structuredClone(debate.input);
  const hiddenIds = input.comments.slice(0, 10).map((c) => c.id);
  for (const comment of input.comments.slice(0, 10)) {
    comment.hidden = true;
    comment.body = `RAHASIA ${comment.id}`;
  }
  const summary = summarise(input, { parameters });

  it('leaves hidden comments and their votes out of every statistic', () => {
    const text = JSON.stringify(summary);
    for (const id of hiddenIds) expect(text).not.toContain(id);
    expect(text).not.toContain('RAHASIA');
    const hidden = new Set(hiddenIds);
    const shownVotes = input.commentVotes.filter((vote) => !hidden.has(vote.commentId)).length;
    expect(summary.participation.voteCount).toBe(shownVotes);
    expect(summary.provenance.inputCounts.excludedComments).toBe(10);
  });
});

describe('personal data and accounts in a large debate', () => {
  const debate = syntheticDebate({ seed: 'private' });
  const input: SummaryInput = structuredClone(debate.input);
  // Into the most voted comments, where quotes and themes are drawn from, and into the sentences themselves.
  const votesOn = new Map<string, number>();
  for (const vote of input.commentVotes) votesOn.set(vote.commentId, (votesOn.get(vote.commentId) ?? 0) + 1);
  const busiest = [...input.comments].sort((a, b) => votesOn.get(b.id)! - votesOn.get(a.id)!).slice(0, 12);
  busiest.forEach((comment, i) => {
    const value = PLANTED_PERSONAL_DATA[i % PLANTED_PERSONAL_DATA.length];
    comment.body = i % 2 === 0 ? `${comment.body} Hubungi ${value} untuk jalan rusak.` : `Jalan rusak, kontak ${value}. ${comment.body}`;
  });
  const text = serialiseSummary(summarise(input, { parameters }));

  it('plants the data in comments the summary quotes from', () => {
    const summary = JSON.parse(text) as Summary;
    expect(summary.quotes.length).toBeGreaterThan(0);
    expect(summary.comments.filter((row) => row.text.includes('[PHONE]') || row.text.includes('[NIK]')).length).toBeGreaterThan(0);
  });

  it('lets none of it through', () => {
    for (const value of PLANTED_PERSONAL_DATA) expect(text).not.toContain(value);
    expect(findPersonalData(text)).toEqual([]);
  });

  it('names no account', () => {
    for (const participant of input.participants) expect(text).not.toContain(participant.id);
  });
});
