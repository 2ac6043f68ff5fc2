import { addDD, compHorner, dd, divDD, expDD, mulDD, scale2, squareSplit, twoProd } from './exact.ts';

// The error function to within 2⁻⁵⁴ before one final rounding: the Maclaurin series near 0,
// and beyond |x| = 0.75 erfc(y) = e^(−y²)·R(y) with W. J. Cody's rational approximations of R
// ("Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–638; within
// 2⁻⁵⁴ of R with the coefficients below as doubles). Every step runs in double-double (exact.ts) and
// e^(−y²) is taken of the exact y² (squareSplit), so the result is rounded once.

// R(y) ≈ C(y)/D(y) for 0.46875 < y ≤ 4: C(y) = ((C8·y + C0)·y + …)·y + C7 and D(y) = ((y + D0)·y + …)·y + D7
const C8 = 2.15311535474403846e-8;
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131,
  881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019,
  3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
// R(y) ≈ (1/√π − P(1/y²)/Q(1/y²)/y²)/y for y > 4
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const INV_SQRT_PI = 0.5641895835477563; // 1/√π = INV_SQRT_PI + INV_SQRT_PI_LO
const INV_SQRT_PI_LO = 7.66772980658294e-18;
const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/√π = TWO_OVER_SQRT_PI + TWO_OVER_SQRT_PI_LO
const TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;

/**
 * Up to this |y|, erf (and erfc = 1 − erf, and GELU's Φ) comes from the Maclaurin series: R's own 2⁻⁵⁴
 * error would otherwise dominate Φ(x) + x·φ(x) near its root x ≈ −0.7518 (y ≈ 0.53), e.g. `ERF_SERIES_MAX` → 0.75.
 */
export const ERF_SERIES_MAX = 0.75;
// erf(y) = (2/√π)·y·(1 + Σₙ cₙy²ⁿ) with cₙ = (−1)ⁿ/(n!(2n+1)): c₁ … c₃ (and the final 1) as
// double-doubles (CH, CL), the rest (n = 18 down to 4, below 2⁻⁷⁵ truncated at |y| ≤ 0.75) as doubles.
const TAIL: number[] = [];
for (let n = 18, f = 6402373705728000; n >= 4; f /= n, n--) TAIL.push((n % 2 ? -1 : 1) / (f * (2 * n + 1)));
const CH: number[] = [];
const CL: number[] = [];
for (const [n, f] of [[3, 6], [2, 2], [1, 1]]) {
  divDD(n % 2 ? -1 : 1, 0, f * (2 * n + 1), 0);
  CH.push(dd.hi);
  CL.push(dd.lo);
}
CH.push(1);
CL.push(0);

/**
 * Sets dd to erf(yh + yl) for |yh| ≤ ERF_SERIES_MAX (yl a small correction, e.g. the rounding of x/√2,
 * applied as yl·(2/√π)e^(−y²)), within 2⁻⁶⁰ relative, e.g. `(erfSmallDD(0.25, 0), dd.hi)` → 0.27632639016823696.
 */
export function erfSmallDD(yh: number, yl: number): void {
  twoProd(yh, yh);
  const s = dd.hi;
  const sl = dd.lo; // s's rounding, put back below as sl·(dΣ/ds)
  let t = TAIL[0];
  for (let i = 1; i < TAIL.length; i++) t = t * s + TAIL[i]; // at most 0.0046: its roundings shrink by y⁶
  compHorner(t, CH, CL, s); // 1 + Σ, terms alternating but falling 5-fold: no cancellation to speak of
  addDD(dd.hi, dd.lo, sl * (CH[2] + s * (2 * CH[1] + 3 * s * CH[0])), 0);
  mulDD(dd.hi, dd.lo, TWO_OVER_SQRT_PI, TWO_OVER_SQRT_PI_LO);
  mulDD(dd.hi, dd.lo, yh, 0);
  if (yl !== 0) addDD(dd.hi, dd.lo, yl * TWO_OVER_SQRT_PI * Math.exp(-s), 0);
}

/**
 * Sets dd to R(y) = e^(y²)·erfc(y) for y = yh + yl with 0.46875 < yh < 28 (yl a small correction, e.g.
 * the rounding of x/√2, applied as yl·R′(y) with R′ = 2yR − 2/√π), e.g. `(erfcRatio(5, 0), dd.hi)` → 0.11070463773306863.
 */
export function erfcRatio(yh: number, yl: number): void {
  if (yh <= 4) {
    compHorner(1, D, undefined, yh); // positive terms: no cancellation
    const dh = dd.hi;
    const dl = dd.lo;
    compHorner(C8, C, undefined, yh);
    divDD(dd.hi, dd.lo, dh, dl);
  } else {
    const s = 1 / (yh * yh); // r is below 0.018 next to 1/√π, so its own roundings are diluted 30-fold
    let num = P[5] * s;
    let den = s;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * s;
      den = (den + Q[i]) * s;
    }
    const r = (s * (num + P[4])) / (den + Q[4]);
    addDD(INV_SQRT_PI, INV_SQRT_PI_LO, -r, 0);
    divDD(dd.hi, dd.lo, yh, 0);
  }
  if (yl !== 0) addDD(dd.hi, dd.lo, yl * (2 * yh * dd.hi - TWO_OVER_SQRT_PI), 0);
}

/**
 * erfc(y) for y > 0.46875 (used beyond ERF_SERIES_MAX) as 2^k·(dd.hi + dd.lo): sets dd and returns k
 * (dd is 0 once erfc(y) is below half the smallest subnormal, y ≥ 28), e.g. `[erfcScaled(1), dd.hi]` → [-1, 0.31459841410057027]
 * (erfc(1) = 0.1572992070502851…).
 */
export function erfcScaled(y: number): number {
  if (y >= 28) {
    dd.hi = 0;
    dd.lo = 0;
    return 0;
  }
  squareSplit(y);
  const k = expDD(-dd.hi, -dd.lo);
  const eh = dd.hi;
  const el = dd.lo;
  erfcRatio(y, 0);
  mulDD(eh, el, dd.hi, dd.lo);
  return k;
}

/**
 * The error function (2/√π)∫₀ˣ e^(−t²) dt to double precision (±1 at ±∞, NaN for NaN), e.g. `erf(1)` → 0.8427007929497149
 * (the true 0.842700792949714869… to the nearest double).
 * Source: W. J. Cody (1969); values checked against Abramowitz & Stegun, Table 7.1.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= ERF_SERIES_MAX) {
    erfSmallDD(x, 0);
    return dd.hi;
  }
  if (y >= 6) return x < 0 ? -1 : 1; // erfc(6) < 2⁻⁵⁵
  const f = 2 ** erfcScaled(y);
  addDD(1, 0, -dd.hi * f, -dd.lo * f);
  return x < 0 ? -dd.hi : dd.hi;
}

/**
 * The complementary error function 1 − erf(x), accurate in the far tail down to the subnormals
 * (0 at +∞, 2 at −∞), e.g. `erfc(5)` → 1.537459794428035e-12 (the true 1.53745979442803485…e-12 to the nearest double), `erfc(27)` → 5.23705e-319
 * (a subnormal: the true 5.2370489…e-319 to the nearest multiple of 2^−1074).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= ERF_SERIES_MAX) {
    erfSmallDD(x, 0);
    addDD(1, 0, -dd.hi, -dd.lo);
    return dd.hi;
  }
  const k = erfcScaled(y);
  if (x > 0) return scale2(dd.hi, k);
  if (y >= 6) return 2;
  const f = 2 ** k;
  addDD(2, 0, -dd.hi * f, -dd.lo * f);
  return dd.hi;
}
