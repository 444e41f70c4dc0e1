import type { Summary } from '@rembug/summary-engine';
import { Readable } from 'node:stream';
import type { ReportContext } from './context.js';
import { BYTE_ORDER_MARK, COMMENT_COLUMNS, PROPOSAL_COLUMNS, commentsCsv, proposalsCsv } from './csv.js';
import { parseCsv } from './testing/csv-parse.js';
import { HOSTILE, SITE_URL, areaSummary, largeSummary, threadSummary } from './testing/fixtures.js';

const ctx: ReportContext = { lang: 'id', siteUrl: SITE_URL };

function read(chunks: Iterable<string>): { chunks: string[]; rows: Array<Record<string, string>>; header: string[] } {
  const all = [...chunks];
  expect(all[0]).toBe(BYTE_ORDER_MARK);
  const table = parseCsv(all.slice(1).join(''));
  const header = table[0] as string[];
  for (const row of table) expect(row).toHaveLength(header.length);
  const rows = table.slice(1).map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] as string])));
  return { chunks: all, rows, header };
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

describe('commentsCsv', () => {
  it('starts with a byte order mark, then an English header with a column triple per opinion group', () => {
    const { header } = read(commentsCsv(threadSummary(), ctx));
    expect(header).toEqual([
      ...COMMENT_COLUMNS,
      'group_A_votes',
      'group_A_agree_share',
      'group_A_disagree_share',
      'group_B_votes',
      'group_B_agree_share',
      'group_B_disagree_share',
      'group_C_votes',
      'group_C_agree_share',
      'group_C_disagree_share',
      'consensus_rank',
      'divisive_rank',
    ]);
  });

  it('has no group columns when no groups were formed', () => {
    const { header, rows } = read(commentsCsv(areaSummary(), ctx));
    expect(header).toEqual([...COMMENT_COLUMNS, 'consensus_rank', 'divisive_rank']);
    expect(rows).toHaveLength(3);
  });

  it('gives back every comment text exactly, quotes, commas, line breaks and Indonesian letters included', () => {
    const summary = threadSummary();
    const { rows } = read(commentsCsv(summary, ctx));
    const text = (id: string): string | undefined => rows.find((row) => row['comment_id'] === id)?.['text'];
    expect(text('c-02')).toBe(HOSTILE.quoted);
    expect(text('c-05')).toBe(HOSTILE.indonesian);
    expect(text('c-07')).toBe(HOSTILE.markdownMix);
    expect(text('c-06')).toBe(summary.comments.find((row) => row.commentId === 'c-06')?.text);
  });

  it.each([
    ['c-04', HOSTILE.formula],
    ['c-08', HOSTILE.plus],
    ['c-09', HOSTILE.minus],
    ['c-10', HOSTILE.at],
    ['c-11', HOSTILE.tab],
    ['c-12', HOSTILE.carriageReturn],
  ])('makes comment %s text, not a formula', (id, text) => {
    const { rows } = read(commentsCsv(threadSummary(), ctx));
    expect(rows.find((row) => row['comment_id'] === id)?.['text']).toBe(`'${text}`);
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    for (const summary of [threadSummary(), areaSummary(), largeSummary(300)]) {
      const cells = [...read(commentsCsv(summary, ctx)).rows, ...read(proposalsCsv(summary, ctx)).rows].flatMap((row) => Object.values(row));
      expect(cells.filter((cell) => DANGEROUS_START.test(cell))).toEqual([]);
    }
  });

  it('writes counts, shares per group, ranks and the link of each comment', () => {
    const { rows } = read(commentsCsv(threadSummary(), ctx));
    const first = rows.find((row) => row['comment_id'] === 'c-01');
    expect(first).toMatchObject({
      thread_id: 't-jalan-poros',
      parent_id: '',
      created_at: '2026-12-01T01:15:00.000Z',
      url: 'https://rembug.example/threads/t-jalan-poros?comment=c-01#comment-c-01',
      votes: '60',
      agree: '52',
      disagree: '3',
      pass: '5',
      agree_share: '0.8667',
      disagree_share: '0.05',
      group_B_votes: '20',
      group_B_agree_share: '0.85',
      group_B_disagree_share: '0.1',
      consensus_rank: '1',
      divisive_rank: '',
    });
    expect(rows.find((row) => row['comment_id'] === 'c-03')).toMatchObject({ parent_id: 'c-01', consensus_rank: '', divisive_rank: '1' });
    // c-09 has votes from group A only: the other groups' cells stay empty rather than claiming zero.
    expect(rows.find((row) => row['comment_id'] === 'c-09')).toMatchObject({ group_A_votes: '3', group_B_votes: '', group_C_agree_share: '' });
  });

  it('streams a 2,000-comment summary one row per chunk, reading comments only as rows are asked for', async () => {
    const summary = largeSummary(2000);
    const chunks = [...commentsCsv(summary, ctx)];
    expect(chunks).toHaveLength(2002);
    expect(parseCsv(chunks.slice(1).join(''))).toHaveLength(2001);

    const comments = [...summary.comments];
    Object.defineProperty(comments, 1500, {
      get() {
        throw new Error('row 1500 was read before it was asked for');
      },
    });
    const lazy: Summary = { ...summary, comments };
    const iterator = commentsCsv(lazy, ctx);
    for (let i = 0; i < 100; i += 1) expect(iterator.next().done).toBe(false);

    let streamed = '';
    for await (const chunk of Readable.from(commentsCsv(summary, ctx), { highWaterMark: 4 })) streamed += chunk as string;
    expect(streamed).toBe(chunks.join(''));
  });
});

describe('proposalsCsv', () => {
  it('has the documented columns and one row per proposal in rank order', () => {
    const summary = threadSummary();
    const { header, rows } = read(proposalsCsv(summary, ctx));
    expect(header).toEqual([...PROPOSAL_COLUMNS]);
    expect(rows.map((row) => row['rank'])).toEqual(summary.proposals.map((proposal) => String(proposal.rank)));
  });

  it('writes status and clock codes, empty cells for what has not happened, and the count of answers', () => {
    const { rows } = read(proposalsCsv(threadSummary(), ctx));
    expect(rows[0]).toMatchObject({
      id: 'pr-01',
      url: 'https://rembug.example/proposals/pr-01',
      status: 'ACCEPTED',
      support: '128',
      oppose: '9',
      threshold: '100',
      threshold_reached: 'true',
      response_due_at: '2026-12-08T02:00:00.000Z',
      responded_at: '2026-12-03T04:00:00.000Z',
      clock: 'ANSWERED_ON_TIME',
      agency: 'Dinas Pekerjaan Umum dan Penataan Ruang',
      responses: '2',
    });
    expect(rows[1]).toMatchObject({ title: `'${HOSTILE.formula}`, responded_at: '', clock: 'AWAITING', responses: '0' });
    expect(rows[2]).toMatchObject({ agency: '', clock: 'OVERDUE' });
    expect(rows[5]).toMatchObject({ threshold_reached: 'false', response_due_at: '', clock: 'NOT_DUE' });
  });

  it('writes only the byte order mark and header when there are no proposals', () => {
    const summary = { ...areaSummary(), proposals: [] };
    expect([...proposalsCsv(summary, ctx)]).toEqual([BYTE_ORDER_MARK, `${PROPOSAL_COLUMNS.join(',')}\r\n`]);
  });
});
