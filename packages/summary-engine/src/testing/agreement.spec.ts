import { adjustedRandIndex, precisionRecall } from './agreement.js';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], ['B', 'B', 'C', 'C', 'A', 'A'])).toBe(1);
  });

  it('matches the published value for a small contingency table', () => {
    // Pairs together in both: 2; expected by chance: 6 · 3 / 15 = 1.2; maximum: (6 + 3) / 2 = 4.5.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.242424, 5);
  });

  it('is negative when the labelling splits every true pair', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 10);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow('same items');
  });
});

describe('precisionRecall', () => {
  it('counts hits against both sides', () => {
    expect(precisionRecall(['a', 'b', 'c', 'd'], ['a', 'b', 'x'])).toEqual({ precision: 2 / 3, recall: 0.5 });
  });
});
