import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLOR, TEXT } from './style.js';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  oblique?: boolean;
  /** Extra left indent in points. */
  indent?: number;
  /** Space after the block. */
  gap?: number;
  link?: string;
  underline?: boolean;
  align?: 'left' | 'center' | 'right';
}

// pdfkit would draw a control character as a missing-glyph box, and a tab as nothing useful.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNPRINTABLE, '');
}

/** Flowing text on A4 pages: headings that never sit alone at a page's foot, paragraphs, quotes and rows. */
export class PdfWriter {
  /** Index of the current page among all pages (they stay buffered until the footers are drawn). */
  private pageIndex = 0;

  constructor(readonly doc: PDFKit.PDFDocument) {
    doc.on('pageAdded', () => {
      this.pageIndex += 1;
    });
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get page(): number {
    return this.pageIndex;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  use(style: TextStyle): void {
    this.doc
      .font(style.bold === true ? FONT_BOLD : FONT_REGULAR)
      .fontSize(style.size ?? TEXT.body)
      .fillColor(style.color ?? (style.link !== undefined ? COLOR.link : COLOR.text));
  }

  heightOf(text: string, style: TextStyle = {}, width = this.width - (style.indent ?? 0)): number {
    this.use(style);
    return this.doc.heightOfString(printable(text), { width, lineGap: TEXT.lineGap });
  }

  text(text: string, style: TextStyle = {}): void {
    this.use(style);
    const indent = style.indent ?? 0;
    this.doc.text(printable(text), this.left + indent, this.doc.y, {
      width: this.width - indent,
      lineGap: TEXT.lineGap,
      oblique: style.oblique === true ? 8 : false,
      link: style.link ?? null,
      underline: style.underline ?? style.link !== undefined,
      align: style.align ?? 'left',
    });
    this.doc.x = this.left;
    if (style.gap !== undefined) this.doc.y += style.gap;
  }

  /**
   * A heading kept together with at least `keep` points of what follows it. A `mark` is drawn in a 14-point
   * space before the text, given the top left corner of that space.
   */
  heading(text: string, level: 1 | 2 | 3, keep = 60, mark?: (x: number, y: number) => void): void {
    const size = level === 1 ? TEXT.h1 : level === 2 ? TEXT.h2 : TEXT.h3;
    const before = level === 1 ? 0 : level === 2 ? 14 : 8;
    const indent = mark === undefined ? 0 : 14;
    const height = this.heightOf(text, { size, bold: true, indent });
    if (this.doc.y > this.top) this.doc.y += before;
    this.ensureSpace(height + keep);
    mark?.(this.left, this.doc.y);
    this.text(text, { size, bold: true, indent, gap: level === 3 ? 3 : 6 });
  }

  paragraph(text: string, style: TextStyle = {}): void {
    this.text(text, { gap: 6, ...style });
  }

  bullets(items: string[], style: TextStyle = {}): void {
    const indent = (style.indent ?? 0) + 12;
    for (const item of items) {
      this.ensureSpace(this.heightOf(item, style, this.width - indent));
      const y = this.doc.y;
      this.use(style);
      this.doc.text('•', this.left + indent - 10, y, { lineBreak: false });
      this.doc.y = y;
      this.text(item, { ...style, indent, gap: 2 });
    }
    this.doc.y += 4;
  }

  /**
   * Words people wrote, indented behind a grey bar and slanted, so a reader never takes them for the brief's own
   * words. A long text breaks across pages; the bar follows it onto each page.
   */
  quote(text: string, style: TextStyle = {}): void {
    const indent = (style.indent ?? 0) + 12;
    const firstLines = Math.min(this.heightOf(text, { ...style, indent }), 3 * (TEXT.body + TEXT.lineGap) + 4);
    this.ensureSpace(firstLines);
    const startPage = this.page;
    const startY = this.doc.y;
    this.text(text, { ...style, indent, oblique: true });
    const endPage = this.page;
    const endY = this.doc.y;
    const barX = this.left + indent - 8;
    for (let page = startPage; page <= endPage; page += 1) {
      if (page !== endPage) this.doc.switchToPage(page);
      const from = page === startPage ? startY : this.top;
      const to = page === endPage ? endY : this.bottom;
      this.doc.rect(barX, from, 2, Math.max(0, to - from - TEXT.lineGap)).fill(COLOR.quoteBar);
      if (page !== endPage) this.doc.switchToPage(endPage);
    }
    this.doc.y = endY + 3;
  }

  /** Label and value side by side, the value wrapping in its own column. */
  rows(rows: Array<{ label: string; value: string; link?: string }>, labelWidth = this.width * 0.45, style: TextStyle = {}): void {
    const valueX = this.left + labelWidth + 8;
    const valueWidth = this.width - labelWidth - 8;
    for (const row of rows) {
      const height = Math.max(
        this.heightOf(row.label, style, labelWidth),
        this.heightOf(row.value, style, valueWidth),
      );
      this.ensureSpace(height + 2);
      const y = this.doc.y;
      this.use({ ...style, color: COLOR.muted });
      this.doc.text(printable(row.label), this.left, y, { width: labelWidth, lineGap: TEXT.lineGap });
      this.use({ ...style, link: row.link });
      this.doc.text(printable(row.value), valueX, y, {
        width: valueWidth,
        lineGap: TEXT.lineGap,
        link: row.link ?? null,
        underline: row.link !== undefined,
      });
      this.doc.x = this.left;
      this.doc.y = y + height + 2;
    }
    this.doc.y += 4;
  }

  /** A table with a bold header row; columns after the first are numbers, right-aligned. */
  table(header: string[], rows: string[][], widths: number[], style: TextStyle = {}): void {
    const size = style.size ?? TEXT.small;
    const draw = (cells: string[], bold: boolean): void => {
      const height = Math.max(...cells.map((cell, index) => this.heightOf(cell, { size, bold }, widths[index] ?? 60)));
      this.ensureSpace(height + 3);
      const y = this.doc.y;
      let x = this.left;
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 60;
        this.use({ size, bold });
        this.doc.text(printable(cell), x, y, { width, lineGap: TEXT.lineGap, align: index === 0 ? 'left' : 'right' });
        x += width;
      });
      this.doc.x = this.left;
      this.doc.y = y + height + 3;
    };
    draw(header, true);
    const total = widths.reduce((sum, width) => sum + width, 0);
    this.doc.moveTo(this.left, this.doc.y - 1.5).lineTo(this.left + total, this.doc.y - 1.5).lineWidth(0.5).stroke(COLOR.rule);
    for (const row of rows) draw(row, false);
    this.doc.y += 6;
  }

  /**
   * A line that starts with a link (a comment's number) and goes on in plain text: the link is a real annotation
   * a reader can click.
   */
  linkedLine(prefix: string, link: { label: string; url: string } | null, rest: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    const size = style.size ?? TEXT.small;
    const options = { width: this.width - indent, lineGap: TEXT.lineGap };
    const text = link === null ? `${prefix}${rest}` : prefix;
    this.use({ size, color: COLOR.muted });
    this.ensureSpace(this.heightOf(`${prefix}${link?.label ?? ''}${rest}`, { size, indent }));
    this.doc.text(printable(text), this.left + indent, this.doc.y, { ...options, continued: link !== null, link: null, underline: false });
    if (link !== null) {
      this.use({ size, link: link.url });
      this.doc.text(printable(link.label), { ...options, continued: rest !== '', link: link.url, underline: true });
      if (rest !== '') {
        this.use({ size, color: COLOR.muted });
        this.doc.text(printable(rest), { ...options, link: null, underline: false });
      }
    }
    this.doc.x = this.left;
    this.doc.y += style.gap ?? 6;
  }

  rule(): void {
    this.doc
      .moveTo(this.left, this.doc.y)
      .lineTo(this.left + this.width, this.doc.y)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
    this.doc.y += 6;
  }
}
