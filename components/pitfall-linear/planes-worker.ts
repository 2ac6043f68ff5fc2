// Pitfall 1's arithmetic off the page's main thread: for a seed, the three pictures' values (the linear
// stack, its collapsed layer, the ReLU stack: 10,000 points each, by the library's forwardBatch). The
// page paints them, so a press of "New random weights" costs the page a paint, not the arithmetic.
import { planesOf } from './model.ts';

self.onmessage = (event: MessageEvent<number>) => {
  self.postMessage(planesOf(event.data));
};
