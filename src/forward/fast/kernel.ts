// The one hot loop of the library: C = A·Bᵀ (+ bias), written as register-tiled dot products.
// V8 does not vectorise the textbook i-k-j loop; 4 rows of A against 4 rows of B, each pair a
// dot product kept in a register, reuses every load 4 times and runs about 4x faster.

/**
 * Writes C[i][j] = bias[j] + Σₚ A[i][p]·B[j][p] for row-major A [n][k], B [m][k], C [n][m];
 * e.g. with A = a batch X and B = W [out][in] it computes X·Wᵀ + b, one sample per row.
 */
export function gemmNT(
  A: Float64Array, n: number, k: number,
  B: Float64Array, m: number,
  C: Float64Array,
  bias: Float64Array | null,
): void {
  const n4 = n - (n % 4);
  const m4 = m - (m % 4);
  for (let i = 0; i < n4; i += 4) {
    const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
    const c0 = i * m, c1 = c0 + m, c2 = c1 + m, c3 = c2 + m;
    for (let j = 0; j < m4; j += 4) {
      const b0 = j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let p = 0; p < k; p++) {
        const x0 = A[a0 + p], x1 = A[a1 + p], x2 = A[a2 + p], x3 = A[a3 + p];
        const w0 = B[b0 + p], w1 = B[b1 + p], w2 = B[b2 + p], w3 = B[b3 + p];
        s00 += x0 * w0; s01 += x0 * w1; s02 += x0 * w2; s03 += x0 * w3;
        s10 += x1 * w0; s11 += x1 * w1; s12 += x1 * w2; s13 += x1 * w3;
        s20 += x2 * w0; s21 += x2 * w1; s22 += x2 * w2; s23 += x2 * w3;
        s30 += x3 * w0; s31 += x3 * w1; s32 += x3 * w2; s33 += x3 * w3;
      }
      const d0 = bias ? bias[j] : 0, d1 = bias ? bias[j + 1] : 0;
      const d2 = bias ? bias[j + 2] : 0, d3 = bias ? bias[j + 3] : 0;
      C[c0 + j] = s00 + d0; C[c0 + j + 1] = s01 + d1; C[c0 + j + 2] = s02 + d2; C[c0 + j + 3] = s03 + d3;
      C[c1 + j] = s10 + d0; C[c1 + j + 1] = s11 + d1; C[c1 + j + 2] = s12 + d2; C[c1 + j + 3] = s13 + d3;
      C[c2 + j] = s20 + d0; C[c2 + j + 1] = s21 + d1; C[c2 + j + 2] = s22 + d2; C[c2 + j + 3] = s23 + d3;
      C[c3 + j] = s30 + d0; C[c3 + j + 1] = s31 + d1; C[c3 + j + 2] = s32 + d2; C[c3 + j + 3] = s33 + d3;
    }
    for (let j = m4; j < m; j++) {
      const b0 = j * k;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let p = 0; p < k; p++) {
        const w = B[b0 + p];
        s0 += A[a0 + p] * w; s1 += A[a1 + p] * w; s2 += A[a2 + p] * w; s3 += A[a3 + p] * w;
      }
      const d = bias ? bias[j] : 0;
      C[c0 + j] = s0 + d; C[c1 + j] = s1 + d; C[c2 + j] = s2 + d; C[c3 + j] = s3 + d;
    }
  }
  for (let i = n4; i < n; i++) {
    gemvRow(A, i * k, k, B, m, C, i * m, bias);
  }
}

/**
 * Writes y[off + j] = bias[j] + Σₚ x[xOff + p]·B[j][p] for B [m][k]: one sample through one layer,
 * e.g. `gemvRow(x, 0, 2, W.data, 2, z, 0, b)` is z = W·x + b; four rows of W at a time.
 */
export function gemvRow(
  x: Float64Array, xOff: number, k: number,
  B: Float64Array, m: number,
  y: Float64Array, yOff: number,
  bias: Float64Array | null,
): void {
  const m4 = m - (m % 4);
  for (let j = 0; j < m4; j += 4) {
    const b0 = j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let p = 0; p < k; p++) {
      const v = x[xOff + p];
      s0 += v * B[b0 + p]; s1 += v * B[b1 + p]; s2 += v * B[b2 + p]; s3 += v * B[b3 + p];
    }
    y[yOff + j] = s0 + (bias ? bias[j] : 0);
    y[yOff + j + 1] = s1 + (bias ? bias[j + 1] : 0);
    y[yOff + j + 2] = s2 + (bias ? bias[j + 2] : 0);
    y[yOff + j + 3] = s3 + (bias ? bias[j + 3] : 0);
  }
  for (let j = m4; j < m; j++) {
    const b0 = j * k;
    let s = 0;
    for (let p = 0; p < k; p++) s += x[xOff + p] * B[b0 + p];
    y[yOff + j] = s + (bias ? bias[j] : 0);
  }
}
