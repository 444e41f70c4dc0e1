import type { SeededRandom } from '../math/random.js';

/** Points in the plane (the opinion map), each standing for `weight` people (1 when not given). */
export interface PlanePoints {
  x: Float64Array;
  y: Float64Array;
  weight?: Float64Array;
}

export interface Clustering {
  k: number;
  labels: Int32Array;
  centreX: Float64Array;
  centreY: Float64Array;
  /** Weighted sum of squared distances to the assigned centre. */
  inertia: number;
}

const MAX_ITERATIONS = 100;

/**
 * Weighted k-means (Lloyd), started by k-means++ from the seeded generator, best of `restarts` runs by inertia.
 * Pol.is starts from the first k distinct points; k-means++ does better on unequal groups and stays reproducible
 * because the generator's seed comes from the data. Ties go to the lower index throughout.
 */
export function kMeans(points: PlanePoints, k: number, random: SeededRandom, restarts: number, maxIterations = MAX_ITERATIONS): Clustering {
  let best: Clustering | undefined;
  for (let run = 0; run < restarts; run++) {
    const result = lloyd(points, seedCentres(points, k, random), maxIterations);
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best!;
}

/** Lloyd iterations from the given centres until no point changes cluster (or `maxIterations`). */
export function lloyd(points: PlanePoints, start: { x: Float64Array; y: Float64Array }, maxIterations = MAX_ITERATIONS): Clustering {
  const n = points.x.length;
  const k = start.x.length;
  const centreX = Float64Array.from(start.x);
  const centreY = Float64Array.from(start.y);
  const labels = new Int32Array(n).fill(-1);
  const distance = new Float64Array(n);
  const sumX = new Float64Array(k);
  const sumY = new Float64Array(k);
  const mass = new Float64Array(k);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let nearest = 0;
      let nearestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        const dx = points.x[i] - centreX[c];
        const dy = points.y[i] - centreY[c];
        const d = dx * dx + dy * dy;
        if (d < nearestDistance) {
          nearestDistance = d;
          nearest = c;
        }
      }
      distance[i] = nearestDistance;
      if (labels[i] !== nearest) {
        labels[i] = nearest;
        changed = true;
      }
    }
    if (!changed && iteration > 0) break;
    sumX.fill(0);
    sumY.fill(0);
    mass.fill(0);
    for (let i = 0; i < n; i++) {
      const w = weightOf(points, i);
      sumX[labels[i]] += w * points.x[i];
      sumY[labels[i]] += w * points.y[i];
      mass[labels[i]] += w;
    }
    for (let c = 0; c < k; c++) {
      if (mass[c] > 0) {
        centreX[c] = sumX[c] / mass[c];
        centreY[c] = sumY[c] / mass[c];
        continue;
      }
      // An emptied cluster restarts at the point worst served by its centre.
      let far = 0;
      for (let i = 1; i < n; i++) if (weightOf(points, i) * distance[i] > weightOf(points, far) * distance[far]) far = i;
      centreX[c] = points.x[far];
      centreY[c] = points.y[far];
      distance[far] = 0;
      changed = true;
    }
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const dx = points.x[i] - centreX[labels[i]];
    const dy = points.y[i] - centreY[labels[i]];
    inertia += weightOf(points, i) * (dx * dx + dy * dy);
  }
  return { k, labels, centreX, centreY, inertia };
}

/** k-means++: each next centre drawn with probability proportional to weight × squared distance to the nearest. */
function seedCentres(points: PlanePoints, k: number, random: SeededRandom): { x: Float64Array; y: Float64Array } {
  const n = points.x.length;
  const x = new Float64Array(k);
  const y = new Float64Array(k);
  const nearest = new Float64Array(n).fill(Infinity);
  const chances = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      chances[i] = weightOf(points, i) * (c === 0 ? 1 : nearest[i]);
      total += chances[i];
    }
    let chosen = 0;
    if (total > 0) {
      let target = random.next() * total;
      chosen = n - 1;
      for (let i = 0; i < n; i++) {
        target -= chances[i];
        if (target < 0 && chances[i] > 0) {
          chosen = i;
          break;
        }
      }
    }
    x[c] = points.x[chosen];
    y[c] = points.y[chosen];
    for (let i = 0; i < n; i++) {
      const dx = points.x[i] - x[c];
      const dy = points.y[i] - y[c];
      nearest[i] = Math.min(nearest[i], dx * dx + dy * dy);
    }
  }
  return { x, y };
}

export function weightOf(points: PlanePoints, i: number): number {
  return points.weight ? points.weight[i] : 1;
}
