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
const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-10;

/**
 * The first `count` principal components of an already centred sparse matrix, by subspace iteration on XᵀX with
 * Rayleigh–Ritz: a block of count + 2 vectors is multiplied by X then Xᵀ (one pass over the stored entries each)
 * and re-orthonormalised until every wanted Ritz pair's residual ‖XᵀXv − λv‖ is below 1e-10 λ₁. Pol.is finds its
 * components by power iteration with deflation; the block converges at the rate λ₄/λ₂ instead of λ₂/λ₁, which
 * matters when the first two components are close. Each component's sign is fixed (largest loading positive), so
 * the result does not depend on the random start.
 */
export function principalComponents(matrix: SparseRows, count: number, random: SeededRandom): PrincipalComponents {
  const { rows, cols, value } = matrix;
  let totalVariance = 0;
  for (let e = 0; e < value.length; e++) totalVariance += value[e] * value[e];
  const wanted = Math.min(count, rows, cols);
  const zero = (): PrincipalComponents => ({
    components: Array.from({ length: count }, () => new Float64Array(cols)),
    variances: new Array<number>(count).fill(0),
    totalVariance,
    iterations: 0,
  });
  if (wanted === 0 || totalVariance === 0) return zero();

  const block = Math.min(wanted + EXTRA, cols);
  let q = orthonormalise(Array.from({ length: block }, () => randomVector(cols, random)), random);
  let ritzVectors: Float64Array[] = [];
  let ritzValues: number[] = [];
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const y = multiply(matrix, q);
    const z = multiplyTransposed(matrix, y);
    const h = new Float64Array(block * block);
    for (let i = 0; i < block; i++) for (let j = i; j < block; j++) h[i * block + j] = h[j * block + i] = dot(y[i], y[j]);
    const { values, vectors } = symmetricEigen(h, block);
    ritzValues = values;
    ritzVectors = combine(q, vectors);
    const images = combine(z, vectors);
    let converged = true;
    for (let i = 0; i < wanted && converged; i++) {
      let residual = 0;
      for (let k = 0; k < cols; k++) {
        const r = images[i][k] - values[i] * ritzVectors[i][k];
        residual += r * r;
      }
      converged = Math.sqrt(residual) <= TOLERANCE * values[0];
    }
    if (converged) break;
    q = orthonormalise(images, random);
  }

  const components = ritzVectors.slice(0, wanted).map(fixSign);
  const variances = ritzValues.slice(0, wanted).map((v) => Math.max(0, v));
  while (components.length < count) {
    components.push(new Float64Array(cols));
    variances.push(0);
  }
  return { components, variances, totalVariance, iterations: iterations + 1 };
}

/** X · Q for each column vector of the block, in one pass over the stored entries. */
function multiply(matrix: SparseRows, q: Float64Array[]): Float64Array[] {
  const { rows, rowStart, colIndex, value } = matrix;
  const b = q.length;
  const out = Array.from({ length: b }, () => new Float64Array(rows));
  for (let r = 0; r < rows; r++) {
    for (let v = 0; v < b; v++) {
      const qv = q[v];
      let sum = 0;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) sum += value[e] * qv[colIndex[e]];
      out[v][r] = sum;
    }
  }
  return out;
}

/** Xᵀ · Y. */
function multiplyTransposed(matrix: SparseRows, y: Float64Array[]): Float64Array[] {
  const { rows, cols, rowStart, colIndex, value } = matrix;
  const b = y.length;
  const out = Array.from({ length: b }, () => new Float64Array(cols));
  for (let v = 0; v < b; v++) {
    const yv = y[v];
    const ov = out[v];
    for (let r = 0; r < rows; r++) {
      const yr = yv[r];
      if (yr === 0) continue;
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) ov[colIndex[e]] += value[e] * yr;
    }
  }
  return out;
}

/** Σ_k basis[k] · coefficients[i][k] for each i. */
function combine(basis: Float64Array[], coefficients: Float64Array[]): Float64Array[] {
  const length = basis[0].length;
  return coefficients.map((c) => {
    const out = new Float64Array(length);
    for (let k = 0; k < basis.length; k++) {
      const ck = c[k];
      const bk = basis[k];
      for (let x = 0; x < length; x++) out[x] += ck * bk[x];
    }
    return out;
  });
}

/** Modified Gram–Schmidt, twice (once is not enough in floating point); a vector that vanishes is redrawn. */
function orthonormalise(vectors: Float64Array[], random: SeededRandom): Float64Array[] {
  const out: Float64Array[] = [];
  for (const original of vectors) {
    let v: Float64Array = Float64Array.from(original);
    for (let attempt = 0; ; attempt++) {
      const before = Math.sqrt(dot(v, v));
      for (let pass = 0; pass < 2; pass++) for (const u of out) axpy(-dot(u, v), u, v);
      const norm = Math.sqrt(dot(v, v));
      if (norm > 1e-10 * before && norm > 0) {
        for (let k = 0; k < v.length; k++) v[k] /= norm;
        break;
      }
      if (attempt > 10) throw new Error('could not extend an orthonormal basis');
      v = randomVector(v.length, random);
    }
    out.push(v);
  }
  return out;
}

function randomVector(length: number, random: SeededRandom): Float64Array {
  const v = new Float64Array(length);
  for (let k = 0; k < length; k++) v[k] = random.next() - 0.5;
  return v;
}

function fixSign(vector: Float64Array): Float64Array {
  let largest = 0;
  for (let k = 1; k < vector.length; k++) if (Math.abs(vector[k]) > Math.abs(vector[largest]) + 1e-12) largest = k;
  if (vector[largest] < 0) for (let k = 0; k < vector.length; k++) vector[k] = -vector[k];
  return vector;
}

export function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let k = 0; k < y.length; k++) y[k] += alpha * x[k];
}
