import { SeededRandom } from '../math/random.js';
import { adjustedRandIndex } from '../testing/agreement.js';
import { kMeans } from './kmeans.js';
import type { PlanePoints } from './kmeans.js';
import { silhouette } from './silhouette.js';

function blobs(centres: Array<[number, number]>, perBlob: number, spread: number): { points: PlanePoints; truth: number[] } {
  const draw = new SeededRandom('a'.repeat(32));
  const x: number[] = [];
  const y: number[] = [];
  const truth: number[] = [];
  centres.forEach(([cx, cy], c) => {
    for (let i = 0; i < perBlob; i++) {
      x.push(cx + (draw.next() - 0.5) * spread);
      y.push(cy + (draw.next() - 0.5) * spread);
      truth.push(c);
    }
  });
  return { points: { x: Float64Array.from(x), y: Float64Array.from(y) }, truth };
}

describe('kMeans', () => {
  const { points, truth } = blobs([[0, 0], [10, 0], [5, 8]], 30, 2);

  it('separates well-separated blobs exactly', () => {
    const clustering = kMeans(points, 3, new SeededRandom('b'.repeat(32)), 4);
    expect(adjustedRandIndex(truth, [...clustering.labels])).toBe(1);
  });

  it('gives the same clustering for the same seed', () => {
    const a = kMeans(points, 3, new SeededRandom('c'.repeat(32)), 4);
    const b = kMeans(points, 3, new SeededRandom('c'.repeat(32)), 4);
    expect([...a.labels]).toEqual([...b.labels]);
    expect(a.inertia).toBe(b.inertia);
  });

  it('counts a weighted point as that many people', () => {
    // Two heavy points and one light one: the centre of {0, 1} must sit at the weighted mean.
    const weighted = { x: Float64Array.from([0, 1, 100]), y: Float64Array.from([0, 0, 0]), weight: Float64Array.from([3, 1, 1]) };
    const clustering = kMeans(weighted, 2, new SeededRandom('d'.repeat(32)), 3);
    const near = clustering.labels[0];
    expect(clustering.centreX[near]).toBeCloseTo(0.25, 12);
  });
});

describe('silhouette', () => {
  it('matches a hand computation on a line', () => {
    // Clusters {0, 1} and {10, 11}: a = 1 for every point; b = 10.5, 9.5, 9.5, 10.5.
    const points = { x: Float64Array.from([0, 1, 10, 11]), y: new Float64Array(4) };
    const expected = (9.5 / 10.5 + 8.5 / 9.5 + 8.5 / 9.5 + 9.5 / 10.5) / 4;
    expect(silhouette(points, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(expected, 12);
  });

  it('is near 1 for separable blobs and lower for a wrong split', () => {
    const { points, truth } = blobs([[0, 0], [20, 0]], 25, 2);
    expect(silhouette(points, Int32Array.from(truth), 2)).toBeGreaterThan(0.85);
    const wrong = Int32Array.from(truth.map((_, i) => i % 2));
    expect(silhouette(points, wrong, 2)).toBeLessThan(0.1);
  });

  it('gives a weighted point the same silhouette as its copies', () => {
    const copies = { x: Float64Array.from([0, 0, 0, 1, 9, 10]), y: new Float64Array(6) };
    const weighted = { x: Float64Array.from([0, 1, 9, 10]), y: new Float64Array(4), weight: Float64Array.from([3, 1, 1, 1]) };
    expect(silhouette(weighted, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(silhouette(copies, Int32Array.from([0, 0, 0, 0, 1, 1]), 2), 12);
  });

  it('scores a person alone in a group 0', () => {
    const points = { x: Float64Array.from([0, 5, 6]), y: new Float64Array(3) };
    // The pair {5, 6}: a = 1, b = 5 and 6.
    const pair = (5 - 1) / 5 + (6 - 1) / 6;
    expect(silhouette(points, Int32Array.from([0, 1, 1]), 2)).toBeCloseTo((0 + pair) / 3, 12);
  });
});
