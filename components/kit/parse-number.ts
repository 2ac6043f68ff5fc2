/**
 * Reads a number a reader typed into a widget or exercise field. Accepts what readers type for a
 * number: ordinary decimals and exponents, a leading sign ('+', '-', the Unicode minus '−'),
 * full-width digits and signs from a Chinese input method ('０.４', '－1'), a comma as the decimal mark
 * where that is unambiguous ('0,5'), a fraction of two such numbers ('1/3', '-2/3'), a power of ten
 * written out ('5.8×10^-5', '5.8×10⁻⁵', '5.8*10^-5', read as 5.8e-5) and a percentage ('84.4%', read as
 * 0.844). Rejects empty
 * text, words, NaN, ±Infinity, a zero denominator, an ambiguous comma ('1,000') and anything outside
 * [min, max] with a message in the reader's language, so a widget never computes with junk.
 *
 * parseNumberInput('0.5', { min: -10, max: 10 }, ui('en')) → { ok: true, value: 0.5 }
 * parseNumberInput('１/４', { min: -10, max: 10 }, ui('en')) → { ok: true, value: 0.25 }
 * parseNumberInput('5.8×10^-5', { min: -10, max: 10 }, ui('en')) → { ok: true, value: 0.000058 }
 * parseNumberInput('84.4%', { min: -10, max: 10 }, ui('en')) → { ok: true, value: 0.844 }
 * parseNumberInput('1e308', { min: -10, max: 10 }, ui('en')) → { ok: false, message: 'Enter a number between -10 and 10.' }
 */
import type { Messages } from './messages.ts';

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export interface Range {
  min: number;
  max: number;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
// A group never starts with 0, so '0,632' is a decimal comma, not a thousands separator.
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(,\d{3})+$/;

/**
 * The text in plain ASCII: full-width forms folded (NFKC), Unicode minus and dashes as '-', the
 * ideographic comma and full stop as ',' and '.', spaces removed,
 * e.g. `normaliseNumberText(' －０．４ ')` → '-0.4'.
 */
export function normaliseNumberText(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-').replace(/[、，]/g, ',').replace(/。/g, '.').replace(/\s+/g, '');
}

/**
 * Whether the text is the beginning of a number a reader is still typing (a sign, a point, an
 * exponent or a fraction bar with nothing after it), e.g. `isUnfinishedNumber('-')` → true,
 * `isUnfinishedNumber('abc')` → false, `isUnfinishedNumber('')` → false (an empty field is judged on a pause).
 */
export function isUnfinishedNumber(text: string): boolean {
  const t = normaliseNumberText(text);
  return /^([+-]\.?|\.)$/.test(t) || /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?|[,/][+-]?)$/i.test(t);
}

// '5.8×10^-5' and its spellings; NFKC has already turned '10⁻⁵' into '10−5' and then '10-5'.
const TIMES_TEN = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[x×*·]|\\times)10\^?([+-]?\d+)$/i;

function decimal(t: string): number | null {
  const power = TIMES_TEN.exec(t);
  if (power) return Number(`${power[1]}e${power[2]}`);
  if (t.endsWith('%')) {
    const whole = t.slice(0, -1);
    // '84.4e-2' is read exactly as 0.844, where 84.4 / 100 gives 0.8440000000000001.
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(whole)) return Number(`${whole}e-2`);
    const value = whole.includes('%') ? null : decimal(whole);
    return value === null ? null : value / 100;
  }
  if (DECIMAL.test(t)) return Number(t);
  if (COMMA_DECIMAL.test(t) && !THOUSANDS.test(t)) return Number(t.replace(',', '.'));
  return null;
}

export function parseNumberInput(text: string, range: Range, messages: Messages): Parsed {
  const t = normaliseNumberText(text);
  if (t === '') return { ok: false, message: messages.empty };
  if (/^[+-]?(infinity|∞)$/i.test(t) || /^nan$/i.test(t)) return { ok: false, message: messages.notFinite };
  if (THOUSANDS.test(t)) return { ok: false, message: messages.ambiguousComma(text.trim()) };
  let value: number | null;
  const bar = t.indexOf('/');
  if (bar > 0) {
    const top = decimal(t.slice(0, bar));
    const bottom = decimal(t.slice(bar + 1));
    if (top === null || bottom === null) return { ok: false, message: messages.notNumber(text.trim()) };
    if (bottom === 0) return { ok: false, message: messages.zeroDenominator };
    value = top / bottom;
  } else {
    value = decimal(t);
  }
  if (value === null) return { ok: false, message: messages.notNumber(text.trim()) };
  if (!Number.isFinite(value)) return { ok: false, message: messages.notFinite };
  if (value < range.min || value > range.max) {
    return { ok: false, message: messages.outOfRange(String(range.min), String(range.max)) };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
