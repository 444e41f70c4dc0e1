import type { PlanePoints } from './kmeans.js';
import { weightOf } from './kmeans.js';

/**
 * Mean silhouette of a clustering, exact, in O(n²) distances. A point of weight w stands for w people at the same
 * place: its own cluster's other members include its w − 1 copies at distance 0. A person alone in a cluster
 * scores 0 (Rousseeuw's convention). The mean is weighted by people, so a base cluster of 200 counts as 200.
 */
export function silhouette(points: PlanePoints, labels: Int32Array, k: number): number {
  const n = points.x.length;
  const { x, y } = points;
  const sums = new Float64Array(n * k);
  const mass = new Float64Array(k);
  for (let i = 0; i < n; i++) mass[labels[i]] += weightOf(points, i);
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const yi = y[i];
    const wi = weightOf(points, i);
    const li = labels[i];
    const rowI = i * k;
    for (let j = i + 1; j < n; j++) {
      const dx = xi - x[j];
      const dy = yi - y[j];
      const d = Math.sqrt(dx * dx + dy * dy);
      sums[rowI + labels[j]] += weightOf(points, j) * d;
      sums[j * k + li] += wi * d;
    }
  }
  let total = 0;
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    const wi = weightOf(points, i);
    const own = labels[i];
    totalWeight += wi;
    if (mass[own] - 1 <= 0) continue;
    const a = sums[i * k + own] / (mass[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && mass[c] > 0) b = Math.min(b, sums[i * k + c] / mass[c]);
    if (b === Infinity) continue;
    const spread = Math.max(a, b);
    if (spread > 0) total += wi * ((b - a) / spread);
  }
  return totalWeight > 0 ? total / totalWeight : 0;
}
