import { dd, DOWN, expUp, squareSplit } from './exact.ts';

// The error function after W. J. Cody, "Rational Chebyshev approximations for the error function",
// Math. Comp. 23 (1969) 631–638: three rational approximations, each near-minimax on its interval.

// erf(x) ≈ x·A(x²)/B(x²) for |x| ≤ 0.46875
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
// erfc(x) ≈ exp(−x²)·C(x)/D(x) for 0.46875 < x ≤ 4
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131,
  881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019,
  3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
// erfc(x) ≈ exp(−x²)/x·(1/√π − P(1/x²)/Q(1/x²)/x²) for x > 4
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const INV_SQRT_PI = 0.56418958354775628695;

// exp(−(q + dq))·2^600 when q > 700 (the caller scales back once), else exp(−(q + dq)); q must be exact.
function expNeg(q: number, dq: number): number {
  return (q > 700 ? expUp(-q) : Math.exp(-q)) * Math.exp(-dq);
}

/**
 * erfc(y) for 0.46875 < y < 28, given y² = q + dq with q exact (see squareSplit): the result is
 * 2^600 times larger when q > 700, so a subnormal erfc(y) is rounded only once, by the caller.
 * Taking y² from the caller lets GELU pass the exact x²/2 instead of the rounded (x/√2)².
 */
export function erfcTail(y: number, q: number, dq: number): number {
  const e = expNeg(q, dq);
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    return e * ((num + C[7]) / (den + D[7]));
  }
  const s = 1 / (y * y);
  let num = P[5] * s;
  let den = s;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * s;
    den = (den + Q[i]) * s;
  }
  const r = (s * (num + P[4])) / (den + Q[4]);
  return (e * (INV_SQRT_PI - r)) / y;
}

/** erf(x) for |x| ≤ 0.46875, where no exponential is needed, e.g. `erfSmall(0)` → 0. */
export function erfSmall(x: number): number {
  const s = x * x;
  let num = A[4] * s;
  let den = s;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * s;
    den = (den + B[i]) * s;
  }
  return (x * (num + A[3])) / (den + B[3]);
}

/** erfc(y) for y > 0.46875, 0 once it is below half the smallest subnormal (y ≥ 27.3). */
function erfcPositive(y: number): number {
  if (y >= 28) return 0;
  squareSplit(y);
  const q = dd.hi;
  const r = erfcTail(y, q, dd.lo);
  return q > 700 ? r * DOWN : r;
}

/**
 * The error function (2/√π)∫₀ˣ e^(−t²) dt to double precision (±1 at ±∞, NaN for NaN), e.g. `erf(1)` → 0.8427007929497148
 * (the true 0.842700792949714869… lies 0.7 ulp away).
 * Source: W. J. Cody (1969); values checked against Abramowitz & Stegun, Table 7.1.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) return erfSmall(x);
  const r = 0.5 - erfcPositive(y) + 0.5;
  return x < 0 ? -r : r;
}

/**
 * The complementary error function 1 − erf(x), accurate in the far tail down to the subnormals
 * (0 at +∞, 2 at −∞), e.g. `erfc(5)` → 1.5374597944280347e-12 (true 1.53745979442803485…e-12), `erfc(27)` → 5.23705e-319
 * (a subnormal: the true 5.2370489…e-319 to the nearest multiple of 2^−1074).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) return 1 - erfSmall(x);
  const r = erfcPositive(y);
  return x < 0 ? 2 - r : r;
}
