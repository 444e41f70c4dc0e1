// Charts drawn as vector paths, so they print sharply at any size and their numbers stay selectable text.
import type { MapPoint, OpinionGroup, ProposalSummary, StatementStats } from '@rembug/summary-engine';
import type { Translator } from '../i18n.js';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLOR, TEXT, groupStyle, type GroupStyle, type MarkerShape } from './style.js';
import { printable, type PdfWriter } from './writer.js';

export function drawMarker(doc: PDFKit.PDFDocument, shape: MarkerShape, x: number, y: number, r: number, color: string): void {
  doc.save().lineWidth(0.8);
  switch (shape) {
    case 'circle':
      doc.circle(x, y, r).fill(color);
      break;
    case 'square':
      doc.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7).fill(color);
      break;
    case 'triangle':
      doc.polygon([x, y - r * 1.1], [x + r, y + r * 0.8], [x - r, y + r * 0.8]).fill(color);
      break;
    case 'invertedTriangle':
      doc.polygon([x, y + r * 1.1], [x + r, y - r * 0.8], [x - r, y - r * 0.8]).fill(color);
      break;
    case 'diamond':
      doc.polygon([x, y - r * 1.2], [x + r, y], [x, y + r * 1.2], [x - r, y]).fill(color);
      break;
    case 'cross':
      doc.lineWidth(r * 0.6).moveTo(x - r, y - r).lineTo(x + r, y + r).moveTo(x - r, y + r).lineTo(x + r, y - r).stroke(color);
      break;
    case 'plus':
      doc.lineWidth(r * 0.6).moveTo(x - r * 1.1, y).lineTo(x + r * 1.1, y).moveTo(x, y - r * 1.1).lineTo(x, y + r * 1.1).stroke(color);
      break;
    case 'star': {
      const corners: Array<[number, number]> = [];
      for (let i = 0; i < 10; i += 1) {
        const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        corners.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
      }
      doc.polygon(...corners).fill(color);
      break;
    }
  }
  doc.restore();
}

function label(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { size?: number; bold?: boolean; color?: string } = {}): void {
  const { size, bold, color, ...rest } = options;
  doc
    .font(bold === true ? FONT_BOLD : FONT_REGULAR)
    .fontSize(size ?? TEXT.tiny)
    .fillColor(color ?? COLOR.muted)
    // With a width the text may wrap or be cut with an ellipsis; without one it is a single free-standing line.
    .text(printable(text), x, y, { lineBreak: rest.width !== undefined, ...rest });
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Days without activity are missing from the engine's list; a time axis shows them as empty. */
export function fillDays<T extends { date: string; participants: number }>(days: T[]): Array<{ date: string; participants: number }> {
  if (days.length === 0) return [];
  const byDate = new Map(days.map((day) => [day.date, day.participants]));
  const first = days[0] as T;
  const last = days[days.length - 1] as T;
  const filled: Array<{ date: string; participants: number }> = [];
  // A year and a half of bars is already hairlines; past that the listed days are drawn side by side instead.
  for (let date = first.date; date <= last.date && filled.length <= 550; date = nextDay(date)) {
    filled.push({ date, participants: byDate.get(date) ?? 0 });
  }
  return filled.length > 550 ? days.map((day) => ({ date: day.date, participants: day.participants })) : filled;
}

/** Participants per day as bars on a time axis, with the highest day marked on the scale. */
export function dayBars(w: PdfWriter, days: Array<{ date: string; participants: number }>, tr: Translator): void {
  const { doc } = w;
  const height = 90;
  const axis = 28;
  w.ensureSpace(height + 30);
  const top = doc.y;
  const x0 = w.left + axis;
  const plotWidth = w.width - axis;
  const max = Math.max(1, ...days.map((day) => day.participants));
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(0.4, slot * 0.75);
  const baseline = top + height;

  doc.save().lineWidth(0.5);
  doc.moveTo(x0, top).lineTo(x0 + plotWidth, top).dash(2, { space: 2 }).stroke(COLOR.track);
  doc.undash();
  doc.restore();
  days.forEach((day, index) => {
    const barHeight = (day.participants / max) * height;
    if (barHeight > 0) doc.rect(x0 + index * slot + (slot - barWidth) / 2, baseline - barHeight, barWidth, barHeight).fill(COLOR.bar);
  });
  doc.save().lineWidth(0.6).moveTo(x0, baseline).lineTo(x0 + plotWidth, baseline).stroke(COLOR.text).restore();
  label(doc, tr.number(max), w.left, top - 3, { width: axis - 4, align: 'right' });
  label(doc, '0', w.left, baseline - 4, { width: axis - 4, align: 'right' });
  const first = days[0];
  const last = days[days.length - 1];
  if (first !== undefined) label(doc, tr.shortDay(first.date), x0, baseline + 3);
  if (last !== undefined && days.length > 1) label(doc, tr.shortDay(last.date), x0 + plotWidth - 60, baseline + 3, { width: 60, align: 'right' });
  doc.x = w.left;
  doc.y = baseline + 16;
}

/** Width and height of the opinion map's square, in points; the legend takes the rest of the line. */
export const MAP_SIZE = 300;

/**
 * The opinion map: one marker per participant, coloured and shaped by group, on equal axes (distances mean
 * something; directions do not), with each group's letter at its centre and a legend with group sizes.
 */
export function opinionMap(
  w: PdfWriter,
  points: MapPoint[],
  groups: OpinionGroup[],
  tr: Translator,
): void {
  const { doc } = w;
  const size = MAP_SIZE;
  const legendX = w.left + size + 16;
  const legendWidth = w.width - size - 16;
  w.ensureSpace(size + 10);
  const top = doc.y;
  const styles = new Map<string, GroupStyle>(groups.map((group, index) => [group.id, groupStyle(index)]));

  doc.save().lineWidth(0.5).rect(w.left, top, size, size).stroke(COLOR.rule).restore();
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const minX = Math.min(...xs, ...groups.map((group) => group.centroid.x));
  const maxX = Math.max(...xs, ...groups.map((group) => group.centroid.x));
  const minY = Math.min(...ys, ...groups.map((group) => group.centroid.y));
  const maxY = Math.max(...ys, ...groups.map((group) => group.centroid.y));
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const pad = 12;
  const scale = (size - 2 * pad) / span;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const px = (x: number): number => w.left + size / 2 + (x - cx) * scale;
  // PDF space runs down the page; the map's second axis runs up, as on paper charts.
  const py = (y: number): number => top + size / 2 - (y - cy) * scale;
  const radius = points.length > 800 ? 1.6 : points.length > 200 ? 2.2 : 3;

  let ungrouped = 0;
  for (const point of points) {
    const style = point.groupId === null ? undefined : styles.get(point.groupId);
    if (style === undefined) {
      ungrouped += 1;
      doc.save().lineWidth(0.5).circle(px(point.x), py(point.y), radius).stroke(COLOR.muted).restore();
    } else {
      drawMarker(doc, style.shape, px(point.x), py(point.y), radius, style.color);
    }
  }
  for (const group of groups) {
    const x = px(group.centroid.x);
    const y = py(group.centroid.y);
    doc.save().circle(x, y, 7).fillOpacity(0.85).fill('#ffffff').restore();
    doc.save().lineWidth(0.8).circle(x, y, 7).stroke(COLOR.text).restore();
    label(doc, group.id, x - 7, y - 4.5, { width: 14, align: 'center', bold: true, size: TEXT.tiny, color: COLOR.text });
  }

  let y = top;
  label(doc, tr.t('map.title'), legendX, y, { bold: true, size: TEXT.small, color: COLOR.text });
  y += 16;
  for (const group of groups) {
    const style = styles.get(group.id) as GroupStyle;
    drawMarker(doc, style.shape, legendX + 5, y + 5, 4, style.color);
    doc.font(FONT_REGULAR).fontSize(TEXT.small).fillColor(COLOR.text);
    const text = tr.t('map.legend', { group: group.id, count: tr.number(group.size) });
    doc.text(printable(text), legendX + 16, y, { width: legendWidth - 16, lineGap: 1 });
    y = doc.y + 4;
  }
  if (ungrouped > 0) {
    doc.save().lineWidth(0.5).circle(legendX + 5, y + 5, 3).stroke(COLOR.muted).restore();
    doc.font(FONT_REGULAR).fontSize(TEXT.small).fillColor(COLOR.text);
    doc.text(tr.t('map.ungrouped', { count: tr.number(ungrouped) }), legendX + 16, y, { width: legendWidth - 16 });
    y = doc.y + 4;
  }
  doc.font(FONT_REGULAR).fontSize(TEXT.tiny).fillColor(COLOR.muted);
  doc.text(tr.t('map.explain'), legendX, y + 6, { width: legendWidth, lineGap: 1 });
  doc.x = w.left;
  doc.y = Math.max(top + size, doc.y) + 10;
}

const BAR_ROW = 12;

/**
 * How each group voted on one statement: a bar per group, the agreeing share filled, the disagreeing share
 * hatched from the right, with the group's marker and the numbers written out.
 */
export function groupShareBars(w: PdfWriter, statement: StatementStats, groups: OpinionGroup[], tr: Translator): void {
  const { doc } = w;
  const styles = new Map(groups.map((group, index) => [group.id, groupStyle(index)]));
  const shares = groups
    .map((group) => statement.groups.find((share) => share.groupId === group.id))
    .filter((share) => share !== undefined);
  if (shares.length === 0) return;
  const indent = 12;
  const labelWidth = 22;
  const barX = w.left + indent + labelWidth;
  const barWidth = Math.min(200, w.width * 0.42);
  const textX = barX + barWidth + 8;
  w.ensureSpace(shares.length * BAR_ROW + 16);
  label(doc, tr.t('chart.agreeByGroup'), w.left + indent, doc.y, { size: TEXT.tiny });
  let y = doc.y + 11;
  for (const share of shares) {
    const style = styles.get(share.groupId) as GroupStyle;
    drawMarker(doc, style.shape, w.left + indent + 4, y + 4, 3.2, style.color);
    label(doc, share.groupId, w.left + indent + 10, y, { bold: true, size: TEXT.tiny, color: COLOR.text });
    doc.rect(barX, y, barWidth, 8).fill(COLOR.track);
    doc.rect(barX, y, barWidth * clamp(share.agreeShare), 8).fill(style.color);
    const disagree = barWidth * clamp(share.disagreeShare);
    if (disagree > 0) hatch(doc, barX + barWidth - disagree, y, disagree, 8);
    label(
      doc,
      tr.t('statement.group', {
        group: share.groupId,
        agreeShare: tr.percent(share.agreeShare),
        disagreeShare: tr.percent(share.disagreeShare),
        votes: tr.number(share.votes),
      }),
      textX,
      y,
      { width: w.left + w.width - textX, height: BAR_ROW, ellipsis: true },
    );
    y += BAR_ROW;
  }
  doc.x = w.left;
  doc.y = y + 6;
}

function clamp(share: number): number {
  return Math.min(1, Math.max(0, share));
}

function hatch(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number): void {
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(0.6);
  for (let offset = -height; offset < width; offset += 3) {
    doc.moveTo(x + offset, y + height).lineTo(x + offset + height, y);
  }
  doc.stroke(COLOR.text);
  doc.restore();
}

/** Each proposal's support against the support it needs: the filled bar is support, the tick is the threshold. */
export function supportBars(w: PdfWriter, proposals: ProposalSummary[], tr: Translator): void {
  const { doc } = w;
  const rankWidth = 22;
  const titleWidth = Math.min(170, w.width * 0.34);
  const barX = w.left + rankWidth + titleWidth + 6;
  const numbersWidth = 70;
  const barWidth = w.width - rankWidth - titleWidth - 6 - numbersWidth - 6;
  const max = Math.max(1, ...proposals.map((proposal) => Math.max(proposal.supportCount, proposal.supportThreshold)));
  const row = 16;
  label(doc, tr.t('proposals.chart'), w.left, doc.y, { bold: true, size: TEXT.small, color: COLOR.text });
  doc.y += 14;
  for (const proposal of proposals) {
    w.ensureSpace(row);
    const y = doc.y;
    label(doc, `${proposal.rank}.`, w.left, y + 1, { width: rankWidth - 4, align: 'right', size: TEXT.small, color: COLOR.text });
    label(doc, proposal.title, w.left + rankWidth, y + 1, { width: titleWidth, height: row - 4, ellipsis: true, size: TEXT.small, color: COLOR.text });
    doc.rect(barX, y + 2, barWidth, 9).fill(COLOR.track);
    doc.rect(barX, y + 2, (barWidth * proposal.supportCount) / max, 9).fill(proposal.thresholdReached ? COLOR.bar : COLOR.barLight);
    const tick = barX + (barWidth * proposal.supportThreshold) / max;
    doc.save().lineWidth(1.4).moveTo(tick, y - 1).lineTo(tick, y + 14).stroke(COLOR.text).restore();
    label(doc, `${tr.number(proposal.supportCount)} / ${tr.number(proposal.supportThreshold)}`, barX + barWidth + 6, y + 1, {
      width: numbersWidth,
      size: TEXT.small,
      color: COLOR.text,
    });
    doc.x = w.left;
    doc.y = y + row;
  }
  label(doc, `| = ${tr.t('proposals.chartThreshold')}`, barX, doc.y, { size: TEXT.tiny });
  doc.x = w.left;
  doc.y += 14;
}
