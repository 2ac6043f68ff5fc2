/**
 * Reads a number a reader typed into a widget field. Accepts ordinary decimal notation (and a
 * leading '+', '−' or full-width minus); rejects empty text, words, NaN, ±Infinity and anything
 * outside [min, max] with a message in the reader's language, so a widget never computes with junk.
 *
 * parseNumberInput('0.5', { min: -10, max: 10 }, ui('en')) → { ok: true, value: 0.5 }
 * parseNumberInput('1e308', { min: -10, max: 10 }, ui('en')) → { ok: false, message: 'Enter a number between -10 and 10.' }
 */
import type { Messages } from './messages.ts';

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export interface Range {
  min: number;
  max: number;
}

export function parseNumberInput(text: string, range: Range, messages: Messages): Parsed {
  const trimmed = text.trim().replace(/^[−－]/, '-').replace(/^＋/, '+');
  if (trimmed === '') return { ok: false, message: messages.empty };
  if (/^[+-]?(infinity|∞)$/i.test(trimmed) || /^nan$/i.test(trimmed)) return { ok: false, message: messages.notFinite };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { ok: false, message: messages.notNumber(text.trim()) };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: messages.notFinite };
  if (value < range.min || value > range.max) {
    return { ok: false, message: messages.outOfRange(String(range.min), String(range.max)) };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
