// The depth lab's experiment off the page's main thread: for an initialiser and an activation, each
// layer's spread of activations over ten layers (the library's forward pass on 128 inputs, 64 units
// wide). The page draws what comes back, so choosing a pair costs the page a redraw, not the arithmetic.
// Requests queue; one marked `now` (the reader's choice) goes ahead of the rest (the page asks for every
// pair in the background), and each pair is answered between messages, so a choice never waits long.
import { depthSpreads } from './model.ts';
import type { DepthActivation, DepthInit, LayerSpread } from './model.ts';

export interface SpreadsRequest { init: DepthInit; act: DepthActivation; now?: boolean }
export interface SpreadsReply { init: DepthInit; act: DepthActivation; spreads: LayerSpread[] }

const queue: SpreadsRequest[] = [];
const done = new Set<string>();
let scheduled = false;

const next = () => {
  scheduled = false;
  const request = queue.shift();
  if (!request) return;
  const key = `${request.init}/${request.act}`;
  if (!done.has(key) || request.now) {
    done.add(key);
    self.postMessage({ init: request.init, act: request.act, spreads: depthSpreads(request.init, request.act) } satisfies SpreadsReply);
  }
  schedule();
};
const schedule = () => {
  if (scheduled || !queue.length) return;
  scheduled = true;
  setTimeout(next, 0);
};

self.onmessage = (event: MessageEvent<SpreadsRequest>) => {
  if (event.data.now) queue.unshift(event.data);
  else queue.push(event.data);
  schedule();
};
