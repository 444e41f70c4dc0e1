/**
 * Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985): 1 for the same partition whatever
 * the label names, about 0 for a labelling no better than chance. Items are matched by position.
 */
export function adjustedRandIndex(truth: readonly (number | string)[], found: readonly (number | string)[]): number {
  if (truth.length !== found.length) throw new Error('both labellings must cover the same items');
  const n = truth.length;
  const cells = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const cell = JSON.stringify([truth[i], found[i]]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(truth[i], (rows.get(truth[i]) ?? 0) + 1);
    cols.set(found[i], (cols.get(found[i]) ?? 0) + 1);
  }
  const pairs = (m: number): number => (m * (m - 1)) / 2;
  const sum = (counts: Iterable<number>): number => [...counts].reduce((total, m) => total + pairs(m), 0);
  const index = sum(cells.values());
  const rowPairs = sum(rows.values());
  const colPairs = sum(cols.values());
  const expected = (rowPairs * colPairs) / pairs(n);
  const maximum = (rowPairs + colPairs) / 2;
  // Both labellings put everything in one cluster (or each item alone): they agree perfectly.
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

/** Precision and recall of `found` against `planted`. */
export function precisionRecall(planted: readonly string[], found: readonly string[]): { precision: number; recall: number } {
  const truth = new Set(planted);
  const hits = found.filter((id) => truth.has(id)).length;
  return { precision: found.length === 0 ? 1 : hits / found.length, recall: planted.length === 0 ? 1 : hits / planted.length };
}
