// Error-free transformations (Dekker 1971, "A floating-point technique for extending the available
// precision", Numer. Math. 18; Knuth's TwoSum): a + b and a·b as an unevaluated sum hi + lo of two
// doubles. The activations use them where one rounding would be magnified, e.g. inside exp(2u).
// Results go to the two registers below instead of a new array, so hot loops allocate nothing.

/** The last result of twoSum/twoProd/squareSplit: value = hi + lo exactly, e.g. `(twoSum(1, 1e-20), [dd.hi, dd.lo])` → [1, 1e-20]. */
export const dd = { hi: 0, lo: 0 };

const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's split into two 26-bit halves

/**
 * Sets dd to a + b exactly (Knuth's TwoSum), e.g. `(twoSum(0.1, 0.2), [dd.hi, dd.lo])` → [0.30000000000000004, -2.7755575615628914e-17].
 * Where a + b is not finite (an overflow such as 1e308 + 1e308, or an infinite a or b) there is no
 * exact error: hi is the rounded sum (±∞ or NaN) and lo is 0, never the NaN that ∞ − ∞ would give,
 * e.g. `(twoSum(-1e308, -1e308), [dd.hi, dd.lo])` → [-Infinity, 0].
 */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  const lo = (a - (s - bb)) + (b - bb);
  dd.lo = lo === lo ? lo : 0; // NaN only when s is not finite
  dd.hi = s;
}

/** Sets dd to a·b exactly for |a|, |b| < 1e300 (Dekker's product), e.g. `(twoProd(3, 0.1), [dd.hi, dd.lo])` → [0.30000000000000004, -2.7755575615628914e-17]. */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  dd.lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  dd.hi = p;
}

/**
 * Sets dd to x² as hi + lo with hi the exact square of x's leading 26 bits (so exp(−hi) has an exact
 * argument) and lo a small correction with relative error ≤ 2⁻⁵², for |x| < 1e150, e.g. `(squareSplit(3), [dd.hi, dd.lo])` → [9, 0].
 */
export function squareSplit(x: number): void {
  const c = SPLITTER * x;
  const h = c - (c - x);
  dd.hi = h * h;
  dd.lo = (x - h) * (x + h);
}

/** 2^600 and 2^−600: exponentials that would underflow are computed 2^600 times larger and scaled back once, so a subnormal result is rounded once. */
export const UP = 2 ** 600;
export const DOWN = 2 ** -600;

/** e^a·2^600 for −1490 < a < −700 without underflow (e^(a/2) twice, a/2 exact), e.g. `expUp(-745) * DOWN` → 5e-324. */
export function expUp(a: number): number {
  const h = Math.exp(0.5 * a);
  return h * UP * h;
}

// Double-double arithmetic on values hi + lo (|lo| ≤ ulp(hi)/2), after Dekker (1971) and Bailey's QD
// library: each result goes to dd with about 2⁻¹⁰⁰ relative error, so a chain of them rounded once at the
// end is within half an ulp plus a trace. The slower activations (GELU, the derivatives) use them.

// Sets dd to s + e renormalised, for |e| small next to s (Dekker's fast two-sum).
function renorm(s: number, e: number): void {
  const h = s + e;
  dd.lo = e - (h - s);
  dd.hi = h;
}

/** Sets dd to (ah + al) + (bh + bl), e.g. `(addDD(1, 1e-20, 2, 0), [dd.hi, dd.lo])` → [3, 1e-20]. */
export function addDD(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  renorm(dd.hi, dd.lo + al + bl);
}

/** Sets dd to (ah + al)(bh + bl), e.g. `(mulDD(0.1, 0, 3, 0), [dd.hi, dd.lo])` → [0.30000000000000004, -2.7755575615628914e-17]. */
export function mulDD(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  renorm(dd.hi, dd.lo + (ah * bl + al * bh));
}

/** Sets dd to (ah + al)/(bh + bl), e.g. `(divDD(1, 0, 3, 0), [dd.hi, dd.lo])` → [0.3333333333333333, 1.850371707708594e-17]. */
export function divDD(ah: number, al: number, bh: number, bl: number): void {
  const q = ah / bh;
  mulDD(q, 0, bh, bl);
  const r = ((ah - dd.hi) - dd.lo + al) / bh; // ah − q·bh is exact up to dd.lo (q·bh ≈ ah)
  renorm(q, r);
}

// ln 2 as LN2_HI + LN2_LO, LN2_HI with 32 significant bits so k·LN2_HI is exact for |k| < 2^21 (fdlibm).
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
// 1/n! for n = 15 down to 3: exp(r) = 1 + r + r²(1/2 + r·(1/3! + r/4! + …)), |r| ≤ 0.35, truncated below 2⁻⁶⁸.
const INV_FACT = [
  1 / 1307674368000, 1 / 87178291200, 1 / 6227020800, 1 / 479001600, 1 / 39916800, 1 / 3628800,
  1 / 362880, 1 / 40320, 1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6,
];

/**
 * e^(a + b) as 2^k·(dd.hi + dd.lo), for −1500 < a < 710 and |b| ≤ 1e-10: sets dd to the mantissa
 * (within 2⁻⁵⁸ relative, between 0.7 and 1.5) and returns k, so a product of it with other terms
 * can be rounded once and scaled by scale2(…, k) after, e.g. `[expDD(1, 0), dd.hi, dd.lo]` → [1, 1.3591409142295225, 7.208200898018856e-17] (e = 2·1.35914…).
 * Source: Cody & Waite argument reduction r = a + b − k·ln 2, Taylor series for e^r (Muller,
 * "Elementary Functions", 2016, ch. 11).
 */
export function expDD(a: number, b: number): number {
  const k = Math.round(a / Math.LN2);
  twoSum(a - k * LN2_HI, b - k * LN2_LO); // a − k·LN2_HI is exact (Sterbenz)
  const rh = dd.hi;
  const rl = dd.lo;
  let p = INV_FACT[0];
  for (let i = 1; i < 13; i++) p = p * rh + INV_FACT[i];
  twoSum(0.5, rh * p); // 1/2 + r/6 + …
  const hh = dd.hi;
  const hl = dd.lo;
  twoProd(rh, rh);
  mulDD(dd.hi, dd.lo + 2 * rh * rl, hh, hl); // r²(1/2 + …)
  const ml = dd.lo;
  twoSum(rh, dd.hi);
  const sl = dd.lo + rl + ml;
  twoSum(1, dd.hi);
  renorm(dd.hi, dd.lo + sl);
  return k;
}

/** v·2^k rounded once, also where the result is subnormal (−2000 < k < 1024 and v normal), e.g. `scale2(3, -1074)` → 1.5e-323. */
export function scale2(v: number, k: number): number {
  return k < -1022 ? v * 2 ** (k + 600) * DOWN : v * 2 ** k;
}

/**
 * Sets dd to (…((s0·y + hi[0] + lo[0])·y + hi[1] + lo[1])…)·y + hi[n−1] + lo[n−1] by compensated Horner
 * (Graillat, Langlois & Louvet 2005): doubles carrying each step's exact rounding error, as accurate
 * as double-double Horner at a third of the cost when the terms do not cancel (lo may be omitted: all 0),
 * e.g. `(compHorner(1, [0.1, 0.2], undefined, 3), [dd.hi, dd.lo])` → [9.5, 2.7755575615628914e-17] ((3 + 0.1)·3 + 0.2 with
 * 0.1 and 0.2 as the doubles nearest them).
 */
export function compHorner(s0: number, hi: readonly number[], lo: readonly number[] | undefined, y: number): void {
  let t = SPLITTER * y;
  const yh = t - (t - y);
  const yl = y - yh;
  let s = s0;
  let c = 0;
  for (let i = 0; i < hi.length; i++) {
    const p = s * y;
    t = SPLITTER * s;
    const sh = t - (t - s);
    const sl = s - sh;
    const pe = ((sh * yh - p) + sh * yl + sl * yh) + sl * yl;
    const a = hi[i];
    const z = p + a;
    const bb = z - p;
    c = c * y + (pe + ((p - (z - bb)) + (a - bb)) + (lo === undefined ? 0 : lo[i]));
    s = z;
  }
  renorm(s, c);
}
