// The worker that runs cells in the browser. The page fetches this bundle as text and the sandboxed
// iframe starts it from a Blob URL, so it runs with an opaque origin: no DOM, no storage of the site.
import * as forward from '../forward/index.ts';
// The tutorial's worked examples (the article's data) are in scope beside the library.
import * as examples from '../chapters/examples.ts';
// The digits chapter's shipped network and test digits (cells cannot fetch), decoded on first use.
import { digitCellScope } from '../chapters/digits.ts';
import { isRequest, type Reply } from './protocol.ts';
import { Notebook } from './runtime.ts';

const indirectEval = eval;
const notebook = new Notebook({
  forward: { ...forward, ...examples, ...digitCellScope } as unknown as Record<string, unknown>,
  evaluate: (source) => indirectEval(source) as (...args: unknown[]) => unknown,
});

const post = (reply: Reply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent) => {
  const m: unknown = event.data;
  if (!isRequest(m)) return;
  if (m.type === 'run') post({ type: 'result', id: m.id, cell: m.cell, result: notebook.run(m.cell, m.compiled, m.timeout) });
  else if (m.type === 'reset') {
    notebook.reset();
    post({ type: 'reset-done', id: m.id });
  }
});
