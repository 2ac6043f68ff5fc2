// Error-free transformations (Dekker 1971, "A floating-point technique for extending the available
// precision", Numer. Math. 18; Knuth's TwoSum): a + b and a·b as an unevaluated sum hi + lo of two
// doubles. The activations use them where one rounding would be magnified, e.g. inside exp(2u).
// Results go to the two registers below instead of a new array, so hot loops allocate nothing.

/** The last result of twoSum/twoProd/squareSplit: value = hi + lo exactly, e.g. `(twoSum(1, 1e-20), [dd.hi, dd.lo])` → [1, 1e-20]. */
export const dd = { hi: 0, lo: 0 };

const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's split into two 26-bit halves

/** Sets dd to a + b exactly (Knuth's TwoSum), e.g. `(twoSum(0.1, 0.2), [dd.hi, dd.lo])` → [0.30000000000000004, -2.7755575615628914e-17]. */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  dd.lo = (a - (s - bb)) + (b - bb);
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
