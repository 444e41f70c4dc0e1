import type { SeededRandom } from '../math/random.js';
import { symmetricEigen } from '../math/symmetric-eigen.js';
import type { SparseRows } from './vote-matrix.js';

export interface PrincipalComponents {
  /** Unit vectors over the columns, largest variance first. */
  components: Float64Array[];
  /** Sum of squared projections on each component (the eigenvalues of XᵀX). */
  variances: number[];
  /** Sum of every squared entry: the variance all components together could explain. */
  totalVariance: number;
  iterations: number;
}

const EXTRA = 2;
const TOLERANCE = 1e-9;
/** Multiply-adds the rounds may cost in all (50 rounds are allowed whatever they cost): under a second here. */
const WORK_BUDGET = 5e8;
const MIN_ROUNDS = 50;
const MAX_ROUNDS = 1000;

/**
 * The first `count` principal components of an already centred sparse matrix, by subspace iteration on XᵀX with
 * Rayleigh–Ritz: a block of count + 2 vectors is multiplied by X then Xᵀ (one pass over the stored entries each)
 * and re-orthonormalised until every wanted Ritz pair's residual ‖XᵀXv − λv‖ is below 1e-9 λ₁. Pol.is finds its
 * components by power iteration with deflation; the block converges at the rate λ₄/λ₂ instead of λ₂/λ₁, which
 * matters when the first two components are close. Each component's sign is fixed (largest loading positive), so
 * the result does not depend on the random start once converged.
 *
 * A debate without dominant directions (everyone voting alike or at random) has near-equal leading eigenvalues and
 * converges slowly. The rounds are therefore capped (50, or more when the matrix is small enough for them to cost
 * under about 5·10⁸ multiply-adds, at most 1,000); then the Ritz vectors reached are used. They still explain as much
 * variance as the block found, and they are reproducible, because the start is drawn from the input hash.
 *
 * Blocks are stored interleaved (entry k of vector v at k · b + v), so each stored matrix entry is read once per
 * pass for all b vectors.
 */
export function principalComponents(matrix: SparseRows, count: number, random: SeededRandom): PrincipalComponents {
  const { rows, cols, value } = matrix;
  let totalVariance = 0;
  for (let e = 0; e < value.length; e++) totalVariance += value[e] * value[e];
  const wanted = Math.min(count, rows, cols);
  const pad = (components: Float64Array[], variances: number[], iterations: number): PrincipalComponents => {
    while (components.length < count) {
      components.push(new Float64Array(cols));
      variances.push(0);
    }
    return { components, variances, totalVariance, iterations };
  };
  if (wanted === 0 || totalVariance === 0) return pad([], [], 0);

  const b = Math.min(wanted + EXTRA, cols);
  const q = new Float64Array(cols * b);
  for (let i = 0; i < q.length; i++) q[i] = random.next() - 0.5;
  orthonormalise(q, cols, b, random);
  const y = new Float64Array(rows * b);
  const z = new Float64Array(cols * b);
  const h = new Float64Array(b * b);
  let ritz: Float64Array = new Float64Array(cols * b);
  let values: number[] = [];
  const maxRounds = Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Math.floor(WORK_BUDGET / (2 * b * Math.max(1, value.length)))));
  let iterations = 0;
  while (iterations < maxRounds) {
    iterations++;
    multiply(matrix, q, b, y);
    multiplyTransposed(matrix, y, b, z);
    h.fill(0);
    for (let r = 0; r < rows; r++) {
      for (let i = 0; i < b; i++) for (let j = i; j < b; j++) h[i * b + j] += y[r * b + i] * y[r * b + j];
    }
    for (let i = 0; i < b; i++) for (let j = 0; j < i; j++) h[i * b + j] = h[j * b + i];
    const eigen = symmetricEigen(h, b);
    values = eigen.values;
    ritz = rotate(q, cols, b, eigen.vectors);
    const images = rotate(z, cols, b, eigen.vectors);
    let converged = true;
    for (let i = 0; i < wanted && converged; i++) {
      let residual = 0;
      for (let k = 0; k < cols; k++) {
        const r = images[k * b + i] - values[i] * ritz[k * b + i];
        residual += r * r;
      }
      converged = Math.sqrt(residual) <= TOLERANCE * values[0];
    }
    if (converged) break;
    q.set(images);
    orthonormalise(q, cols, b, random);
  }

  const components = Array.from({ length: wanted }, (_, i) => fixSign(Float64Array.from({ length: cols }, (_, k) => ritz[k * b + i])));
  return pad(components, values.slice(0, wanted).map((v) => Math.max(0, v)), iterations);
}

/** Y = X · Q. The usual block of four has its own loop: unrolled, it runs over twice as fast. */
function multiply(matrix: SparseRows, q: Float64Array, b: number, y: Float64Array): void {
  const { rows, rowStart, colIndex, value } = matrix;
  if (b === 4) {
    for (let r = 0; r < rows; r++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const x = value[e];
        const from = colIndex[e] * 4;
        s0 += x * q[from];
        s1 += x * q[from + 1];
        s2 += x * q[from + 2];
        s3 += x * q[from + 3];
      }
      const out = r * 4;
      y[out] = s0;
      y[out + 1] = s1;
      y[out + 2] = s2;
      y[out + 3] = s3;
    }
    return;
  }
  y.fill(0);
  for (let r = 0; r < rows; r++) {
    const out = r * b;
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const x = value[e];
      const from = colIndex[e] * b;
      for (let v = 0; v < b; v++) y[out + v] += x * q[from + v];
    }
  }
}

/** Z = Xᵀ · Y. */
function multiplyTransposed(matrix: SparseRows, y: Float64Array, b: number, z: Float64Array): void {
  const { rows, rowStart, colIndex, value } = matrix;
  z.fill(0);
  if (b === 4) {
    for (let r = 0; r < rows; r++) {
      const y0 = y[r * 4];
      const y1 = y[r * 4 + 1];
      const y2 = y[r * 4 + 2];
      const y3 = y[r * 4 + 3];
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const x = value[e];
        const out = colIndex[e] * 4;
        z[out] += x * y0;
        z[out + 1] += x * y1;
        z[out + 2] += x * y2;
        z[out + 3] += x * y3;
      }
    }
    return;
  }
  for (let r = 0; r < rows; r++) {
    const from = r * b;
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const x = value[e];
      const out = colIndex[e] * b;
      for (let v = 0; v < b; v++) z[out + v] += x * y[from + v];
    }
  }
}

/** The block times a b × b rotation given by its columns (`vectors[i]` is column i). */
function rotate(block: Float64Array, length: number, b: number, vectors: Float64Array[]): Float64Array {
  const out = new Float64Array(length * b);
  for (let k = 0; k < length; k++) {
    for (let i = 0; i < b; i++) {
      let sum = 0;
      for (let j = 0; j < b; j++) sum += block[k * b + j] * vectors[i][j];
      out[k * b + i] = sum;
    }
  }
  return out;
}

/** Modified Gram–Schmidt on the block's vectors, twice (once is not enough in floating point); a vanished vector is redrawn. */
function orthonormalise(block: Float64Array, length: number, b: number, random: SeededRandom): void {
  const dotColumns = (i: number, j: number): number => {
    let sum = 0;
    for (let k = 0; k < length; k++) sum += block[k * b + i] * block[k * b + j];
    return sum;
  };
  for (let v = 0; v < b; v++) {
    for (let attempt = 0; ; attempt++) {
      const before = Math.sqrt(dotColumns(v, v));
      for (let pass = 0; pass < 2; pass++) {
        for (let u = 0; u < v; u++) {
          const projection = dotColumns(u, v);
          for (let k = 0; k < length; k++) block[k * b + v] -= projection * block[k * b + u];
        }
      }
      const norm = Math.sqrt(dotColumns(v, v));
      if (norm > 0 && norm > 1e-10 * before) {
        for (let k = 0; k < length; k++) block[k * b + v] /= norm;
        break;
      }
      if (attempt > 10) throw new Error('could not extend an orthonormal basis');
      for (let k = 0; k < length; k++) block[k * b + v] = random.next() - 0.5;
    }
  }
}

function fixSign(vector: Float64Array): Float64Array {
  let largest = 0;
  for (let k = 1; k < vector.length; k++) if (Math.abs(vector[k]) > Math.abs(vector[largest]) + 1e-12) largest = k;
  if (vector[largest] < 0) for (let k = 0; k < vector.length; k++) vector[k] = -vector[k];
  return vector;
}
