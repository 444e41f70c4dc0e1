/**
 * Layout for the opinion map: every person placed on the map becomes a mark in a square drawing, coloured and
 * shaped by their opinion group. Both axes share one scale, because the distance between two people is what the
 * map shows; the axes themselves have no unit.
 */

/** The drawing's width and height, in SVG user units. */
export const MAP_SIZE = 300;
/** Room around the outermost marks, so none is cut in half by the frame. */
const PADDING = 12;
/**
 * Marks snap to a grid this fine. People who land in the same cell and group are drawn once: invisible at this
 * size, and it keeps a map of thousands of people to a page a cheap phone can still open.
 */
const CELL = 2;

export interface MapPoint {
  groupId: string | null;
  x: number;
  y: number;
}

export interface Mark {
  /** The group's place in the summary's list (A = 0); -1 for someone in no group. */
  group: number;
  x: number;
  y: number;
}

/** Where each mark goes; the order is fixed (by group, then position), so the same data draws the same picture. */
export function placeMarks(points: readonly MapPoint[], groupIds: readonly string[], size: number = MAP_SIZE): Mark[] {
  const usable = points.filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
  if (usable.length === 0) return [];
  const xs = usable.map((point) => point.x);
  const ys = usable.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY);
  const scale = span > 0 ? (size - 2 * PADDING) / span : 0;
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const snap = (value: number) => Math.round(value / CELL) * CELL;

  const seen = new Set<string>();
  const marks: Mark[] = [];
  for (const point of usable) {
    const group = point.groupId === null ? -1 : groupIds.indexOf(point.groupId);
    const x = snap(size / 2 + (point.x - centreX) * scale);
    // SVG counts downwards; the map's second axis points up, as on paper.
    const y = snap(size / 2 - (point.y - centreY) * scale);
    const key = `${group}:${x}:${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    marks.push({ group, x, y });
  }
  return marks.sort((a, b) => a.group - b.group || a.x - b.x || a.y - b.y);
}

export type MarkShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'plus';

/**
 * One look per group, A to E (the API forms at most five). Each has its own shape, so groups stay apart in greyscale
 * and for readers who do not tell these colours apart; every colour reaches 4.5:1 on white.
 */
export const GROUP_LOOKS: readonly { colour: string; shape: MarkShape }[] = [
  { colour: '#0b5394', shape: 'circle' },
  { colour: '#a1260d', shape: 'square' },
  { colour: '#1d5e3a', shape: 'triangle' },
  { colour: '#6a3d9a', shape: 'diamond' },
  { colour: '#7a4a00', shape: 'plus' },
];

/** For people in no group, and for a sixth group should one ever come. */
export const OTHER_LOOK = { colour: '#4b535c', shape: 'circle' as MarkShape };

export function groupLook(index: number): { colour: string; shape: MarkShape } {
  return GROUP_LOOKS[index] ?? OTHER_LOOK;
}

/** Outlines centred on (0, 0), about 11 units across, for <use> to place. */
export const SHAPE_PATHS: Record<MarkShape, string> = {
  circle: 'M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0z',
  square: 'M-4.5,-4.5h9v9h-9z',
  triangle: 'M0,-6L5.5,4H-5.5z',
  diamond: 'M0,-6L6,0L0,6L-6,0z',
  plus: 'M-2,-6h4v4h4v4h-4v4h-4v-4h-4v-4h4z',
};
