import { describe, fail } from './check.ts';

/** Options of formatNumber: `trim: false` keeps trailing zeros ("0.4000"); the default trims them ("0.4"). */
export interface FormatOptions {
  trim?: boolean;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * The one way the site shows a number: `digits` significant digits, fixed notation for 0.001 ≤ |x| < 1e6,
 * exponent form otherwise, ASCII '-', "0" for −0, and 'NaN', '∞', '−∞' for non-finite values,
 * e.g. `formatNumber(0.598687660112452)` → "0.5987", `formatNumber(1.234e-7, 3)` → "1.23e-7".
 */
export function formatNumber(x: number, digits = 4, options: FormatOptions = {}): string {
  if (typeof x !== 'number') fail('formatNumber', 'x', 'a number', describe(x));
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) fail('formatNumber', 'digits', 'an integer in [1, 17]', describe(digits));
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  const trim = options.trim ?? true;
  const r = Number(x.toPrecision(digits)); // rounded to `digits` significant digits
  if (r === 0) return '0'; // also −0
  const abs = Math.abs(r);
  if (abs >= 1e-3 && abs < 1e6) {
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
    const s = r.toFixed(Math.min(decimals, 100));
    return trim ? trimZeros(s) : s;
  }
  // From x, not r: rounding the largest doubles up to `digits` digits would overflow r to Infinity.
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  return `${trim ? trimZeros(mantissa) : mantissa}e${exponent.replace('+', '')}`;
}

/** A vector as "[a, b, …]" with formatNumber on each entry, e.g. `formatVector([0.5, -0.15])` → "[0.5, -0.15]". */
export function formatVector(v: ArrayLike<number>, digits = 4, options: FormatOptions = {}): string {
  if (v === null || typeof v !== 'object' || typeof v.length !== 'number') fail('formatVector', 'v', 'an array of numbers', describe(v));
  const parts: string[] = [];
  for (let i = 0; i < v.length; i++) parts.push(formatNumber(v[i], digits, options));
  return `[${parts.join(', ')}]`;
}

/** A matrix (nested rows) as "[[a, b], [c, d]]", e.g. `formatMatrix([[0.2, 0.4], [0.3, -0.5]])` → "[[0.2, 0.4], [0.3, -0.5]]". */
export function formatMatrix(rows: ArrayLike<ArrayLike<number>>, digits = 4, options: FormatOptions = {}): string {
  if (rows === null || typeof rows !== 'object' || typeof rows.length !== 'number') fail('formatMatrix', 'rows', 'an array of rows', describe(rows));
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) parts.push(formatVector(rows[i], digits, options));
  return `[${parts.join(', ')}]`;
}
