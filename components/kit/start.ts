/**
 * The one start-up path of every widget. A widget's first paint is complete without script (the
 * build renders its default state), so its behaviour — its `client.ts` and the parts of the library
 * it uses — is loaded with a dynamic import when the widget comes within 300 px of the viewport or
 * when the reader first focuses, presses or types inside it, whichever is first (heavy widgets pass
 * `{ near: false }` and start on the first touch only). Input, change, click and key events, and
 * strokes (a pointer's press, moves and release), that happen before the client has started are kept
 * and replayed once it has, so the first touch is never lost: not even a digit drawn on a pad whose
 * code is still arriving. If the code does not arrive (offline, not cached), the next touch asks again.
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
  const queue: Recorded[] = [];
  // Pointers pressed inside the widget (primary button only) and not yet released, with what each was
  // pressed on: their moves and release are a stroke, kept wherever the pointer goes (a stroke may leave
  // the widget and end outside it) and replayed on what was pressed, as a captured pointer's events are.
  // A pointer merely passing over the widget is not kept.
  const pressed = new Map<number, Element>();
  const watchOutside = (on: boolean) => {
    for (const type of STROKE) {
      if (on) window.addEventListener(type, recordOutside, true);
      else window.removeEventListener(type, recordOutside, true);
    }
  };
  const record = (event: Event) => {
    if (state === 'ready' || !event.isTrusted) return;
    let target = event.target;
    let type = event.type;
    // (A click is a PointerEvent too in Chromium: only the pointer* events make a stroke.)
    if (event instanceof PointerEvent && type.startsWith('pointer')) {
      if (type === 'pointerdown') {
        // A right-click's release goes to its menu, not the page: only the primary button draws.
        if (event.button !== 0 || !(target instanceof Element)) return;
        if (!pressed.size) watchOutside(true);
        pressed.set(event.pointerId, target);
      } else {
        const at = pressed.get(event.pointerId);
        if (!at) return;
        target = at;
        // A move with no button down: the release went where it could not be seen, so the stroke ends here.
        if (type === 'pointermove' && event.buttons === 0) type = 'pointerup';
        if (type !== 'pointermove') {
          pressed.delete(event.pointerId);
          if (!pressed.size) watchOutside(false);
        }
      }
    }
    queue.push({ event, type, target, scrollX: window.scrollX, scrollY: window.scrollY, control: controlState(target, type) });
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
      // Recording stops first, so a client that fails to start does not leave it running.
      state = 'ready';
      for (const type of RECORDED) root.removeEventListener(type, record, true);
      watchOutside(false);
      client.start(root);
      if (root.classList.contains('fw-widget')) fitHeight(root);
      root.dataset.ready = 'true';
      for (const recorded of queue.splice(0)) replay(recorded);
      // A stroke still under way goes on to what was pressed, as if that had captured the pointer.
      for (const [pointerId, target] of pressed) {
        try {
          target.setPointerCapture(pointerId);
        } catch {
          // The pointer went up in the meantime, where no event of it reached the page: its stroke ends.
          target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, cancelable: true, pointerId }));
        }
      }
      pressed.clear();
    }, () => {
      // The code did not arrive (offline, nothing cached): the reader's next touch asks again. What the
      // reader changed in a control is kept for then; strokes, clicks and keys from back then are dropped.
      // (Chromium asks the network again; a browser that keeps a failed module's failure, as the HTML
      // standard long said, fails again until the page is reloaded.)
      state = 'idle';
      queue.splice(0, queue.length, ...queue.filter((recorded) => recorded.control));
      pressed.clear();
      watchOutside(false);
      for (const type of TRIGGERS) root.addEventListener(type, begin, true);
    });
  };
  for (const type of RECORDED) root.addEventListener(type, record, true);
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

/** An event kept while a widget's code was arriving, and what replaying it needs. */
interface Recorded {
  event: Event;
  /** The type to replay (a stroke's move with no button down is replayed as its release). */
  type: string;
  /** Where to replay it: a stroke's events go to what was pressed. */
  target: EventTarget | null;
  /** The page's scroll when it happened, so a stroke lands on the same spot if the page has scrolled since. */
  scrollX: number;
  scrollY: number;
  /**
   * For an input or change on a form control: what the control held just after it. A widget that sets
   * its controls from its own state when it starts would otherwise overwrite the reader's change before
   * the replayed event reads it.
   */
  control?: { value: string; checked: boolean };
}

function controlState(target: EventTarget | null, type: string): Recorded['control'] {
  if (type !== 'input' && type !== 'change') return undefined;
  if (target instanceof HTMLInputElement) return { value: target.value, checked: target.checked };
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return { value: target.value, checked: false };
  return undefined;
}

/**
 * Dispatches a recorded event again. A click or press on a form control is not replayed (the browser
 * already changed the control; its input/change events carry the change, and put back what the control
 * held just after each, in case the widget reset it when it started), nor a click on a label, a
 * link or a <summary> (the browser already did what a click there does: replaying it would undo or
 * repeat it); a key press is replayed only where the browser did nothing with it by itself: a
 * navigation key (e.g. ArrowUp) in a text field. A replayed press is not trusted and its pointer may be
 * up already: a listener captures the pointer only for a trusted press (setPointerCapture throws for a
 * pointer that is up; startWidget captures a pointer still down itself).
 */
function replay({ event, type, target, scrollX, scrollY, control }: Recorded): void {
  if (!(target instanceof Element) || !target.isConnected) return;
  const formControl = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
  if (event instanceof PointerEvent && type.startsWith('pointer')) {
    if (formControl) return;
    const { pointerId, pointerType, isPrimary, pressure } = event;
    const button = type === event.type ? event.button : 0;
    const clientX = event.clientX + scrollX - window.scrollX;
    const clientY = event.clientY + scrollY - window.scrollY;
    const buttons = type === 'pointerup' || type === 'pointercancel' ? 0 : event.buttons;
    target.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX, clientY, pointerId, pointerType, isPrimary, button, buttons, pressure }));
  } else if (event instanceof MouseEvent) {
    if (formControl || target.closest('label, a, summary')) return;
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: event.clientX, clientY: event.clientY }));
  } else if (event instanceof KeyboardEvent) {
    const textField = target instanceof HTMLInputElement && target.type === 'text';
    if (!textField || !/^Arrow(Up|Down)$/.test(event.key)) return;
    target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, key: event.key, code: event.code, shiftKey: event.shiftKey }));
  } else {
    if (control) {
      const toggles = target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
      if (toggles) target.checked = control.checked;
      else (target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value = control.value;
    }
    target.dispatchEvent(new Event(type, { bubbles: true }));
  }
}
