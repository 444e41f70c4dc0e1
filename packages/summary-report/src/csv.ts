// CSV exports, one row per chunk so a server can stream them with backpressure (`Readable.from(commentsCsv(…))`).
// RFC 4180: comma-separated, CRLF after every row, quotes doubled inside quoted fields. The first chunk is a UTF-8
// byte order mark, without which Excel reads the file in the computer's legacy code page and mangles Indonesian
// text. Header names stay English so scripts can rely on them.
import type { CommentRow, ProposalSummary, Summary } from '@rembug/summary-engine';
import { commentUrl, proposalUrl, type ReportContext } from './context.js';

export const BYTE_ORDER_MARK = '\uFEFF';

type Cell = string | number | boolean | null;

// A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `=cmd|…`): a leading
// apostrophe makes it text, which Excel, LibreOffice and Google Sheets all honour.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function share(value: number): string {
  // Four decimals are enough to tell shares apart and keep 0.1 + 0.2 from printing as 0.30000000000000004.
  return String(Math.round(value * 10_000) / 10_000);
}

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const COMMENT_COLUMNS = [
  'comment_id',
  'thread_id',
  'parent_id',
  'created_at',
  'url',
  'text',
  'votes',
  'agree',
  'disagree',
  'pass',
  'agree_share',
  'disagree_share',
] as const;

export function groupColumns(groupId: string): string[] {
  return [`group_${groupId}_votes`, `group_${groupId}_agree_share`, `group_${groupId}_disagree_share`];
}

function rankOf(statements: Array<{ commentId: string }>): Map<string, number> {
  return new Map(statements.map((statement, index) => [statement.commentId, index + 1]));
}

/** Every comment in scope, oldest first, with its votes overall and per opinion group. */
export function* commentsCsv(summary: Summary, ctx: ReportContext): Generator<string, void, undefined> {
  const groupIds = summary.opinionGroups.groups.map((group) => group.id);
  const consensusRank = rankOf(summary.consensus);
  const divisiveRank = rankOf(summary.divisive);
  yield BYTE_ORDER_MARK;
  yield csvRow([...COMMENT_COLUMNS, ...groupIds.flatMap(groupColumns), 'consensus_rank', 'divisive_rank']);
  for (const row of summary.comments) yield commentRow(row, groupIds, ctx, consensusRank, divisiveRank);
}

function commentRow(
  row: CommentRow,
  groupIds: string[],
  ctx: ReportContext,
  consensusRank: Map<string, number>,
  divisiveRank: Map<string, number>,
): string {
  const byGroup = new Map(row.groups.map((groupShare) => [groupShare.groupId, groupShare]));
  return csvRow([
    row.commentId,
    row.threadId,
    row.parentId,
    row.createdAt,
    commentUrl(ctx, row.threadId, row.commentId),
    row.text,
    row.votes,
    row.agree,
    row.disagree,
    row.pass,
    share(row.agreeShare),
    share(row.disagreeShare),
    ...groupIds.flatMap((groupId): Cell[] => {
      const groupShare = byGroup.get(groupId);
      return groupShare === undefined
        ? [null, null, null]
        : [groupShare.votes, share(groupShare.agreeShare), share(groupShare.disagreeShare)];
    }),
    consensusRank.get(row.commentId) ?? null,
    divisiveRank.get(row.commentId) ?? null,
  ]);
}

export const PROPOSAL_COLUMNS = [
  'rank',
  'id',
  'url',
  'title',
  'status',
  'support',
  'oppose',
  'threshold',
  'threshold_reached',
  'created_at',
  'response_due_at',
  'responded_at',
  'clock',
  'agency',
  'responses',
] as const;

/** Every proposal in scope, in the summary's rank order; `responses` counts the agency's answers. */
export function* proposalsCsv(summary: Summary, ctx: ReportContext): Generator<string, void, undefined> {
  yield BYTE_ORDER_MARK;
  yield csvRow([...PROPOSAL_COLUMNS]);
  for (const proposal of summary.proposals) yield proposalRow(proposal, ctx);
}

function proposalRow(proposal: ProposalSummary, ctx: ReportContext): string {
  return csvRow([
    proposal.rank,
    proposal.id,
    proposalUrl(ctx, proposal.id),
    proposal.title,
    proposal.status,
    proposal.supportCount,
    proposal.opposeCount,
    proposal.supportThreshold,
    proposal.thresholdReached,
    proposal.createdAt,
    proposal.responseDueAt,
    proposal.respondedAt,
    proposal.clock,
    proposal.agencyName,
    proposal.responses.length,
  ]);
}
