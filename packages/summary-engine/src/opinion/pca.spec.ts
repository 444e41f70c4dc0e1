import { SeededRandom } from '../math/random.js';
import { symmetricEigen } from '../math/symmetric-eigen.js';
import { principalComponents } from './pca.js';
import type { SparseRows } from './vote-matrix.js';

/** Dense rows to compressed rows, zeros not stored (as unseen, centred cells are not). */
function sparse(rows: number[][]): SparseRows {
  const rowStart = [0];
  const colIndex: number[] = [];
  const value: number[] = [];
  for (const row of rows) {
    row.forEach((v, j) => {
      if (v !== 0) {
        colIndex.push(j);
        value.push(v);
      }
    });
    rowStart.push(colIndex.length);
  }
  return { rows: rows.length, cols: rows[0].length, rowStart: Int32Array.from(rowStart), colIndex: Int32Array.from(colIndex), value: Float64Array.from(value) };
}

const random = (): SeededRandom => new SeededRandom('0123456789abcdef0123456789abcdef');

describe('symmetricEigen', () => {
  it('diagonalises a 2 × 2 matrix with known eigenpairs', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0][0] * vectors[0][1]).toBeCloseTo(0.5, 12);
    expect(vectors[1][0] * vectors[1][1]).toBeCloseTo(-0.5, 12);
  });
});

describe('principalComponents', () => {
  // Points spread ±2 along u and ±1 along v, with u, v an orthonormal pair turned away from the axes:
  // XᵀX has eigenvalue 8 on u, 2 on v and 0 on the rest.
  const u = [0.6, 0.8, 0, 0];
  const v = [0, 0, 0.28, 0.96];
  const along = (a: number, b: number): number[] => u.map((x, i) => a * x + b * v[i]);
  const data = [along(2, 0), along(-2, 0), along(0, 1), along(0, -1)];

  it('finds the directions and variances of a known case', () => {
    const pca = principalComponents(sparse(data), 2, random());
    expect(pca.totalVariance).toBeCloseTo(10, 10);
    expect(pca.variances[0]).toBeCloseTo(8, 8);
    expect(pca.variances[1]).toBeCloseTo(2, 8);
    u.forEach((x, i) => expect(pca.components[0][i]).toBeCloseTo(x, 8));
    v.forEach((x, i) => expect(pca.components[1][i]).toBeCloseTo(x, 8));
  });

  it('works with a block narrower than four (three columns)', () => {
    const rows = [[2, 0, 0], [-2, 0, 0], [0, 0.6, 0.8], [0, -0.6, -0.8]];
    const pca = principalComponents(sparse(rows), 2, random());
    expect(pca.variances[0]).toBeCloseTo(8, 8);
    expect(pca.variances[1]).toBeCloseTo(2, 8);
    [1, 0, 0].forEach((x, i) => expect(pca.components[0][i]).toBeCloseTo(x, 8));
    [0, 0.6, 0.8].forEach((x, i) => expect(pca.components[1][i]).toBeCloseTo(x, 8));
  });

  it('gives the same components, with the same signs, from any start', () => {
    const a = principalComponents(sparse(data), 2, new SeededRandom('1'.repeat(32)));
    const b = principalComponents(sparse(data), 2, new SeededRandom('2'.repeat(32)));
    for (let c = 0; c < 2; c++) a.components[c].forEach((x, i) => expect(x).toBeCloseTo(b.components[c][i], 9));
  });

  it('agrees with the eigenvectors of the dense covariance on a random sparse matrix', () => {
    const draw = new SeededRandom('feedface'.repeat(4));
    const rows = Array.from({ length: 40 }, () => Array.from({ length: 6 }, () => (draw.next() < 0.4 ? 0 : draw.next() * 2 - 1)));
    const pca = principalComponents(sparse(rows), 2, random());
    const covariance = new Float64Array(36);
    for (const row of rows) for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) covariance[i * 6 + j] += row[i] * row[j];
    const dense = symmetricEigen(covariance, 6);
    for (let c = 0; c < 2; c++) {
      expect(pca.variances[c]).toBeCloseTo(dense.values[c], 8);
      const alignment = Math.abs(dense.vectors[c].reduce((sum, x, i) => sum + x * pca.components[c][i], 0));
      expect(alignment).toBeCloseTo(1, 8);
    }
  });

  it('returns zero components when nothing varies', () => {
    const pca = principalComponents(sparse([[0, 0, 0], [0, 0, 0]]), 2, random());
    expect(pca.totalVariance).toBe(0);
    expect([...pca.components[0], ...pca.components[1]]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
