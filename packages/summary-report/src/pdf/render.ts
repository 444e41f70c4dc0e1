import type { RankedStatement, Summary } from '@rembug/summary-engine';
import PDFDocument from 'pdfkit';
import {
  appendixMeta,
  areaName,
  briefTitle,
  citationText,
  groupsFormed,
  groupsStatement,
  inputCountRows,
  keyNumbers,
  limitParagraphs,
  methodParagraphs,
  parameterRows,
  plain,
  proposalFacts,
  provenanceRows,
  representativeLine,
  responseHead,
  scopeLines,
  statementTally,
} from '../brief.js';
import { collectCitations, type Citation, type Citations } from '../citations.js';
import { proposalUrl, summaryPageUrl, threadUrl, type ReportContext } from '../context.js';
import { translator, type Translator } from '../i18n.js';
import { MAP_SIZE, dayBars, drawMarker, fillDays, groupShareBars, opinionMap, supportBars } from './charts.js';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLOR, PAGE, TEXT, groupStyle } from './style.js';
import { PdfWriter, printable } from './writer.js';

const LANGUAGE_TAGS = { id: 'id-ID', en: 'en-GB' } as const;

/** Areas listed by name in the brief; the rest are summed in one line (the CSV and JSON keep them all). */
const MAX_AREAS = 10;

interface Brief {
  summary: Summary;
  ctx: ReportContext;
  tr: Translator;
  w: PdfWriter;
  citations: Citations;
}

function citeLink(citation: Citation | undefined, tr: Translator): { label: string; url: string } | null {
  return citation === undefined ? null : { label: tr.t('cite.comment', { n: citation.n }), url: citation.url };
}

function titleBlock({ summary, ctx, tr, w }: Brief): void {
  w.text(tr.t('brief.kicker').toUpperCase(), { size: TEXT.tiny, color: COLOR.muted, gap: 4 });
  w.text(briefTitle(summary, tr, plain), { size: TEXT.h1, bold: true, gap: 8 });
  for (const line of scopeLines(summary, tr, plain)) w.text(line, { color: COLOR.muted, gap: 1 });
  w.doc.y += 4;
  const page = summaryPageUrl(ctx, summary);
  if (page !== null) w.text(`${tr.t('link.summaryPage')}: ${page}`, { size: TEXT.small, link: page, gap: 1 });
  if (summary.scope.threadId !== null) {
    const url = threadUrl(ctx, summary.scope.threadId);
    w.text(`${tr.t('link.discussion')}: ${url}`, { size: TEXT.small, link: url, gap: 1 });
  }
  w.doc.y += 8;
  w.rule();
}

function keyNumberBoxes({ summary, tr, w }: Brief): void {
  const { doc } = w;
  w.heading(tr.t('section.keyNumbers'), 2, 70);
  const numbers = keyNumbers(summary, tr);
  const gap = 6;
  const boxWidth = (w.width - gap * (numbers.length - 1)) / numbers.length;
  const boxHeight = 62;
  w.ensureSpace(boxHeight);
  const top = doc.y;
  numbers.forEach((item, index) => {
    const x = w.left + index * (boxWidth + gap);
    doc.rect(x, top, boxWidth, boxHeight).fill(COLOR.box);
    doc.font(FONT_BOLD).fontSize(15).fillColor(COLOR.text).text(item.value, x + 6, top + 7, { width: boxWidth - 12, lineBreak: false });
    doc.font(FONT_REGULAR).fontSize(TEXT.tiny).fillColor(COLOR.muted);
    doc.text(printable(item.label), x + 6, top + 28, { width: boxWidth - 12, height: boxHeight - 32, ellipsis: true, lineGap: 1 });
  });
  doc.x = w.left;
  doc.y = top + boxHeight + 10;
}

function participationBlock({ summary, tr, w }: Brief): void {
  const { participation } = summary;
  w.heading(tr.t('participation.byDay'), 3, 120);
  if (participation.byDay.length === 0) {
    w.paragraph(tr.t('participation.byDayNone'));
  } else {
    const days = fillDays(participation.byDay);
    dayBars(w, days, tr);
    const first = days[0] as { date: string };
    const last = days[days.length - 1] as { date: string };
    w.paragraph(
      tr.t('participation.byDayRange', {
        from: tr.day(first.date),
        to: tr.day(last.date),
        max: tr.number(Math.max(...days.map((day) => day.participants))),
      }),
      { size: TEXT.small, color: COLOR.muted },
    );
  }
  const countHeader = [tr.t('table.participants'), tr.t('table.comments'), tr.t('table.votes')];
  const counts = (slice: { participants: number; comments: number; votes: number }): string[] => [
    tr.number(slice.participants),
    tr.number(slice.comments),
    tr.number(slice.votes),
  ];
  const widths = [w.width - 3 * 80, 80, 80, 80];
  if (participation.byArea.length > 0) {
    w.heading(tr.t('participation.byArea'), 3);
    const shown = participation.byArea.slice(0, MAX_AREAS);
    const rest = participation.byArea.slice(MAX_AREAS);
    const rows = shown.map((area) => [areaName(area.areaName, tr, plain), ...counts(area)]);
    if (rest.length > 0) {
      // People can be active in several areas, so participants are not summed; comments and votes are.
      rows.push([
        tr.t('participation.moreAreas', { count: tr.number(rest.length) }),
        '',
        tr.number(rest.reduce((sum, area) => sum + area.comments, 0)),
        tr.number(rest.reduce((sum, area) => sum + area.votes, 0)),
      ]);
    }
    w.table([tr.t('table.area'), ...countHeader], rows, widths);
  }
  if (participation.byRole.length > 0) {
    w.heading(tr.t('participation.byRole'), 3);
    w.table([tr.t('table.role'), ...countHeader], participation.byRole.map((role) => [tr.role(role.role), ...counts(role)]), widths);
  }
}

function groupsBlock({ summary, tr, w }: Brief): void {
  const map = summary.opinionGroups;
  // The heading, its sentence and the map belong on one page.
  const drawsMap = groupsFormed(summary) && map.points.length > 0;
  w.heading(tr.t('section.groups'), 2, drawsMap ? MAP_SIZE + 50 : 120);
  if (!groupsFormed(summary)) {
    explanationBox(w, tr.t('groups.none.title'), groupsStatement(summary, tr), tr.t(`groups.status.${map.status}`));
    return;
  }
  w.paragraph(groupsStatement(summary, tr));
  if (drawsMap) opinionMap(w, map.points, map.groups, tr);
}

function explanationBox(w: PdfWriter, title: string, text: string, status: string): void {
  const { doc } = w;
  const pad = 10;
  const inner = w.width - 2 * pad;
  const height = pad + w.heightOf(title, { bold: true }, inner) + 4 + w.heightOf(text, {}, inner) + 4 + w.heightOf(status, { size: TEXT.small }, inner) + pad;
  w.ensureSpace(height);
  const top = doc.y;
  doc.rect(w.left, top, w.width, height).fill(COLOR.box);
  doc.save().lineWidth(2).moveTo(w.left, top).lineTo(w.left, top + height).stroke(COLOR.bar).restore();
  doc.y = top + pad;
  w.text(title, { bold: true, indent: pad, gap: 4 });
  w.text(text, { indent: pad, gap: 4 });
  w.text(status, { indent: pad, size: TEXT.small, color: COLOR.muted });
  doc.x = w.left;
  doc.y = top + height + 10;
}

function statementBlock(brief: Brief, statement: RankedStatement): void {
  const { summary, tr, w, citations } = brief;
  w.quote(statement.text);
  w.linkedLine('— ', citeLink(citations.get(statement.commentId), tr), `. ${statementTally(statement, tr)}`, { indent: 12, gap: 3 });
  if (statement.groups.length > 0) groupShareBars(w, statement, summary.opinionGroups.groups, tr);
  w.doc.y += 4;
}

function statementsBlock(brief: Brief, heading: string, intro: string, none: string, statements: RankedStatement[]): void {
  const { w } = brief;
  w.heading(heading, 2, 90);
  if (statements.length === 0) {
    w.paragraph(none);
    return;
  }
  w.paragraph(intro);
  for (const statement of statements) statementBlock(brief, statement);
}

function groupViewsBlock({ summary, tr, w, citations }: Brief): void {
  if (!groupsFormed(summary)) return;
  w.heading(tr.t('section.groupViews'), 2, 90);
  w.paragraph(tr.t('groupViews.intro'));
  summary.opinionGroups.groups.forEach((group, index) => {
    const heading = tr.t('groupViews.heading', { group: group.id, count: tr.number(group.size) });
    const style = groupStyle(index);
    // The group's map marker beside its name ties the quotes to the map, in colour and in print.
    w.heading(heading, 3, 60, (x, y) => drawMarker(w.doc, style.shape, x + 5, y + 6.5, 4.5, style.color));
    if (group.representativeComments.length === 0) w.paragraph(tr.t('groupViews.none'));
    for (const statement of group.representativeComments) {
      w.quote(statement.text);
      w.linkedLine('— ', citeLink(citations.get(statement.commentId), tr), `. ${representativeLine(statement, tr)}`, { indent: 12 });
    }
  });
}

function themesBlock({ summary, tr, w, citations }: Brief): void {
  w.heading(tr.t('section.themes'), 2);
  if (summary.themes.length === 0) {
    w.paragraph(tr.t('themes.none'));
    return;
  }
  w.paragraph(tr.t('themes.intro'));
  summary.themes.forEach((theme, index) => {
    w.text(tr.t('themes.item', { phrase: theme.phrase, count: tr.number(theme.commentIds.length) }), { bold: true, gap: 2 });
    for (const citation of citations.themeExamples[index] ?? []) {
      w.quote(excerpt(citation.text), { size: TEXT.small });
      w.linkedLine('— ', citeLink(citation, tr), '', { indent: 12, gap: 3 });
    }
    w.doc.y += 3;
  });
}

/** A theme's example is a pointer to the comment, not the comment: the appendix holds the whole text. */
function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

function quotesBlock({ summary, tr, w, citations }: Brief): void {
  w.heading(tr.t('section.quotes'), 2);
  if (summary.quotes.length === 0) {
    w.paragraph(tr.t('quotes.none'));
    return;
  }
  w.paragraph(tr.t('quotes.intro'));
  for (const quote of summary.quotes) {
    w.quote(quote.text);
    w.linkedLine('— ', citeLink(citations.get(quote.commentId), tr), '', { indent: 12 });
  }
}

function proposalsBlock({ summary, ctx, tr, w }: Brief): void {
  w.heading(tr.t('section.proposals'), 2, 90);
  if (summary.proposals.length === 0) {
    w.paragraph(tr.t('proposals.none'));
    return;
  }
  w.paragraph(tr.t('proposals.intro'));
  supportBars(w, summary.proposals, tr);
  for (const proposal of summary.proposals) {
    w.heading(`${proposal.rank}. ${proposal.title}`, 3);
    const url = proposalUrl(ctx, proposal.id);
    w.text(`${tr.t('link.proposal')}: ${url}`, { size: TEXT.small, link: url, gap: 3 });
    w.bullets(proposalFacts(proposal, tr, plain), { size: TEXT.small });
    if (proposal.responses.length > 0) {
      w.text(tr.t('proposal.responses', { count: tr.number(proposal.responses.length) }), { bold: true, size: TEXT.small, gap: 3 });
      for (const response of proposal.responses) {
        const head = responseHead(response, tr, plain);
        // Who answered, and when, stays on the page with the start of the answer.
        w.ensureSpace(w.heightOf(head, { size: TEXT.small, indent: 12 }) + 30);
        w.text(head, { size: TEXT.small, color: COLOR.muted, indent: 12, gap: 2 });
        w.quote(response.body, { size: TEXT.small });
      }
    }
  }
}

function methodBlock({ summary, tr, w }: Brief): void {
  w.heading(tr.t('section.method'), 2);
  for (const paragraph of methodParagraphs(summary, tr)) w.paragraph(paragraph);
  w.bullets(limitParagraphs(summary, tr));
}

function provenanceBlock({ summary, ctx, tr, w }: Brief): void {
  w.heading(tr.t('section.provenance'), 2);
  w.rows(provenanceRows(summary, tr, plain), undefined, { size: TEXT.small });
  w.paragraph(tr.t('provenance.hashHint'), { size: TEXT.small, color: COLOR.muted });
  w.heading(tr.t('provenance.inputCounts'), 3);
  w.rows(inputCountRows(summary, tr), undefined, { size: TEXT.small });
  w.heading(tr.t('provenance.parameters'), 3);
  w.rows(
    parameterRows(summary, tr, plain).map((row) => ({ label: `${row.label} (${row.code})`, value: row.value })),
    undefined,
    { size: TEXT.small },
  );
  w.heading(tr.t('provenance.cite'), 3);
  w.paragraph(citationText(summary, ctx, tr, plain), { size: TEXT.small });
}

function appendixBlock({ tr, w, citations }: Brief): void {
  w.heading(tr.t('section.appendix'), 2);
  if (citations.list.length === 0) {
    w.paragraph(tr.t('appendix.none'));
    return;
  }
  w.paragraph(tr.t('appendix.intro'));
  for (const citation of citations.list) {
    w.ensureSpace(50);
    w.text(tr.t('cite.comment', { n: citation.n }), { bold: true, size: TEXT.small, gap: 1 });
    if (citation.row !== null) w.text(appendixMeta(citation.row, tr), { size: TEXT.tiny, color: COLOR.muted, gap: 2 });
    w.quote(citation.text, { size: TEXT.small });
    w.text(citation.url, { size: TEXT.tiny, link: citation.url, indent: 12, gap: 8 });
  }
}

/** The running title on every page after the first, and "Halaman n dari m" on every page. */
function pageFurniture(doc: PDFKit.PDFDocument, title: string, tr: Translator): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const width = doc.page.width - margins.left - margins.right;
    // Writing in the margins would otherwise make pdfkit start a new page.
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.font(FONT_REGULAR).fontSize(TEXT.tiny).fillColor(COLOR.muted);
    if (index > range.start) {
      doc.text(printable(title), margins.left, PAGE.headerY, { width, height: TEXT.tiny + 4, ellipsis: true, lineBreak: true });
      doc
        .moveTo(margins.left, PAGE.headerY + 13)
        .lineTo(margins.left + width, PAGE.headerY + 13)
        .lineWidth(0.4)
        .stroke(COLOR.rule);
    }
    doc
      .font(FONT_REGULAR)
      .fontSize(TEXT.tiny)
      .fillColor(COLOR.muted)
      .text(tr.t('footer.page', { page: tr.number(index + 1), pages: tr.number(range.count) }), margins.left, doc.page.height - PAGE.footerGap, {
        width,
        align: 'center',
        lineBreak: false,
      });
    margins.bottom = bottom;
  }
}

/**
 * The policy brief as a pdfkit document (a readable stream of PDF bytes): A4, DejaVu Sans embedded, charts drawn
 * as vectors, links clickable. The same summary gives the same bytes: the document's dates are the summary's
 * `asOf`, and pdfkit derives the file id from them.
 */
export function pdfStream(summary: Summary, ctx: ReportContext): NodeJS.ReadableStream {
  const tr = translator(ctx.lang);
  const title = briefTitle(summary, tr, plain);
  const asOf = new Date(summary.asOf);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    lang: LANGUAGE_TAGS[ctx.lang],
    displayTitle: true,
    pdfVersion: '1.4',
    info: {
      Title: title,
      Author: 'Rembug',
      Subject: tr.t('brief.subject'),
      Creator: 'Rembug',
      CreationDate: asOf,
      ModDate: asOf,
    },
  });
  // Not the document's `font` option: pdfkit resets every new page to that font, even in the middle of bold text.
  doc.font(FONT_REGULAR);
  const brief: Brief = { summary, ctx, tr, w: new PdfWriter(doc), citations: collectCitations(summary, ctx) };

  titleBlock(brief);
  keyNumberBoxes(brief);
  participationBlock(brief);
  groupsBlock(brief);
  statementsBlock(brief, tr.t('section.consensus'), tr.t('consensus.intro'), tr.t('consensus.none'), summary.consensus);
  statementsBlock(brief, tr.t('section.divisive'), tr.t('divisive.intro'), tr.t('divisive.none'), summary.divisive);
  groupViewsBlock(brief);
  themesBlock(brief);
  quotesBlock(brief);
  proposalsBlock(brief);
  methodBlock(brief);
  provenanceBlock(brief);
  appendixBlock(brief);
  pageFurniture(doc, title, tr);
  doc.end();
  return doc;
}

export async function renderPdf(summary: Summary, ctx: ReportContext): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of pdfStream(summary, ctx)) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks);
}
