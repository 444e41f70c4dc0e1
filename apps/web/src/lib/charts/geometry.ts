/**
 * Layout arithmetic for the small server-drawn SVG charts. Horizontal positions are percentages of the chart's
 * width, so a chart fills any screen while its text keeps the page's own size (no scaled-down lettering on phones).
 */

/** A part of a stacked bar: where it starts and how wide it is, in percent of the bar; `index` is its series. */
export interface Segment {
  index: number;
  value: number;
  start: number;
  size: number;
}

/** Percent widths rounded to hundredths; the last segment ends at exactly 100 so no sliver of track shows. */
export function stackSegments(values: readonly number[]): Segment[] {
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  if (total <= 0) return [];
  const segments: Segment[] = [];
  let running = 0;
  values.forEach((raw, index) => {
    const value = Math.max(0, raw);
    if (value === 0) return;
    const start = round(segments.length === 0 ? 0 : (running / total) * 100);
    running += value;
    const end = running === total ? 100 : round((running / total) * 100);
    segments.push({ index, value, start, size: round(end - start) });
  });
  return segments;
}

/** A share (0–1) as a bar width in percent; nothing (null) draws no bar. */
export function shareWidth(share: number | null | undefined): number {
  if (share === null || share === undefined || Number.isNaN(share)) return 0;
  return round(Math.min(1, Math.max(0, share)) * 100);
}

/** Rows of equal height under each other: the top of row i. */
export function rowTop(index: number, rowHeight: number, padding = 0): number {
  return padding + index * rowHeight;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A row of a bar chart. */
export interface BarRow {
  key: string;
  label: string;
  /** 0–1; null draws an empty track. */
  share: number | null;
  valueText: string;
}

/** How a series of a stacked bar is told apart: a colour and, for those who cannot tell colours, a texture. */
export type Texture = 'solid' | 'stripes' | 'dots' | 'cross';

export interface Series {
  key: string;
  label: string;
  colour: string;
  texture: Texture;
}

/** A row of a stacked bar chart: one value per series, in the series' order. */
export interface StackedRow {
  key: string;
  label: string;
  values: number[];
  totalText: string;
  /** Read out per part, e.g. "Dinas PUPR: 2 answered on time". */
  partTexts: string[];
}

/** How a series' part is painted: its colour, or the texture (see SeriesPattern) defined under `id` in the same SVG. */
export function seriesFill(id: string, series: Series): string {
  return series.texture === 'solid' ? series.colour : `url(#${id}-${series.key})`;
}
