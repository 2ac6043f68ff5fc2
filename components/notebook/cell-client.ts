// The only notebook script a page loads before interaction: it wakes the cells' buttons and keys
// and loads the controller (sandbox, runs, storage, links) on first use, the editor on first edit.
type Controller = typeof import('./controller.ts');
let controller: Promise<Controller> | null = null;
const load = () => (controller ??= import('./controller.ts'));

class NotebookCellElement extends HTMLElement {}
if (!customElements.get('nb-cell')) customElements.define('nb-cell', NotebookCellElement);
document.documentElement.classList.add('nb-ready');

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-act]');
  if (!button) return;
  const cell = button.closest('nb-cell') as HTMLElement | null;
  const act = button.getAttribute('data-act')!;
  if (act === 'run' || act === 'run-all') performance.mark('nb-run-click');
  load().then((c) => c.act(act, cell));
});

document.addEventListener('keydown', (event) => {
  const target = event.target as Element | null;
  const code = target?.closest?.('[data-nb-code]');
  if (!code || target!.closest('.cm-editor')) return; // the editor has its own keys
  const cell = code.closest('nb-cell') as HTMLElement;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || event.shiftKey)) {
    event.preventDefault();
    performance.mark('nb-run-click');
    load().then((c) => c.act('run', cell));
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    load().then((c) => c.act('edit', cell, event.key));
  }
});

// Warm the sandbox when a reader reaches for a cell.
const warm = (event: Event) => {
  if ((event.target as Element | null)?.closest?.('nb-cell, [data-nb-bar]')) load().then((c) => c.warm());
};
document.addEventListener('pointerover', warm, { passive: true });
document.addEventListener('focusin', warm);

// A shared link or an edit kept from an earlier visit shows its code now (nothing runs).
let kept = /^#cell-\d+=/.test(location.hash);
try {
  for (let i = 0; i < localStorage.length && !kept; i++) kept = localStorage.key(i)!.startsWith(`nb:${location.pathname}:`);
} catch { /* storage blocked: nothing kept */ }
if (kept) load().then((c) => c.restore());
