/**
 * Starts a widget's behaviour on the reader's first interaction with it (focus, pointer or key
 * press inside it). The first paint is complete without script, so nothing is loaded before that:
 * the widget's code and the library arrive with a dynamic import. Input, change and click events that
 * happen while the code is loading are replayed afterwards, so the first keystroke or click is kept.
 */
export interface WidgetModule {
  bind(root: HTMLElement): void;
}

export function startOnInteraction(root: HTMLElement, load: () => Promise<WidgetModule>): void {
  let state: 'idle' | 'loading' | 'ready' = 'idle';
  const queue: Event[] = [];
  const record = (event: Event) => {
    if (state !== 'ready' && event.isTrusted) queue.push(event);
  };
  const begin = () => {
    if (state !== 'idle') return;
    state = 'loading';
    load().then((module) => {
      module.bind(root);
      state = 'ready';
      root.dataset.ready = 'true';
      for (const event of queue.splice(0)) replay(event);
    });
  };
  for (const type of ['input', 'change', 'click']) root.addEventListener(type, record, true);
  for (const type of ['focusin', 'pointerdown', 'keydown']) root.addEventListener(type, begin, { capture: true, once: true });
}

function replay(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  if (event instanceof MouseEvent) {
    target.dispatchEvent(new MouseEvent(event.type, { bubbles: true, cancelable: true, clientX: event.clientX, clientY: event.clientY }));
  } else {
    target.dispatchEvent(new Event(event.type, { bubbles: true }));
  }
}
