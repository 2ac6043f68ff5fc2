// The page side of the notebook, loaded on first use: the run queue with the shared-scope
// rules, kept edits and shared links (rules in src/notebook/keep.ts) and the lazy editor. A cell's view is
// cell-view.ts; the sandbox, src/notebook/client.ts; compiling, src/notebook/compile.ts.
import workerUrl from '../../src/notebook/worker.ts?worker&url';
import digitsWorkerUrl from '../../src/notebook/worker-digits.ts?worker&url';
import { Sandbox } from '../../src/notebook/client.ts';
import { renderDom } from '../../src/notebook/dom.ts';
import { linkHash, MAX_KEPT, readLink, tooBig } from '../../src/notebook/keep.ts';
import type { StopReason } from '../../src/notebook/protocol.ts';
import { pageScope } from '../../src/notebook/scopes.ts';
import { el } from '../../src/notebook/view.ts';
import { Cell } from './cell-view.ts';

const cells: Cell[] = [...document.querySelectorAll<HTMLElement>('nb-cell')]
  .map((n) => new Cell(n))
  .sort((a, b) => a.index - b.index);
const cellOf = (node: HTMLElement | null) => cells.find((c) => c.el === node) ?? null;

/** True when another site shows this page in a frame: the notebook then does not start. */
const framed = (() => {
  try { return window.self !== window.top; } catch { return true; }
})();

function sayFramed(): void {
  for (const c of cells) {
    const note = renderDom(el('div', 'nb-error nb-sys', [c.s.framed, ' ']));
    const a = document.createElement('a');
    a.href = location.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = c.s.openPage;
    note.appendChild(a);
    c.show([note]);
  }
}

// After a worker is stopped its scope is gone: the cells that had run run again, in order, before the
// next cell; `culprit` is not run again by others (its own Run does that).
function scopeLost(culprit: Cell): void {
  for (const c of cells) c.ran = c === culprit;
}

let restarts = 0; // workers stopped after their runs, so far

function stoppedAfterRun(index: number, reason: StopReason): void {
  restarts++;
  const cell = cells.find((c) => c.index === index);
  if (!cell) return;
  cell.note(cell.s.stopped(reason, cell.timeout), 'nb-error');
  cell.el.dataset.state = 'stopped';
  cell.status('');
  scopeLost(cell);
}

let sandbox: Sandbox | null = null;
function getSandbox(): Sandbox {
  // The worker bundle made for this page's scope (scopes.ts): only the digits chapter loads its data.
  const url = pageScope(cells[0]?.el.dataset.scope) === 'digits' ? digitsWorkerUrl : workerUrl;
  // Fetched once: a sandbox replaced after a stop starts from the same text (a failed fetch is tried again).
  let source: Promise<string> | null = null;
  const workerSource = () => (source ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`worker ${url}: HTTP ${r.status}`);
    return r.text();
  }).catch((error) => {
    source = null;
    throw error;
  }));
  sandbox ??= new Sandbox(workerSource, cells[0]?.locale ?? 'en', {
    stopped: stoppedAfterRun,
    asyncError: (index, error) => cells.find((c) => c.index === index)?.addAsyncError(error),
  });
  return sandbox;
}

/** Starts the sandbox ahead of the first Run. */
export function warm(): void {
  if (!framed) void getSandbox().ready();
}

let queue: Promise<unknown> = Promise.resolve();
function enqueue(task: () => Promise<void>): Promise<void> {
  const next = queue.then(task, task);
  queue = next.catch(() => {});
  return next;
}

async function exec(sb: Sandbox, cell: Cell): Promise<void> {
  cell.status(cell.s.running);
  cell.el.dataset.state = 'running';
  try {
    await execute(sb, cell);
  } finally {
    if (cell.el.dataset.state === 'running') cell.el.dataset.state = 'done';
  }
}

async function execute(sb: Sandbox, cell: Cell): Promise<void> {
  let compiled = cell.edited ? null : cell.compiled;
  if (!compiled) {
    if (!cell.edited) { // an expect-error cell that does not compile: its build output is the answer
      cell.show(cell.buildOutput.map((n) => n.cloneNode(true)));
      cell.ran = true;
      cell.status('');
      return;
    }
    const { compileOrError } = await import('../../src/notebook/compile.ts');
    const compiledOrError = compileOrError(cell.code, cell.locale);
    if (!compiledOrError.compiled) {
      cell.showResult(compiledOrError.result);
      cell.ran = true;
      cell.status('');
      return;
    }
    compiled = compiledOrError.compiled;
  }
  const started = performance.now();
  const reply = await sb.request({ type: 'run', cell: cell.index, compiled, timeout: cell.timeout });
  if (reply.type === 'result') {
    cell.showResult(reply.result);
    cell.ran = true;
    cell.status(cell.s.done(Math.round(performance.now() - started)));
  } else if (reply.type === 'stopped') {
    cell.note(cell.s.stopped(reply.reason, reply.ms || cell.timeout), 'nb-error');
    cell.el.dataset.state = reply.reason === 'timeout' ? 'timeout' : 'stopped';
    // A fresh worker: the scope is rebuilt on the next run. The runaway cell counts as run (with its
    // error), so rebuilding the scope does not start it again; its own Run button does.
    scopeLost(cell);
    cell.status('');
  }
}

/** Runs the book's version of a cell that came from a link, leaving its code and note untouched. */
async function execBook(sb: Sandbox, linked: Cell): Promise<void> {
  linked.ran = true;
  if (linked.compiled) await sb.request({ type: 'run', cell: linked.index, compiled: linked.compiled, timeout: linked.timeout });
}

function run(cell: Cell): Promise<void> {
  return enqueue(async () => {
    if (framed) return sayFramed();
    // The reader's own Run of a linked cell: from now on it is the reader's edit (kept, and run by others).
    if (cell.fromLink) {
      cell.fromLink = false;
      cell.save();
      cell.badge();
    }
    const sb = getSandbox();
    // Earlier cells that have not run (again, after a worker was stopped) run first, in order; one
    // that came from a link runs only by its own Run, so the book's version of it runs instead.
    const book: Cell[] = [];
    // If an earlier cell's left-over work stops the worker meanwhile, the scope is rebuilt and this cell runs again.
    for (let attempt = 0; attempt < 2; attempt++) {
      const seen = restarts;
      for (let guard = 0; guard < 2 * cells.length; guard++) {
        const earlier = cells.find((c) => c.index < cell.index && !c.ran);
        if (!earlier) break;
        if (earlier.fromLink) {
          book.push(earlier);
          await execBook(sb, earlier);
        } else await exec(sb, earlier);
      }
      await exec(sb, cell);
      if (restarts === seen || cell.el.dataset.state !== 'done') break;
      cell.ran = false;
    }
    for (const b of new Set(book)) cell.status(`${cell.statusText()} ${cell.s.bookVersion(b.index + 1)}`);
  });
}

function runAll(): Promise<void> {
  return enqueue(async () => {
    if (framed) return sayFramed();
    const sb = getSandbox();
    for (const c of cells) {
      if (c.fromLink) await execBook(sb, c);
      else await exec(sb, c);
    }
  });
}
function reset(cell: Cell): void {
  cell.code = cell.original;
  cell.fromLink = false;
  cell.ran = false;
  cell.save();
  cell.showCode();
  cell.markLine(0);
  cell.badge();
  cell.status('');
  cell.output.replaceChildren(...cell.buildOutput.map((n) => n.cloneNode(true)));
  if (/^#cell-\d+=/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
}

function resetAll(): Promise<void> {
  return enqueue(async () => {
    for (const c of cells) reset(c);
    if (sandbox) await sandbox.request({ type: 'reset' });
  });
}

async function edit(cell: Cell, key?: string): Promise<void> {
  if (!cell.editor) {
    cell.status(cell.s.loadingEditor);
    const { createEditor } = await import('./editor.ts');
    if (!cell.editor) {
      (cell.view as HTMLElement).hidden = true;
      cell.plain?.remove();
      cell.plain = null;
      cell.editor = createEditor({
        parent: cell.codeBox,
        code: cell.code,
        label: cell.s.editorLabel(cell.index + 1),
        onChange: (code) => {
          // Code from a link stays linked through edits: it runs only by its own Run, and is kept only then.
          cell.code = code;
          cell.save();
          cell.badge();
        },
        onRun: () => {
          performance.mark('nb-run-click');
          void run(cell);
        },
      });
    }
    cell.status('');
  }
  cell.editor.focus(key);
}

async function copyLink(cell: Cell): Promise<void> {
  if (tooBig(cell.code)) {
    cell.status(cell.s.tooBigEdit(MAX_KEPT / 1024));
    return;
  }
  const url = `${location.origin}${location.pathname}${location.search}${linkHash(cell.index, cell.code)}`;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    cell.status(cell.s.linkCopied);
  } catch {
    cell.status(cell.s.linkInUrl);
  }
}

/** Shows code from a shared link or kept edits (each at most MAX_KEPT characters); runs nothing. */
export function restore(): void {
  const started = performance.now();
  const link = readLink(location.hash);
  for (const cell of cells) {
    let code: string | null = null;
    let refused = '';
    if (link?.index === cell.index) {
      if ('code' in link) {
        code = link.code;
        cell.fromLink = true;
      } else refused = link.refused === 'too-big' ? cell.s.tooBigLink(MAX_KEPT / 1024) : cell.s.damagedLink;
    }
    if (code === null) {
      try {
        code = localStorage.getItem(cell.key);
        if (code !== null && tooBig(code)) {
          localStorage.removeItem(cell.key);
          code = null;
          refused = cell.s.tooBigKept(MAX_KEPT / 1024);
        }
      } catch { code = null; }
    }
    if (refused) cell.note(refused, 'nb-error');
    if (code === null || (code === cell.original && !cell.fromLink)) continue;
    cell.code = code;
    cell.showCode();
    cell.badge();
    cell.note(cell.fromLink ? cell.s.fromLinkNote : cell.s.stale);
    if (cell.fromLink) cell.el.scrollIntoView({ block: 'start' });
  }
  performance.measure('nb-restore', { start: started, end: performance.now() });
}

/** Handles a button or key: run, run-all, edit, reset, reset-all, link. */
export function act(action: string, node: HTMLElement | null, key?: string): void {
  const cell = cellOf(node);
  if (framed && action !== 'edit' && action !== 'reset') sayFramed();
  else if (action === 'run-all') void runAll();
  else if (action === 'reset-all') void resetAll();
  else if (!cell) return;
  else if (action === 'run') void run(cell);
  else if (action === 'edit') void edit(cell, key);
  else if (action === 'reset') reset(cell);
  else if (action === 'link') void copyLink(cell);
}
