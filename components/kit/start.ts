/**
 * The one start-up path of every widget. A widget's first paint is complete without script (the
 * build renders its default state), so its behaviour — its `client.ts` and the parts of the library
 * it uses — is loaded with a dynamic import when the widget comes within 300 px of the viewport or
 * when the reader first focuses, presses or types inside it, whichever is first (heavy widgets pass
 * `{ near: false }` and start on the first touch only). Input, change, click and key events, and
 * strokes (a pointer's press, moves and release), that happen before the client has started are kept
 * and replayed once it has, so the first touch is never lost: not even a digit drawn on a pad whose
 * code is still arriving.
 *
 * <script>
 *   import { startWidgets } from '../kit/start.ts';
 *   startWidgets('[data-neuron-explorer]', () => import('./client.ts'));
 * </script>
 */

import { fitHeight } from './lifecycle.ts';

/** What every widget's `client.ts` exports. */
export interface WidgetClient {
  start(root: HTMLElement): void;
}

const STROKE = ['pointermove', 'pointerup', 'pointercancel'] as const;
const RECORDED = ['input', 'change', 'click', 'keydown', 'pointerdown', ...STROKE] as const;
const TRIGGERS = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/** When a widget starts: `near: true` (the default) also when it comes within 300 px of the viewport. */
export interface StartOptions {
  /**
   * false: start only on the reader's first focus, press or key inside the widget (for widgets whose
   * code is heavy, so the page's script before interaction stays within its budget).
   */
  near?: boolean;
}

/** Starts every element matching `selector` through `startWidget`. */
export function startWidgets(selector: string, load: () => Promise<WidgetClient>, options: StartOptions = {}): void {
  for (const root of document.querySelectorAll<HTMLElement>(selector)) startWidget(root, load, options);
}

/**
 * Loads and starts one widget (near the viewport or on first interaction, whichever is first),
 * marks it `data-ready="true"`, then replays the events recorded while it was loading. A widget's
 * card (`fw-widget`) is then laid out on its own (`fitHeight`).
 */
export function startWidget(root: HTMLElement, load: () => Promise<WidgetClient>, options: StartOptions = {}): void {
  let state: 'idle' | 'loading' | 'ready' = 'idle';
  const queue: Array<{ event: Event; target: EventTarget | null }> = [];
  // Pointers pressed inside the widget and not yet released, with what each was pressed on: their moves
  // and release are a stroke, kept wherever the pointer goes (a stroke may leave the widget and end
  // outside it) and replayed on what was pressed, as a captured pointer's events are. A pointer merely
  // passing over the widget is not kept.
  const pressed = new Map<number, EventTarget | null>();
  const record = (event: Event) => {
    if (state === 'ready' || !event.isTrusted) return;
    let target = event.target;
    // (A click is a PointerEvent too in Chromium: only the pointer* events make a stroke.)
    if (event instanceof PointerEvent && event.type.startsWith('pointer')) {
      if (event.type === 'pointerdown') {
        pressed.set(event.pointerId, target);
            }
      else if (!pressed.has(event.pointerId)) return;
      else {
        target = pressed.get(event.pointerId) ?? null;
        if (event.type !== 'pointermove') pressed.delete(event.pointerId);
      }
    }
    queue.push({ event, target });
  };
  // The part of a stroke outside the widget (inside it, `record` on the root has it already).
  const recordOutside = (event: Event) => {
    if (!(event.target instanceof Node && root.contains(event.target))) record(event);
  };
  let observer: IntersectionObserver | undefined;
  const begin = () => {
    if (state !== 'idle') return;
    state = 'loading';
    observer?.disconnect();
    for (const type of TRIGGERS) root.removeEventListener(type, begin, true);
    load().then((client) => {
      client.start(root);
      if (root.classList.contains('fw-widget')) fitHeight(root);
      state = 'ready';
      root.dataset.ready = 'true';
      for (const type of RECORDED) root.removeEventListener(type, record, true);
      for (const type of STROKE) window.removeEventListener(type, recordOutside, true);
      for (const { event, target } of queue.splice(0)) replay(event, target);
    });
  };
  for (const type of RECORDED) root.addEventListener(type, record, true);
  for (const type of STROKE) window.addEventListener(type, recordOutside, true);
  for (const type of TRIGGERS) root.addEventListener(type, begin, true);
  if (options.near === false) return;
  if (!('IntersectionObserver' in window)) {
    begin();
    return;
  }
  observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) begin();
  }, { rootMargin: '300px 0px' });
  observer.observe(root);
}

/**
 * Dispatches a recorded event again. A click or press on a form control is not replayed (the browser
 * already changed the control; its input/change events carry the change); a key press is replayed only
 * where the browser did nothing with it by itself: a navigation key (e.g. ArrowUp) in a text field.
 * A replayed press keeps its pointer's id, so a listener that captures the pointer must allow for a
 * pointer that is already up (`setPointerCapture` throws for it).
 */
function replay(event: Event, target: EventTarget | null): void {
  if (!(target instanceof Element) || !target.isConnected) return;
  const formControl = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
  if (event instanceof PointerEvent && event.type.startsWith('pointer')) {
    if (formControl) return;
    const { clientX, clientY, pointerId, pointerType, isPrimary, button, buttons, pressure } = event;
    target.dispatchEvent(new PointerEvent(event.type, { bubbles: true, cancelable: true, clientX, clientY, pointerId, pointerType, isPrimary, button, buttons, pressure }));
  } else if (event instanceof MouseEvent) {
    if (formControl) return;
    target.dispatchEvent(new MouseEvent(event.type, { bubbles: true, cancelable: true, clientX: event.clientX, clientY: event.clientY }));
  } else if (event instanceof KeyboardEvent) {
    const textField = target instanceof HTMLInputElement && target.type === 'text';
    if (!textField || !/^Arrow(Up|Down)$/.test(event.key)) return;
    target.dispatchEvent(new KeyboardEvent(event.type, { bubbles: true, cancelable: true, key: event.key, code: event.code, shiftKey: event.shiftKey }));
  } else {
    target.dispatchEvent(new Event(event.type, { bubbles: true }));
  }
}
