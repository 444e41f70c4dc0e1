import type { RankedStatement, Summary } from '@rembug/summary-engine';
import {
  appendixMeta,
  areaName,
  briefTitle,
  citationText,
  groupName,
  groupsFormed,
  groupsStatement,
  inputCountRows,
  keyNumbers,
  limitParagraphs,
  methodParagraphs,
  parameterRows,
  proposalFacts,
  provenanceRows,
  representativeLine,
  responseHead,
  scopeLines,
  statementGroupLines,
  statementTally,
  type Row,
} from './brief.js';
import { collectCitations, type Citation, type Citations } from './citations.js';
import { proposalUrl, summaryPageUrl, threadUrl, type ReportContext } from './context.js';
import { translator, type Translator } from './i18n.js';
import { blockquote, escapeInline } from './markdown-escape.js';

const esc = escapeInline;

// Every link target is one the brief builds from ids (encoded) and the configured site address; the angle-bracket
// form keeps parentheses in it from ending the link early.
function link(label: string, url: string): string {
  return `[${label}](<${url}>)`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function rowsTable(rows: Row[], tr: Translator): string {
  return table(
    [tr.t('table.item'), tr.t('table.value')],
    // A field name goes in a code span only when it is a plain identifier, which cannot close the span.
    rows.map((row) => [row.code !== null && /^[\w.]+$/.test(row.code) ? `${row.label} (\`${row.code}\`)` : row.label, row.value]),
  );
}

function citeLink(citation: Citation | undefined, tr: Translator): string | null {
  return citation === undefined ? null : link(tr.t('cite.comment', { n: citation.n }), citation.url);
}

/** A statement people voted on: its words, where it is, and how each group voted. */
function statementBlock(statement: RankedStatement, citations: Citations, tr: Translator): string {
  const cite = citeLink(citations.get(statement.commentId), tr);
  const tally = statementTally(statement, tr);
  const parts = [blockquote(statement.text), cite === null ? tally : `— ${cite}. ${tally}`];
  const groups = statementGroupLines(statement, tr, esc);
  if (groups.length > 0) parts.push(groups.map((line) => `- ${line}`).join('\n'));
  return parts.join('\n\n');
}

function statementSection(
  heading: string,
  intro: string,
  none: string,
  statements: RankedStatement[],
  citations: Citations,
  tr: Translator,
): string[] {
  if (statements.length === 0) return [`## ${heading}`, none];
  return [`## ${heading}`, intro, ...statements.map((statement) => statementBlock(statement, citations, tr))];
}

function participationBlocks(summary: Summary, tr: Translator): string[] {
  const { participation } = summary;
  const numbers = keyNumbers(summary, tr).map((item) => [item.hint === null ? item.label : `${item.label} (${item.hint})`, item.value]);
  const blocks = [`## ${tr.t('section.keyNumbers')}`, table([tr.t('table.item'), tr.t('table.value')], numbers)];
  const counts = (slice: { participants: number; comments: number; votes: number }): string[] => [
    tr.number(slice.participants),
    tr.number(slice.comments),
    tr.number(slice.votes),
  ];
  const countHeader = [tr.t('table.participants'), tr.t('table.comments'), tr.t('table.votes')];
  blocks.push(`### ${tr.t('participation.byDay')}`);
  blocks.push(
    participation.byDay.length === 0
      ? tr.t('participation.byDayNone')
      : table([tr.t('table.date'), ...countHeader], participation.byDay.map((day) => [tr.day(day.date), ...counts(day)])),
  );
  if (participation.byArea.length > 0) {
    blocks.push(
      `### ${tr.t('participation.byArea')}`,
      table(
        [tr.t('table.area'), ...countHeader],
        participation.byArea.map((area) => [areaName(area.areaName, tr, esc), ...counts(area)]),
      ),
    );
  }
  if (participation.byRole.length > 0) {
    blocks.push(
      `### ${tr.t('participation.byRole')}`,
      table([tr.t('table.role'), ...countHeader], participation.byRole.map((role) => [esc(tr.role(role.role)), ...counts(role)])),
    );
  }
  return blocks;
}

function groupBlocks(summary: Summary, tr: Translator): string[] {
  const blocks = [`## ${tr.t('section.groups')}`];
  if (!groupsFormed(summary)) {
    blocks.push(`**${tr.t('groups.none.title')}.** ${groupsStatement(summary, tr)}`);
    return blocks;
  }
  const total = summary.opinionGroups.participantsInMap;
  blocks.push(
    groupsStatement(summary, tr),
    table(
      [tr.t('table.group'), tr.t('table.people'), tr.t('table.share')],
      summary.opinionGroups.groups.map((group) => [
        groupName(group.id, tr, esc),
        tr.number(group.size),
        tr.percent(total > 0 ? group.size / total : 0),
      ]),
    ),
    tr.t('map.explain'),
  );
  return blocks;
}

function groupViewBlocks(summary: Summary, citations: Citations, tr: Translator): string[] {
  if (!groupsFormed(summary)) return [];
  const blocks = [`## ${tr.t('section.groupViews')}`, tr.t('groupViews.intro')];
  for (const group of summary.opinionGroups.groups) {
    blocks.push(`### ${tr.t('groupViews.heading', { group: esc(group.id), count: tr.number(group.size) })}`);
    if (group.representativeComments.length === 0) blocks.push(tr.t('groupViews.none'));
    for (const statement of group.representativeComments) {
      const cite = citeLink(citations.get(statement.commentId), tr);
      const line = representativeLine(statement, tr);
      blocks.push(blockquote(statement.text), cite === null ? line : `— ${cite}. ${line}`);
    }
  }
  return blocks;
}

function themeBlocks(summary: Summary, citations: Citations, tr: Translator): string[] {
  const heading = `## ${tr.t('section.themes')}`;
  if (summary.themes.length === 0) return [heading, tr.t('themes.none')];
  const items = summary.themes.map((theme, index) => {
    const item = tr.t('themes.item', { phrase: `**${esc(theme.phrase)}**`, count: tr.number(theme.commentIds.length) });
    const examples = (citations.themeExamples[index] ?? []).map((citation) => citeLink(citation, tr));
    return examples.length === 0 ? `- ${item}` : `- ${item}. ${tr.t('themes.examples')} ${examples.join(', ')}`;
  });
  return [heading, tr.t('themes.intro'), items.join('\n')];
}

function quoteBlocks(summary: Summary, citations: Citations, tr: Translator): string[] {
  const heading = `## ${tr.t('section.quotes')}`;
  if (summary.quotes.length === 0) return [heading, tr.t('quotes.none')];
  const blocks = [heading, tr.t('quotes.intro')];
  for (const quote of summary.quotes) {
    const cite = citeLink(citations.get(quote.commentId), tr);
    blocks.push(blockquote(quote.text));
    if (cite !== null) blocks.push(`— ${cite}`);
  }
  return blocks;
}

function proposalBlocks(summary: Summary, ctx: ReportContext, tr: Translator): string[] {
  const heading = `## ${tr.t('section.proposals')}`;
  if (summary.proposals.length === 0) return [heading, tr.t('proposals.none')];
  const blocks = [heading, tr.t('proposals.intro')];
  for (const proposal of summary.proposals) {
    blocks.push(
      `### ${proposal.rank}. ${esc(proposal.title)}`,
      link(tr.t('link.proposal'), proposalUrl(ctx, proposal.id)),
      proposalFacts(proposal, tr, esc)
        .map((fact) => `- ${fact}`)
        .join('\n'),
    );
    if (proposal.responses.length > 0) {
      blocks.push(`#### ${tr.t('proposal.responses', { count: tr.number(proposal.responses.length) })}`);
      for (const response of proposal.responses) {
        blocks.push(`**${responseHead(response, tr, esc)}**`, blockquote(response.body));
      }
    }
  }
  return blocks;
}

function methodBlocks(summary: Summary, tr: Translator): string[] {
  return [
    `## ${tr.t('section.method')}`,
    ...methodParagraphs(summary, tr),
    limitParagraphs(summary, tr)
      .map((limit) => `- ${limit}`)
      .join('\n'),
  ];
}

function provenanceBlocks(summary: Summary, ctx: ReportContext, tr: Translator): string[] {
  return [
    `## ${tr.t('section.provenance')}`,
    rowsTable(provenanceRows(summary, tr, esc), tr),
    tr.t('provenance.hashHint'),
    `### ${tr.t('provenance.inputCounts')}`,
    rowsTable(inputCountRows(summary, tr), tr),
    `### ${tr.t('provenance.parameters')}`,
    rowsTable(parameterRows(summary, tr, esc), tr),
    `### ${tr.t('provenance.cite')}`,
    citationText(summary, ctx, tr, esc),
  ];
}

function appendixBlocks(citations: Citations, tr: Translator): string[] {
  const heading = `## ${tr.t('section.appendix')}`;
  if (citations.list.length === 0) return [heading, tr.t('appendix.none')];
  const blocks = [heading, tr.t('appendix.intro')];
  for (const citation of citations.list) {
    blocks.push(`### ${tr.t('cite.comment', { n: citation.n })}`);
    if (citation.row !== null) blocks.push(appendixMeta(citation.row, tr));
    blocks.push(blockquote(citation.text), link(tr.t('link.comment'), citation.url));
  }
  return blocks;
}

/** The brief as Markdown, in the reader's language; every text people wrote is escaped and inert. */
export function renderMarkdown(summary: Summary, ctx: ReportContext): string {
  const tr = translator(ctx.lang);
  const citations = collectCitations(summary, ctx);
  const links: string[] = [];
  const page = summaryPageUrl(ctx, summary);
  if (page !== null) links.push(link(tr.t('link.summaryPage'), page));
  if (summary.scope.threadId !== null) links.push(link(tr.t('link.discussion'), threadUrl(ctx, summary.scope.threadId)));

  const blocks = [
    `# ${briefTitle(summary, tr, esc)}`,
    `*${tr.t('brief.kicker')}*`,
    scopeLines(summary, tr, esc).join('\\\n'),
    ...(links.length > 0 ? [links.join(' · ')] : []),
    ...participationBlocks(summary, tr),
    ...groupBlocks(summary, tr),
    ...statementSection(
      tr.t('section.consensus'),
      tr.t('consensus.intro'),
      tr.t('consensus.none'),
      summary.consensus,
      citations,
      tr,
    ),
    ...statementSection(
      tr.t('section.divisive'),
      tr.t('divisive.intro'),
      tr.t('divisive.none'),
      summary.divisive,
      citations,
      tr,
    ),
    ...groupViewBlocks(summary, citations, tr),
    ...themeBlocks(summary, citations, tr),
    ...quoteBlocks(summary, citations, tr),
    ...proposalBlocks(summary, ctx, tr),
    ...methodBlocks(summary, tr),
    ...provenanceBlocks(summary, ctx, tr),
    ...appendixBlocks(citations, tr),
  ];
  return `${blocks.join('\n\n')}\n`;
}
