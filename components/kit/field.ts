/**
 * Behaviour for NumberField.astro: keeps the slider and the text field in step, validates what the
 * reader types (parse-number.ts), shows the message next to the field, keeps the last good value,
 * and calls `onChange` only with valid numbers.
 */
import { ui } from './messages.ts';
import { parseNumberInput } from './parse-number.ts';

export interface NumberFieldHandle {
  readonly name: string;
  value(): number;
  /** Sets the value from code (no onChange call), clearing any message. */
  set(value: number): void;
  reset(): void;
  readonly input: HTMLInputElement;
}

export function bindNumberField(root: HTMLElement, onChange: (value: number, name: string) => void): NumberFieldHandle {
  const text = root.querySelector<HTMLInputElement>('[data-text]')!;
  const slider = root.querySelector<HTMLInputElement>('[data-slider]');
  const message = root.querySelector<HTMLElement>('[data-message]')!;
  const name = root.dataset.name ?? text.id;
  const range = { min: Number(root.dataset.limitMin), max: Number(root.dataset.limitMax) };
  const initial = Number(root.dataset.default);
  const messages = ui(document.documentElement.lang);
  let current = Number(text.value);

  const show = (error: string) => {
    message.textContent = error ? `${error} ${messages.keptLast}` : '';
    text.setAttribute('aria-invalid', error ? 'true' : 'false');
  };
  const accept = (value: number, from: 'text' | 'slider') => {
    current = value;
    show('');
    if (from === 'slider') text.value = String(value);
    if (slider && from === 'text') slider.value = String(value);
    onChange(value, name);
  };

  text.addEventListener('input', () => {
    const parsed = parseNumberInput(text.value, range, messages);
    if (parsed.ok) accept(parsed.value, 'text');
    else show(parsed.message);
  });
  text.addEventListener('keydown', (event) => {
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

/** Binds every NumberField inside `container`, keyed by its data-name. */
export function bindNumberFields(container: HTMLElement, onChange: (value: number, name: string) => void): Map<string, NumberFieldHandle> {
  const handles = new Map<string, NumberFieldHandle>();
  for (const el of container.querySelectorAll<HTMLElement>('[data-number-field]')) {
    const handle = bindNumberField(el, onChange);
    handles.set(handle.name, handle);
  }
  return handles;
}

/**
 * The last step of a widget's start: a value typed before the script arrived is kept when valid
 * and put back to the default when not, the widget draws once, and it is marked ready.
 */
export function finishStart(root: HTMLElement, fields: Map<string, NumberFieldHandle>, draw: () => void): void {
  for (const field of fields.values()) if (!Number.isFinite(field.value())) field.reset();
  draw();
  root.dataset.ready = 'true';
}
