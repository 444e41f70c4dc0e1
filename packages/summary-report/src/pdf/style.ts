// Sizes in PDF points (1/72 inch) and colours, in one place so the brief looks the same from page to page.

export const PAGE = {
  size: 'A4',
  margins: { top: 64, bottom: 64, left: 56, right: 56 },
  headerY: 30,
  footerGap: 36,
} as const;

export const TEXT = {
  body: 10,
  small: 8.5,
  tiny: 7.5,
  h1: 18,
  h2: 14,
  h3: 11,
  lineGap: 2,
} as const;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#9a9a9a',
  track: '#e6e6e6',
  box: '#f2f2f2',
  link: '#0b4f8a',
  quoteBar: '#b0b0b0',
  bar: '#4d4d4d',
  barLight: '#8c8c8c',
} as const;

// Okabe and Ito's palette stays distinct for colour-blind readers; the marker shapes carry the same information
// when the brief is printed in grey.
export const GROUP_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'] as const;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'invertedTriangle' | 'plus' | 'star';

export const GROUP_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'invertedTriangle',
  'plus',
  'star',
];

export interface GroupStyle {
  color: string;
  shape: MarkerShape;
}

export function groupStyle(index: number): GroupStyle {
  return {
    color: GROUP_COLORS[index % GROUP_COLORS.length] as string,
    // Past eight groups the shape shifts against the colour, so no two of the first 64 look alike in colour.
    shape: GROUP_SHAPES[(index + Math.floor(index / GROUP_SHAPES.length)) % GROUP_SHAPES.length] as MarkerShape,
  };
}
