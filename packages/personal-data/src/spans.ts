/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Spans sorted by start, overlapping or touching ones merged into one. */
export function unionOfSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Keeps the earliest of overlapping spans (the longest when two start together), so results never overlap. */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let end = 0;
  for (const span of sorted) {
    if (span.start < end) continue;
    kept.push(span);
    end = span.end;
  }
  return kept;
}

/** Finds which of a sorted list of disjoint spans holds an offset, by binary search. */
export class SpanIndex {
  constructor(private readonly spans: readonly Span[]) {}

  /** The span containing `offset`, if any. */
  containing(offset: number): Span | undefined {
    let low = 0;
    let high = this.spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const span = this.spans[middle];
      if (offset < span.start) high = middle - 1;
      else if (offset >= span.end) low = middle + 1;
      else return span;
    }
    return undefined;
  }
}
