/**
 * Behaviour for NumberField.astro: keeps the slider and the text field in step, validates what the
 * reader types (parse-number.ts), shows the message under the field, keeps the last good value,
 * and calls `onChange` only with valid numbers: at once for typed values, at most once per animation
 * frame while a slider is dragged.
 *
 * A valid number is taken as soon as it is typed. Text that is not (yet) a number is judged when the
 * reader pauses (JUDGE_AFTER_MS) or leaves the field, never mid-number; the start of a number
 * ("-", "0.", "1e", "1/") is judged only when the reader leaves the field. Text that arrives whole
 * (pasted, dropped, filled in) rather than one key at a time is judged at once. A value typed before the
 * widget's script ran is judged the same way when the field is bound.
 */
import { ui } from './messages.ts';
import { isUnfinishedNumber, parseNumberInput } from './parse-number.ts';

/** How long the reader must pause before text that is not a number is flagged. */
export const JUDGE_AFTER_MS = 600;

export interface NumberFieldHandle {
  readonly name: string;
  value(): number;
  /** Sets the value from code (no onChange call), clearing any message. */
  set(value: number): void;
  reset(): void;
  readonly input: HTMLInputElement;
}

/** Where a value came from: typed (or stepped with the arrow keys) in the text field, or the slider. */
export type ValueSource = 'text' | 'slider';

export function bindNumberField(root: HTMLElement, onChange: (value: number, name: string, from: ValueSource) => void): NumberFieldHandle {
  const text = root.querySelector<HTMLInputElement>('[data-text]')!;
  const slider = root.querySelector<HTMLInputElement>('[data-slider]');
  const message = root.querySelector<HTMLElement>('[data-message]')!;
  const name = root.dataset.name ?? text.id;
  const range = { min: Number(root.dataset.limitMin), max: Number(root.dataset.limitMax) };
  const initial = Number(root.dataset.default);
  const messages = ui(document.documentElement.lang);
  let current = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;

  const show = (error: string) => {
    const shown = error ? messages.sentences(error, messages.keptLast) : '';
    if (message.textContent !== shown) message.textContent = shown;
    text.setAttribute('aria-invalid', error ? 'true' : 'false');
  };
  // Many slider events can arrive in one frame: the widget redraws once, with the last value.
  const notify = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange(current, name, 'slider');
    });
  };
  const accept = (value: number, from: 'text' | 'slider') => {
    current = value;
    show('');
    if (from === 'slider') text.value = String(value);
    if (slider && from === 'text') slider.value = String(value);
    if (from === 'slider') {
      notify();
      return;
    }
    // Typed values are few: the widget follows at once.
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    onChange(current, name, 'text');
  };
  /** Reads the text; `final` when the reader has left the field or paused. */
  const judge = (final: boolean) => {
    clearTimeout(timer);
    const parsed = parseNumberInput(text.value, range, messages);
    if (parsed.ok) {
      accept(parsed.value, 'text');
      return;
    }
    if (final) show(parsed.message);
    else if (!isUnfinishedNumber(text.value)) timer = setTimeout(() => judge(true), JUDGE_AFTER_MS);
    else show('');
  };

  let lastText = text.value;
  text.addEventListener('input', () => {
    const typing = oneKeyApart(lastText, text.value);
    lastText = text.value;
    judge(!typing);
  });
  text.addEventListener('change', () => judge(true));
  text.addEventListener('blur', () => judge(true));
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      judge(true);
      return;
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const step = Number(slider?.step || 0.1) * (event.shiftKey ? 10 : 1);
    const next = Math.round((current + (event.key === 'ArrowUp' ? step : -step)) / step) * step;
    if (next < range.min || next > range.max) return;
    event.preventDefault();
    const rounded = Number(next.toPrecision(12));
    text.value = String(rounded);
    accept(rounded, 'text');
  });
  slider?.addEventListener('input', () => accept(Number(slider.value), 'slider'));

  // What the reader may have typed before the script arrived is judged like any other input.
  const typed = parseNumberInput(text.value, range, messages);
  if (typed.ok) current = typed.value;
  else show(typed.message);

  return {
    name,
    input: text,
    value: () => current,
    set(value: number) {
      current = value;
      text.value = String(value);
      if (slider) slider.value = String(value);
      show('');
    },
    reset() {
      this.set(initial);
    },
  };
}

/**
 * Whether `b` is `a` with one character typed or deleted (a key press), not text that arrived
 * whole, e.g. `oneKeyApart('0.', '0.5')` → true, `oneKeyApart('0.5', 'abc')` → false.
 */
export function oneKeyApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** Binds every NumberField inside `container`, keyed by its data-name. */
export function bindNumberFields(container: HTMLElement, onChange: (value: number, name: string, from: ValueSource) => void): Map<string, NumberFieldHandle> {
  const handles = new Map<string, NumberFieldHandle>();
  for (const el of container.querySelectorAll<HTMLElement>('[data-number-field]')) {
    const handle = bindNumberField(el, onChange);
    handles.set(handle.name, handle);
  }
  return handles;
}
