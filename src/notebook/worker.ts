// The cells' worker bundle of every page: "forward" is the library and the worked examples.
import { baseScope } from './scope-base.ts';
import { startWorker } from './worker-core.ts';

startWorker(baseScope);
