// Test helper: closeness with a stated tolerance, reporting both values on failure.
import assert from 'node:assert/strict';

export function assertClose(actual: number, expected: number, tol = 1e-12, what = ''): void {
  const ok = actual === expected || Math.abs(actual - expected) <= tol;
  assert.ok(ok, `${what} expected ${expected}, got ${actual} (|diff| = ${Math.abs(actual - expected)} > ${tol})`);
}

export function assertRelClose(actual: number, expected: number, rel = 1e-15, what = ''): void {
  const ok = actual === expected || Math.abs(actual - expected) <= rel * Math.abs(expected);
  assert.ok(ok, `${what} expected ${expected}, got ${actual} (relative error ${Math.abs(actual - expected) / Math.abs(expected)} > ${rel})`);
}

export function assertAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-12, what = ''): void {
  assert.equal(actual.length, expected.length, `${what} lengths differ`);
  for (let i = 0; i < expected.length; i++) assertClose(actual[i], expected[i], tol, `${what}[${i}]`);
}

/** Asserts fn throws an Error whose message contains every fragment. */
export function assertThrowsWith(fn: () => unknown, ...fragments: string[]): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof Error, 'expected an Error');
    for (const f of fragments) assert.ok(e.message.includes(f), `message ${JSON.stringify(e.message)} lacks ${JSON.stringify(f)}`);
    return true;
  });
}

/** The spacing of doubles at |x|: 2^(e−52) for a normal x in [2^e, 2^(e+1)), 2^−1074 for subnormals. */
export function ulp(x: number): number {
  const a = Math.abs(x);
  if (a < 2 ** -1022) return 2 ** -1074;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  return 2 ** (e - 52);
}
