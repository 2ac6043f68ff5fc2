import { describe, fail, failType } from './check.ts';

/** Options of formatNumber: `trim: false` keeps trailing zeros ("0.4000"); the default trims them ("0.4"). */
export interface FormatOptions {
  trim?: boolean;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * The one way the site shows a number. Integers up to 2^53 are shown exactly, every digit
 * (`formatNumber(109386)` → "109386"). Other numbers get `digits` significant digits: fixed notation
 * when 0.001 ≤ |x| < 1e6 and rounding only drops digits after the decimal point, exponent form
 * otherwise, so a rounded number never looks exact: `formatNumber(123456.7)` → "1.235e5", never "123500".
 * ASCII '-', "0" for −0, 'NaN', '∞', '−∞' for non-finite values, correct for every digit count
 * (the digits are those of x.toPrecision(digits)), e.g. `formatNumber(0.598687660112452)` → "0.5987",
 * `formatNumber(1.234e-7, 3)` → "1.23e-7", `formatNumber(99999.99999999999, 16)` → "99999.99999999999".
 * Throws TypeError for a non-number x, RangeError for digits not an integer in [1, 17].
 */
export function formatNumber(x: number, digits = 4, options: FormatOptions = {}): string {
  if (typeof x !== 'number') failType('formatNumber', 'x', 'a number', describe(x));
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) (typeof digits === 'number' ? fail : failType)('formatNumber', 'digits', 'an integer in [1, 17]', describe(digits));
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  const trim = options.trim ?? true;
  if (Number.isInteger(x) && Math.abs(x) >= 10 ** digits && Math.abs(x) <= 2 ** 53) return String(x); // all its digits
  if (x === 0) return '0'; // also −0
  // x rounded to `digits` significant digits d.ddd…·10^e, read from one correctly rounded string: the
  // decimal exponent e is the rounded value's own (Math.log10 of a value just below a power of ten
  // can round up to the next integer), and x is never rounded twice.
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  const e = Number(exponent);
  if (e >= -3 && e <= 5 && e + 1 <= digits) { // 0.001 ≤ |r| < 1e6, only digits after the point dropped
    const sign = mantissa.startsWith('-') ? '-' : '';
    const ds = mantissa.replace(/^-/, '').replace('.', ''); // the `digits` significant digits
    const s = e >= 0
      ? (e + 1 < ds.length ? `${ds.slice(0, e + 1)}.${ds.slice(e + 1)}` : ds)
      : `0.${'0'.repeat(-e - 1)}${ds}`;
    return sign + (trim ? trimZeros(s) : s);
  }
  return `${trim ? trimZeros(mantissa) : mantissa}e${exponent.replace('+', '')}`;
}

/**
 * An error measure shown honestly: 0 when `err` is within `tol` of zero (rounding, not a real
 * error), with the tolerance stated, else formatNumber(err, digits). `tol` defaults to 64 ulp of
 * `scale` (the size of the values compared, 1 by default), e.g. `formatError(5.551115123125783e-16)` →
 * { text: "0", zero: true, tolerance: "1.421e-14" }, `formatError(0.0123)` → { text: "0.0123", zero: false, tolerance: "1.421e-14" }.
 */
export function formatError(err: number, options: { scale?: number; tol?: number; digits?: number } = {}): { text: string; zero: boolean; tolerance: string } {
  if (typeof err !== 'number') failType('formatError', 'err', 'a number', describe(err));
  const scale = options.scale ?? 1;
  if (typeof scale !== 'number' || !Number.isFinite(scale)) (typeof scale === 'number' ? fail : failType)('formatError', 'options.scale', 'a finite number', describe(scale));
  const tol = options.tol ?? 64 * Number.EPSILON * Math.max(Math.abs(scale), Number.MIN_VALUE);
  if (typeof tol !== 'number' || !(tol >= 0) || !Number.isFinite(tol)) (typeof tol === 'number' ? fail : failType)('formatError', 'options.tol', 'a finite number ≥ 0', describe(tol));
  const digits = options.digits ?? 4;
  const zero = Math.abs(err) <= tol;
  return { text: zero ? '0' : formatNumber(err, digits), zero, tolerance: formatNumber(tol, digits) };
}

/** A vector as "[a, b, …]" with formatNumber on each entry, e.g. `formatVector([0.5, -0.15])` → "[0.5, -0.15]". */
export function formatVector(v: ArrayLike<number>, digits = 4, options: FormatOptions = {}): string {
  if (v === null || typeof v !== 'object' || typeof v.length !== 'number') failType('formatVector', 'v', 'an array of numbers', describe(v));
  const parts: string[] = [];
  for (let i = 0; i < v.length; i++) parts.push(formatNumber(v[i], digits, options));
  return `[${parts.join(', ')}]`;
}

/** A matrix (nested rows) as "[[a, b], [c, d]]", e.g. `formatMatrix([[0.2, 0.4], [0.3, -0.5]])` → "[[0.2, 0.4], [0.3, -0.5]]". */
export function formatMatrix(rows: ArrayLike<ArrayLike<number>>, digits = 4, options: FormatOptions = {}): string {
  if (rows === null || typeof rows !== 'object' || typeof rows.length !== 'number') failType('formatMatrix', 'rows', 'an array of rows', describe(rows));
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) parts.push(formatVector(rows[i], digits, options));
  return `[${parts.join(', ')}]`;
}
