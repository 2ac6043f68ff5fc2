// Helpers for the code-cell suites (notebook.test.ts, cells-attack.test.ts): find a cell and its output,
// put code in its editor, run it, and collect the page's scripts and errors.
import { expect, type Locator, type Page } from '@playwright/test';


export function cell(page: Page, i: number): Locator {
  return page.locator('nb-cell').nth(i);
}

export function output(c: Locator): Locator {
  return c.locator('[data-output]');
}

export async function outputText(c: Locator): Promise<string> {
  return (await output(c).innerText()).trim();
}

export async function run(c: Locator) {
  await c.locator('[data-act="run"]').click();
  await expect(c).not.toHaveAttribute('data-state', 'running', { timeout: 15_000 });
}

/** How long the editor may take to appear on a cell's first edit: its chunk loads then, slow on a busy machine (ms). */
export const EDITOR_LOAD = 15_000;

export async function editCell(page: Page, i: number, code: string) {
  const c = cell(page, i);
  const editor = c.locator('.cm-content');
  if (!(await editor.count())) await c.locator('[data-act="edit"]').click();
  await expect(editor).toBeVisible({ timeout: EDITOR_LOAD });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.evaluate((node, text) => {
    // Insert as one paste-like input so CodeMirror does not auto-indent or close brackets.
    const view = (node as HTMLElement & { cmView?: { view: { dispatch: (t: unknown) => void; state: { doc: { length: number } } } } }).cmView?.view;
    if (view) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    else document.execCommand('insertText', false, text);
  }, code);
  await expect(editor).toHaveText(code.split('\n').join(''), { useInnerText: false });
}

export function collectScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => { if (['script', 'fetch', 'xhr'].includes(r.resourceType())) scripts.push(r.url()); });
  return scripts;
}

// Page errors, console errors and failed requests of the notebook's own files (other files' loading
// is the crawl test's business).
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && /NotebookCell|controller|worker|editor|compile/.test(r.url())) errors.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
