import { createHash } from 'node:crypto';
import { canonicalJson } from '@rembug/audit-chain';
import type { JsonValue } from '@rembug/audit-chain';
import { inputHash, serialiseSummary, summarise } from './index.js';
import type { SummaryInput } from './index.js';
import { smallDebate } from './testing/small-debate.js';
import { TestRandom, syntheticDebate } from './testing/synthetic.js';

function shuffledInput(input: SummaryInput, seed: string): SummaryInput {
  const random = new TestRandom(seed);
  return {
    ...input,
    areas: random.shuffled(input.areas),
    threads: random.shuffled(input.threads),
    participants: random.shuffled(input.participants),
    comments: random.shuffled(input.comments),
    commentVotes: random.shuffled(input.commentVotes),
    proposals: random.shuffled(input.proposals).map((proposal) => ({ ...proposal, responses: random.shuffled(proposal.responses) })),
  };
}

describe('determinism', () => {
  const debate = syntheticDebate({ seed: 'same' });
  const input = { ...debate.input, proposals: smallDebate().proposals };
  const bytes = serialiseSummary(summarise(input, { pseudonymKey: 'k' }));

  it('gives the same bytes twice', () => {
    expect(serialiseSummary(summarise(input, { pseudonymKey: 'k' }))).toBe(bytes);
  });

  it('gives the same bytes whatever order the input arrays come in', () => {
    for (const seed of ['one', 'two']) expect(serialiseSummary(summarise(shuffledInput(input, seed), { pseudonymKey: 'k' }))).toBe(bytes);
  });

  it('forms groups on this debate, so the shuffles above reached the clustering', () => {
    expect(JSON.parse(bytes).opinionGroups.status).toBe('FORMED');
  });

  it('changes the pseudonyms, and nothing else, with the key', () => {
    const other = summarise(input, { pseudonymKey: 'other' });
    const first = JSON.parse(bytes);
    expect(other.opinionGroups.points.map((p) => p.participant)).not.toEqual(first.opinionGroups.points.map((p: { participant: string }) => p.participant));
    expect(other.opinionGroups.groups.map((g) => g.size)).toEqual(first.opinionGroups.groups.map((g: { size: number }) => g.size));
    expect(serialiseSummary({ ...other, opinionGroups: { ...other.opinionGroups, points: [] } })).toBe(
      serialiseSummary({ ...first, opinionGroups: { ...first.opinionGroups, points: [] } }),
    );
  });
});

describe('inputHash', () => {
  const input = smallDebate();

  it('is the SHA-256 of the canonical JSON of the input without asOf, arrays in id order', () => {
    // Timestamps in another ISO form, and a leap day, are hashed as written.
    const input = smallDebate();
    input.commentVotes.push(
      { participantId: 'acct-eka', commentId: 'c-2', vote: 1, at: '2026-11-02T10:00:00+07:00' },
      { participantId: 'acct-fajar', commentId: 'c-2', vote: 0, at: '2028-02-29T23:59:59.999Z' },
    );
    const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const { asOf: _asOf, ...rest } = input;
    const canonical = {
      ...rest,
      areas: byId(rest.areas),
      threads: byId(rest.threads),
      participants: byId(rest.participants),
      comments: byId(rest.comments),
      commentVotes: [...rest.commentVotes].sort((a, b) =>
        a.commentId !== b.commentId ? (a.commentId < b.commentId ? -1 : 1) : a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
      ),
      proposals: byId(rest.proposals).map((p) => ({ ...p, responses: byId(p.responses) })),
    };
    const expected = createHash('sha256').update(canonicalJson(canonical as unknown as JsonValue)).digest('hex');
    expect(inputHash(input)).toBe(`sha256:${expected}`);
  });

  it('ignores asOf and the order of arrays, and changes with any vote', () => {
    expect(inputHash({ ...input, asOf: '2030-01-01T00:00:00.000Z' })).toBe(inputHash(input));
    expect(inputHash(shuffledInput(input, 'x'))).toBe(inputHash(input));
    const changed = { ...input, commentVotes: input.commentVotes.map((v, i) => (i === 0 ? { ...v, vote: 0 as const } : v)) };
    expect(inputHash(changed)).not.toBe(inputHash(input));
  });

  it('orders a person’s repeated votes on a comment by time, and the summary keeps the latest', () => {
    const early = { participantId: 'acct-dedi', commentId: 'c-3', vote: -1 as const, at: '2026-11-02T04:59:00.000Z' };
    const twice = { ...input, commentVotes: [...input.commentVotes, early] };
    expect(inputHash(twice)).toBe(inputHash({ ...twice, commentVotes: [...twice.commentVotes].reverse() }));
    const row = summarise(twice).comments.find((c) => c.commentId === 'c-3')!;
    expect([row.votes, row.agree, row.disagree]).toEqual([2, 2, 0]);
  });
});
