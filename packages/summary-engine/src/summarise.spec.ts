import { findPersonalData } from '@rembug/personal-data';
import { readFileSync } from 'node:fs';
import { DEFAULT_PARAMETERS, ENGINE_NAME, ENGINE_VERSION, SUMMARY_SCHEMA_VERSION, inputHash, serialiseSummary, summarise } from './index.js';
import { HIDDEN_TEXTS, PLANTED_PERSONAL_DATA, smallDebate } from './testing/small-debate.js';

describe('summarise on a debate counted by hand', () => {
  const input = smallDebate();
  const summary = summarise(input);

  it('counts people, comments and votes of shown content only', () => {
    const { participation } = summary;
    // ani, budi, citra wrote; budi, citra, dedi, ani voted on shown comments. eka and fajar only touched hidden content.
    expect(participation.participantCount).toBe(4);
    expect(participation.commentCount).toBe(5);
    expect(participation.voteCount).toBe(5);
    expect(participation.proposalCount).toBe(5);
  });

  it('cuts days in WIB: 16:30 UTC is still 1 November, 17:30 UTC is 2 November', () => {
    expect(summary.participation.byDay).toEqual([
      { date: '2026-11-01', participants: 2, comments: 1, votes: 1 },
      { date: '2026-11-02', participants: 4, comments: 2, votes: 4 },
      { date: '2026-11-03', participants: 2, comments: 2, votes: 0 },
    ]);
  });

  it('cuts days in another offset when told', () => {
    const utc = summarise(input, { parameters: { utcOffsetMinutes: 0 } });
    expect(utc.participation.byDay.map((day) => [day.date, day.comments])).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 1],
      ['2026-11-03', 2],
    ]);
  });

  it('counts by the area of the comment’s thread, with the area’s (masked) name', () => {
    expect(summary.participation.byArea).toEqual([
      { areaId: 'area-raya', areaName: 'Sungai Raya', participants: 4, comments: 3, votes: 3 },
      { areaId: 'area-kuala', areaName: 'Kuala Dua, hubungi [EMAIL]', participants: 3, comments: 2, votes: 2 },
    ]);
  });

  it('counts by role', () => {
    expect(summary.participation.byRole).toEqual([
      { role: 'CITIZEN', participants: 3, comments: 4, votes: 4 },
      { role: 'OFFICIAL', participants: 1, comments: 1, votes: 1 },
    ]);
  });

  it('records what was read and what was left out', () => {
    expect(summary.provenance).toEqual({
      engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      parameters: DEFAULT_PARAMETERS,
      inputCounts: {
        areas: 2,
        threads: 3,
        participants: 6,
        comments: 8,
        commentVotes: 8,
        proposals: 6,
        officialResponses: 2,
        excludedComments: 3,
        excludedProposals: 1,
      },
      inputHash: inputHash(input),
    });
    expect(summary.schemaVersion).toBe(SUMMARY_SCHEMA_VERSION);
    expect(summary.asOf).toBe(input.asOf);
  });

  it('lists shown comments oldest first, with their votes, masked text, and no pointer to a hidden parent', () => {
    expect(summary.comments.map((row) => [row.commentId, row.parentId, row.votes, row.agree, row.disagree, row.pass])).toEqual([
      ['c-1', null, 3, 1, 1, 1],
      ['c-2', null, 0, 0, 0, 0],
      ['c-3', null, 2, 2, 0, 0],
      ['c-4', 'c-3', 0, 0, 0, 0],
      ['c-reply-to-hidden', null, 0, 0, 0, 0],
    ]);
    expect(summary.comments[0].text).toBe('Jalan rusak parah di dusun kami. NIK saya [NIK] kalau perlu.');
    expect(summary.comments[0].agreeShare).toBeCloseTo(1 / 3, 6);
    expect(summary.comments[0].groups).toEqual([]);
  });

  it('says the map has too few people, and still draws it', () => {
    const groups = summary.opinionGroups;
    expect(groups.status).toBe('TOO_FEW_PARTICIPANTS');
    expect(groups.groups).toEqual([]);
    // Two comments had votes, so everyone with two votes is on the map: ani has 1, budi 1, citra 1, dedi 2.
    expect(groups.participantsInMap).toBe(1);
    expect(groups.points).toHaveLength(1);
    expect(groups.points[0].participant).toMatch(/^p-[0-9a-f]{12}$/);
    expect(summary.divisive).toEqual([]);
  });

  it('ranks proposals by support, then fewer opposes, then age, and reads each response clock at asOf', () => {
    expect(summary.proposals.map((p) => [p.rank, p.id, p.clock, p.thresholdReached])).toEqual([
      [1, 'p-on-time', 'ANSWERED_ON_TIME', true],
      [2, 'p-late', 'ANSWERED_LATE', true],
      [3, 'p-overdue', 'OVERDUE', true],
      [4, 'p-awaiting', 'AWAITING', true],
      [5, 'p-new', 'NOT_DUE', true],
    ]);
    const late = summary.proposals[1];
    expect(late.responses.map((r) => [r.id, r.body])).toEqual([
      ['r-1', 'Sedang ditinjau.'],
      ['r-2', 'Diterima. Kontak lapangan [PHONE].'],
    ]);
    expect(summary.proposals[2].title).toBe('Perbaiki jalan, NIK [NIK]');
  });

  it('masks the scope title', () => {
    expect(summary.scope).toEqual({ ...input.scope, title: 'Ringkasan (kontak [PHONE])' });
  });
});

describe('privacy of a serialised summary', () => {
  const input = smallDebate();
  const text = serialiseSummary(summarise(input, { pseudonymKey: 'rahasia' }));

  it('plants personal data the detector really finds', () => {
    for (const value of PLANTED_PERSONAL_DATA) expect(findPersonalData(value)).toHaveLength(1);
  });

  it('carries none of the planted personal data', () => {
    for (const value of PLANTED_PERSONAL_DATA) {
      expect(text).not.toContain(value);
      const digits = value.replace(/\D/g, '');
      if (digits.length > 0) expect(text).not.toContain(digits);
    }
    expect(findPersonalData(text)).toEqual([]);
  });

  it('carries nothing of hidden or deleted content, not even its ids', () => {
    for (const hidden of HIDDEN_TEXTS) expect(text).not.toContain(hidden);
    for (const id of ['c-hidden', 'c-deleted', 'c-in-hidden-thread', 'p-hidden', 'thread-hidden']) expect(text).not.toContain(`"${id}"`);
  });

  it('names no account', () => {
    for (const participant of input.participants) expect(text).not.toContain(participant.id);
  });
});

describe('versions', () => {
  it('reports the version package.json declares', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(ENGINE_VERSION).toBe(manifest.version);
    expect(ENGINE_NAME).toBe(manifest.name);
  });
});

describe('parameters', () => {
  it('refuses a knob that makes no sense rather than quietly clamping it', () => {
    expect(() => summarise(smallDebate(), { parameters: { kMin: 1 } })).toThrow(RangeError);
    expect(() => summarise(smallDebate(), { parameters: { kMax: 1 } })).toThrow('kMax');
    expect(() => summarise(smallDebate(), { parameters: { maxQuotes: 2.5 } })).toThrow('maxQuotes');
    expect(() => summarise(smallDebate(), { parameters: { minSilhouette: 2 } })).toThrow('minSilhouette');
  });

  it('refuses a vote that is not agree, disagree or pass', () => {
    const input = smallDebate();
    input.commentVotes[0] = { ...input.commentVotes[0], vote: 2 as never };
    expect(() => summarise(input)).toThrow('vote must be 1, -1 or 0');
  });
});
